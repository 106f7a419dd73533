// Builders for the group-purchase integration tests: a paid group, an accepted agreement,
// participant lists generated as real XLSX files.
import { storeFileNow } from '@/lib/storage';
import ExcelJS from 'exceljs';
import { db } from '@/lib/db/client';
import type { Viewer } from '@/lib/groups/group-access';

let seq = 0;
const next = () => `${process.pid}${++seq}${Math.floor(Math.random() * 1e6)}`;

export async function makeCourse() {
  const n = next();
  const category = await db().category.upsert({
    where: { slug: 'test' },
    create: { slug: 'test', name: 'Test' },
    update: {},
  });
  return db().course.create({
    data: {
      slug: `kurs-${n}`,
      title: `Kurs ${n}`,
      summary: 's',
      description: 'd',
      categoryId: category.id,
      priceGross: 100,
      accessMonths: 2,
      testQuestionCount: 1,
      passMarkPercent: 60,
      maxAttempts: 3,
      modules: {
        create: [{ position: 1, title: 'M', lessons: { create: [{ position: 1, title: 'L1', body: 'a' }] } }],
      },
      questions: {
        create: [
          {
            kind: 'SINGLE',
            text: 'P',
            position: 1,
            options: {
              create: [
                { text: 'dobra', correct: true },
                { text: 'zła', correct: false },
              ],
            },
          },
        ],
      },
    },
    select: { id: true, slug: true, title: true },
  });
}

/** A paid group of `seats` for a fresh company admin; returns the admin as a Viewer. */
export async function makeGroup(seats: number, opts: { agreement?: 'ACCEPTED' | 'SUBMITTED' | null } = {}) {
  const n = next();
  const course = await makeCourse();
  const owner = await db().user.create({
    data: {
      email: `admin${n}@firma.pl`,
      firstName: 'Anna',
      lastName: 'Firmowa',
      passwordHash: 'x',
      roles: ['LEARNER', 'COMPANY_ADMIN'],
    },
    select: { id: true, roles: true },
  });
  const order = await db().order.create({
    data: {
      number: `ZAM-T-${n}`,
      checkoutKey: `k${n}`,
      userId: owner.id,
      status: 'PAID',
      totalGross: 100,
      buyerType: 'COMPANY',
      buyerName: 'Firma',
      buyerEmail: `admin${n}@firma.pl`,
      companyName: 'Firma Sp. z o.o.',
      nip: '5260250274',
      termsVersion: 'v1',
      termsAcceptedAt: new Date(),
      paidAt: new Date(),
      items: { create: [{ courseId: course.id, name: 'Pakiet', seats, quantity: 1, unitGross: 100, totalGross: 100 }] },
    },
    select: { items: { select: { id: true } } },
  });
  const group = await db().group.create({
    data: {
      ownerId: owner.id,
      courseId: course.id,
      orderItemId: order.items[0].id,
      companyName: 'Firma Sp. z o.o.',
      seats,
    },
    select: { id: true },
  });
  const status = opts.agreement === undefined ? 'ACCEPTED' : opts.agreement;
  if (status) {
    await db().groupAgreement.create({
      data: {
        groupId: group.id,
        fileName: 'umowa.pdf',
        mimeType: 'application/pdf',
        size: 5,
        fileKey: await storeFileNow(db(), 'agreements', Buffer.from('%PDF-'), 'application/pdf'),
        status,
        uploadedById: owner.id,
      },
    });
  }
  const admin: Viewer = { id: owner.id, roles: owner.roles };
  return { groupId: group.id, course, admin };
}

export type ListRow = { firstName: string; lastName: string; email?: string; login?: string; password?: string };

/** A participant list as Excel writes it: the notice address on top, then the header and rows. */
export async function listXlsx(rows: readonly ListRow[], notifyEmail = 'kadry@firma.pl'): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Uczestnicy');
  ws.addRow(['E-mail do powiadomienia o kontach', notifyEmail]);
  ws.addRow([]);
  ws.addRow(['Imię', 'Nazwisko', 'E-mail', 'Login', 'Hasło']);
  for (const r of rows) ws.addRow([r.firstName, r.lastName, r.email ?? '', r.login ?? '', r.password ?? '']);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export const uniqueName = () => `Os${next().replace(/\d/g, (d) => 'abcdefghij'[Number(d)])}`;
