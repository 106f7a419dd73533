// Issue 17, families: a paid exam add-on is shown to the parent (family page, package page) and
// to the child (their courses page) with the §4.9 window, and the child's subjects come in the
// school's order rather than the database's.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/client';
import { startLocalPayu } from '@/lib/payments/payu/simulator/local';
import { freePort } from '@/lib/db/dev/embedded';
import { handleOrderNotification } from '@/lib/settlement/notifications';
import { registerParent } from '@/lib/families/registration';
import { addChild } from '@/lib/families/children';
import { placeFamilyOrder } from '@/lib/families/family-order';
import { seedFamilySubjects } from '@/lib/demo/family-subjects';
import { familyOverview } from '@/lib/families/overview';
import { packagePage } from '@/lib/families/package-page';
import { childExams } from '@/lib/families/exams';
import { listMyCourses } from '@/lib/learning/my-courses';
import { subjectCourseSlug } from '@/lib/families/subject-courses';
import { fromWarsaw } from '@/lib/format/time';

vi.mock('@/lib/jobs/queues', () => ({ dispatchEmails: async () => {}, enqueueMany: async () => {} }));

let sim: Awaited<ReturnType<typeof startLocalPayu>>;
const NOW = fromWarsaw(2026, 9, 3, 12);

beforeAll(async () => {
  sim = await startLocalPayu({ port: await freePort(), retryDelaysMs: [0], quiet: true });
  await seedFamilySubjects();
});
afterAll(async () => {
  await sim.close();
});

async function paidFamily() {
  const { id } = await registerParent({
    firstName: 'Anna',
    lastName: 'Nowak',
    email: 'rodzic-egzamin@example.pl',
    phone: '',
    country: 'PL',
    password: 'Haslo12345x',
  });
  const parent = await db().user.findUniqueOrThrow({
    where: { id },
    select: { id: true, firstName: true, lastName: true, email: true, roles: true },
  });
  // Born 2016: class 4 in 2026/2027 (§4.7 shifted by the year).
  const childId = await addChild(
    id,
    { fullName: 'Ola Nowak', birthYear: 2016, login: 'ola.egzamin', password: 'Haslo12345x' },
    NOW,
  );
  const placed = await placeFamilyOrder(
    parent,
    [{ childId, package: 'STANDARD', exams: ['MATEMATYKA'] }],
    'card',
    'family-exam-key-01',
    '10.0.0.1',
    NOW,
  );
  const payment = await db().payment.findFirstOrThrow({ where: { orderId: placed.orderId } });
  sim.orders.get(payment.payuOrderId!)!.status = 'COMPLETED';
  await handleOrderNotification({
    kind: 'order',
    orderId: payment.payuOrderId!,
    extOrderId: payment.extOrderId,
    status: 'COMPLETED',
    totalAmount: payment.amount,
    currencyCode: payment.currency,
  });
  const child = await db().child.findUniqueOrThrow({ where: { id: childId }, select: { userId: true } });
  return { parentId: id, childId, childUserId: child.userId };
}

const EXAMS = [
  { name: 'język polski', note: 'w cenie pakietu' },
  { name: 'historia', note: 'w cenie pakietu' },
  { name: 'przyroda', note: 'w cenie pakietu' },
  { name: 'matematyka', note: 'dokupiony' },
];

describe('a paid exam add-on', () => {
  it('is shown to the parent and the child with the June–July window; subjects follow the school order', async () => {
    const f = await paidFamily();

    const [card] = await familyOverview(f.parentId, NOW);
    const exams = card.packages[0].exams!;
    expect(exams.heading).toBe('Egzamin roczny 2026/2027');
    expect(exams.subjects).toEqual(EXAMS);
    expect(exams.when).toBe('Test online na platformie, w okresie od 1 czerwca 2027 do 31 lipca 2027.');

    const page = await packagePage(f.parentId, {}, NOW);
    const paid = page.children.find((c) => c.id === f.childId)!;
    expect(paid.paid).toBe(true);
    expect(paid.purchased).toMatchObject({ heading: 'Opłacony: Pakiet Standard', exams: { subjects: EXAMS } });
    expect(paid.purchased!.subjects).toEqual([
      'język polski',
      'historia',
      'przyroda',
      'matematyka',
      'zajęcia komputerowe',
      'język angielski',
    ]);

    expect(await childExams(f.childUserId, NOW)).toEqual([exams]);
    expect(await childExams(f.parentId, NOW)).toEqual([]);
    // During the window it says the exams are on; after it, the child's page no longer lists them.
    expect((await childExams(f.childUserId, fromWarsaw(2027, 6, 15)))[0].when).toBe(
      'Trwa okres egzaminów: test online na platformie, do 31 lipca 2027.',
    );
    expect(await childExams(f.childUserId, fromWarsaw(2027, 8, 1))).toEqual([]);

    // The child's courses: every subject of the package, in the school's order, on both pages.
    const order = ['JEZYK_POLSKI', 'HISTORIA', 'PRZYRODA', 'MATEMATYKA', 'ZAJECIA_KOMPUTEROWE', 'JEZYK_ANGIELSKI'].map(
      (s) => subjectCourseSlug(s as Parameters<typeof subjectCourseSlug>[0]),
    );
    expect((await listMyCourses(f.childUserId, NOW)).map((c) => c.slug)).toEqual(order);
    expect(card.courses.map((c) => c.slug)).toEqual(order);
  });
});
