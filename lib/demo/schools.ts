// Demo school for `npm start` (issue 23): the demo user 'szkola' (its licence contract PENDING,
// lib/demo/billing.ts) is the director of a Warsaw liceum holding the licence for the coming exam
// year — so /planer/szkola shows "licencja nieopłacona" with its pro-forma. Idempotent.
import { currentTime } from '@/lib/clock/clock';
import { db } from '@/lib/db/client';
import { comingExamYear } from '@/lib/licence/rules/exam-years';

export const DEMO_SCHOOL = {
  name: 'XIV Liceum Ogólnokształcące im. Mikołaja Kopernika w Warszawie',
  // TERYT 146501 (Warszawa), school 14 of the gmina, type 1 (liceum), two check characters.
  okeCode: '146501-141AK',
  commission: 'warszawa',
  nip: '5252100123',
  street: 'ul. Nowowiejska 37',
  postalCode: '02-010',
  city: 'Warszawa',
  ecoInvoice: false,
} as const;

export async function seedSchoolsDemo(login = 'szkola', now = currentTime()): Promise<void> {
  if (await db().school.findUnique({ where: { okeCode: DEMO_SCHOOL.okeCode }, select: { id: true } })) return;
  const user = await db().user.findUnique({ where: { login }, select: { id: true } });
  if (!user) return;
  const contract = await db().contract.findFirst({
    where: { payerId: user.id, planCode: 'licence-proforma' },
    orderBy: { signedAt: 'desc' },
    select: { id: true, signedAt: true },
  });
  if (!contract) return;
  await db().$transaction(async (tx) => {
    const school = await tx.school.create({ data: DEMO_SCHOOL, select: { id: true } });
    await tx.schoolStaff.create({
      data: {
        schoolId: school.id,
        userId: user.id,
        role: 'DIRECTOR',
        invitedAt: contract.signedAt,
        joinedAt: contract.signedAt,
      },
    });
    await tx.schoolLicence.create({
      data: {
        schoolId: school.id,
        examYear: comingExamYear(now),
        contractId: contract.id,
        createdAt: contract.signedAt,
      },
    });
  });
}
