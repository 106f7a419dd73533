// A second demo school whose licence is paid (issue 23): the demo director 'szkola' orders it
// through the real order flow and accounting books the transfer, so the planner's printouts and
// exports can be tried without buying; XIV LO stays unpaid to show the restricted mode. Idempotent.
import { currentTime } from '@/lib/clock/clock';
import { db } from '@/lib/db/client';
import { bookTransfer } from '@/lib/billing/payments/transfers';
import { numberPendingInvoices } from '@/lib/invoices/issue';
import { warsawToday } from '@/lib/billing/rules/days';
import { orderLicence } from '@/lib/licence/order';
import { comingExamYear } from '@/lib/licence/rules/exam-years';
import { demoAgreementByPost } from './schools-school';

export const PAID_DEMO_SCHOOL = {
  schoolName: 'II Liceum Ogólnokształcące im. Króla Jana III Sobieskiego w Krakowie',
  okeCode: '126101-021AB',
  commission: 'krakow',
  nip: '6761013717',
  street: 'ul. Sobieskiego 9',
  postalCode: '31-136',
  city: 'Kraków',
  ecoInvoice: true,
} as const;

export async function seedPaidSchoolDemo(login = 'szkola', accountingLogin = 'ksiegowosc', now = currentTime()) {
  if (await db().school.findUnique({ where: { okeCode: PAID_DEMO_SCHOOL.okeCode }, select: { id: true } })) return;
  const [director, accountant, staff] = await Promise.all(
    [login, accountingLogin, 'zespol'].map((l) => db().user.findUnique({ where: { login: l }, select: { id: true } })),
  );
  if (!director || !accountant) return;
  const ordered = await orderLicence({ ...PAID_DEMO_SCHOOL, examYear: comingExamYear(now) }, director, now);
  if (ordered.fieldErrors) throw new Error(`paid demo school refused: ${JSON.stringify(ordered.fieldErrors)}`);
  const charge = await db().contractCharge.findUniqueOrThrow({
    where: { id: ordered.chargeId },
    select: { amount: true, discount: true },
  });
  await demoAgreementByPost(ordered.schoolId, director.id, now, staff?.id ?? null);
  await bookTransfer(
    {
      chargeId: ordered.chargeId,
      amount: charge.amount - charge.discount,
      title: ordered.proformaNumber,
      bookedOn: warsawToday(now),
      bookedById: accountant.id,
    },
    now,
  );
  // bookTransfer numbers the invoice after its commit without waiting; the seed waits, so the demo
  // never shows (and the KSeF demo test never reads) an unnumbered paid licence invoice.
  await numberPendingInvoices();
}
