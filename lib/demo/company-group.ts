// Demo data for the group purchase: the demo company admin (`firma`) has a paid 30-seat BHP
// package with an accepted agreement, a confirmed list whose report is in review (its two months
// are over), and a second list still learning — so a newcomer sees every step from `npm start`.
// Goes through the real services (agreement, upload, provisioning, lessons, test, certificate,
// report); idempotent: nothing is done once the admin has a group.
import ExcelJS from 'exceljs';
import { currentTime } from '@/lib/clock/clock';
import { db } from '@/lib/db/client';
import type { Viewer } from '@/lib/groups/group-access';
import { groupFor } from '@/lib/groups/group-access';
import { agreementDraftPdf, reviewAgreement, submitAgreement } from '@/lib/groups/agreement/agreements';
import { createUpload } from '@/lib/groups/list/uploads';
import { provisionUpload } from '@/lib/groups/accounts/provisioning';
import { markLessonDone } from '@/lib/learning/progress';
import { startAttempt } from '@/lib/learning/final-test/attempts';
import { submitAttempt } from '@/lib/learning/final-test/submit-attempt';
import { issueCertificate } from '@/lib/certificates/issue';
import { buildDueReports } from '@/lib/groups/report/final-reports';
import { emailsDispatched } from '@/lib/jobs/queues';
import { stopBoss } from '@/lib/jobs/boss';

export const DEMO_GROUP_COURSE = 'bhp-pracownicy-biurowi';
const COURSE = DEMO_GROUP_COURSE;
export const DEMO_GROUP_SEATS = 30;
const SEATS = DEMO_GROUP_SEATS;
const DAY = 86_400_000;

/** The BHP certificate's course data (zał. nr 1 do rozp. MGiP z 27.07.2004), set once. */
const BHP_CERTIFICATE = {
  certificateTemplate: 'BHP',
  trainingKind: 'szkolenie okresowe',
  trainingForm: 'samokształcenie kierowane',
  trainingAudience: 'pracowników administracyjno-biurowych',
  trainingOrganiser: 'Planeta.edu.pl — Ośrodek Szkoleń BHP, ul. Przykładowa 1, 00-001 Warszawa',
  certificateRegister: 'BHP/2026',
  lessonHours: 8,
};

type Person = { firstName: string; lastName: string; email?: string; birthDate?: string; birthPlace?: string };

const FINISHED: Person[] = [
  { firstName: 'Anna', lastName: 'Zielińska', birthDate: '14.03.1988', birthPlace: 'Radom' },
  { firstName: 'Bartosz', lastName: 'Kamiński', birthDate: '02.11.1979', birthPlace: 'Kielce' },
  { firstName: 'Celina', lastName: 'Wójcik', birthDate: '23.07.1995', birthPlace: 'Łódź' },
  { firstName: 'Dariusz', lastName: 'Lewandowski', birthDate: '09.01.1984', birthPlace: 'Gdańsk' },
  { firstName: 'Ewelina', lastName: 'Szymańska', birthDate: '30.05.1991', birthPlace: 'Poznań' },
  { firstName: 'Filip', lastName: 'Dąbrowski' },
];
const LEARNING: Person[] = [
  { firstName: 'Grażyna', lastName: 'Kozłowska', birthDate: '17.09.1975', birthPlace: 'Lublin' },
  { firstName: 'Henryk', lastName: 'Jankowski', birthDate: '05.12.1969', birthPlace: 'Toruń' },
  { firstName: 'Iwona', lastName: 'Mazur' },
];

export async function seedCompanyGroupDemo(adminLogin: string, staffLogin: string): Promise<void> {
  const [admin, staff, course] = await Promise.all([
    db().user.findUnique({ where: { login: adminLogin }, select: { id: true, roles: true, email: true } }),
    db().user.findUnique({ where: { login: staffLogin }, select: { id: true } }),
    db().course.findUnique({
      where: { slug: COURSE },
      select: { id: true, title: true, certificateTemplate: true, offers: { where: { seats: SEATS } } },
    }),
  ]);
  if (!admin || !staff || !course || !course.offers[0]) return;
  if (course.certificateTemplate === 'STANDARD') {
    await db().course.update({ where: { id: course.id }, data: BHP_CERTIFICATE });
  }
  if (await db().group.findFirst({ where: { ownerId: admin.id }, select: { id: true } })) return;

  const viewer: Viewer = { id: admin.id, roles: admin.roles };
  const groupId = await paidPackage(admin.id, admin.email ?? '', course.id, course.title, course.offers[0], HYDRO_TECH);
  const group = (await groupFor(viewer, groupId))!;
  const scan = await agreementDraftPdf(group);
  const agreement = await submitAgreement(viewer, groupId, { name: 'umowa-powierzenia.pdf', bytes: scan });
  if (agreement) await reviewAgreement(staff.id, agreement.id, { accept: true });

  // The first list: learnt, tested, certified, then moved two months back so its report is due.
  const first = await confirmedList(viewer, groupId, FINISHED, 'lista-pracownikow.xlsx');
  const firstUsers = await usersOf(first);
  // Four pass with different scores (100, 90, 80, 70%), one fails after half the lessons (40%),
  // one never logs in — so the dashboard's states and score histogram have something to show.
  for (const [i, userId] of firstUsers.entries())
    await learn(userId, i < 4 ? 'all' : i === 4 ? 'half' : 'none', i < 4 ? i : i === 4 ? 6 : null);
  await moveBack(first, 62 * DAY);
  await spreadOverWeeks(first);
  await buildDueReports(currentTime());

  // The second list: newcomers still learning (one has started).
  const second = await confirmedList(viewer, groupId, LEARNING, 'nowi-pracownicy.xlsx');
  const [starter] = await usersOf(second);
  if (starter) await learn(starter, 'half', null);
  // The seed runs in a script, not the server: hand over the queued e-mails and let it exit.
  await emailsDispatched();
  await stopBoss();
}

export type DemoBuyer = {
  companyName: string;
  nip: string;
  street: string;
  postalCode: string;
  city: string;
  orderNumber: string;
  checkoutKey: string;
  paidDaysAgo: number;
};

const HYDRO_TECH: DemoBuyer = {
  companyName: 'Hydro-Tech Sp. z o.o.',
  nip: '5260250995',
  street: 'ul. Prosta 5',
  postalCode: '00-838',
  city: 'Warszawa',
  orderNumber: 'ZAM-DEMO-FIRMA-0001',
  checkoutKey: 'demo-firma-group-package',
  paidDaysAgo: 70,
};

/** The order and the group a paid 30-seat package leaves behind (what lib/settlement/fulfil.ts writes). */
export async function paidPackage(
  userId: string,
  email: string,
  courseId: string,
  title: string,
  offer: { id: string; priceGross: number },
  buyer: DemoBuyer,
): Promise<string> {
  const paidAt = new Date(currentTime().getTime() - buyer.paidDaysAgo * DAY);
  return db().$transaction(async (tx) => {
    const order = await tx.order.create({
      data: {
        number: buyer.orderNumber,
        checkoutKey: buyer.checkoutKey,
        userId,
        status: 'PAID',
        totalGross: offer.priceGross,
        buyerType: 'COMPANY',
        buyerName: buyer.companyName,
        buyerEmail: email,
        companyName: buyer.companyName,
        nip: buyer.nip,
        street: buyer.street,
        postalCode: buyer.postalCode,
        city: buyer.city,
        termsVersion: 'demo',
        termsAcceptedAt: paidAt,
        createdAt: paidAt,
        paidAt,
        items: {
          create: [
            {
              offerId: offer.id,
              courseId,
              name: `${title} — pakiet grupowy — ${SEATS} kont`,
              seats: SEATS,
              quantity: 1,
              unitGross: offer.priceGross,
              totalGross: offer.priceGross,
            },
          ],
        },
      },
      select: { items: { select: { id: true } } },
    });
    const group = await tx.group.create({
      data: {
        ownerId: userId,
        courseId,
        orderItemId: order.items[0].id,
        companyName: buyer.companyName,
        seats: SEATS,
        createdAt: paidAt,
      },
      select: { id: true },
    });
    return group.id;
  });
}

async function confirmedList(viewer: Viewer, groupId: string, people: Person[], name: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Uczestnicy');
  ws.addRow(['E-mail do powiadomienia o kontach', 'firma@planeta.local']);
  ws.addRow([]);
  ws.addRow(['Imię', 'Nazwisko', 'E-mail', 'Login', 'Hasło', 'Data urodzenia', 'Miejsce urodzenia']);
  for (const p of people)
    ws.addRow([p.firstName, p.lastName, p.email ?? '', '', '', p.birthDate ?? '', p.birthPlace ?? '']);
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  const upload = await createUpload(viewer, groupId, { name, bytes });
  await provisionUpload(viewer, groupId, upload!.id);
  return upload!.id;
}

const usersOf = async (uploadId: string) =>
  (
    await db().groupParticipant.findMany({
      where: { uploadId },
      orderBy: { rowNumber: 'asc' },
      select: { userId: true },
    })
  ).map((p) => p.userId);

/**
 * Lessons done (all, half or none) and, unless `wrong` is null, a final-test attempt with that many
 * answers wrong (out of 10; at most 4 passes the 60% mark), and the certificate when it passed.
 */
async function learn(userId: string, lessons: 'all' | 'half' | 'none', wrong: number | null) {
  const all = await db().lesson.findMany({
    where: { module: { course: { slug: COURSE } } },
    orderBy: [{ module: { position: 'asc' } }, { position: 'asc' }],
    select: { id: true },
  });
  const done = lessons === 'all' ? all : lessons === 'half' ? all.slice(0, Math.ceil(all.length / 2)) : [];
  for (const l of done) await markLessonDone(userId, COURSE, l.id);
  // Who learnt has logged in (the shift below moves this back with the rest of the history).
  if (done.length > 0) await db().user.update({ where: { id: userId }, data: { lastLoginAt: currentTime() } });
  if (wrong === null) return;
  const { attemptId } = await startAttempt(userId, COURSE);
  const attempt = await db().testAttempt.findUniqueOrThrow({ where: { id: attemptId }, select: { questionIds: true } });
  const questions = await db().question.findMany({
    where: { id: { in: attempt.questionIds } },
    select: { id: true, options: { select: { id: true, correct: true } } },
  });
  // A wrong answer picks one wrong option.
  const answer = (q: (typeof questions)[number], i: number) => ({
    kind: 'choice' as const,
    optionIds:
      i < wrong
        ? q.options
            .filter((o) => !o.correct)
            .slice(0, 1)
            .map((o) => o.id)
        : q.options.filter((o) => o.correct).map((o) => o.id),
  });
  await submitAttempt(userId, attemptId, Object.fromEntries(questions.map((q, i) => [q.id, answer(q, i)])));
  const { passed } = await db().testAttempt.findUniqueOrThrow({ where: { id: attemptId }, select: { passed: true } });
  if (passed) await issueCertificate(userId, COURSE);
}

/**
 * Demo only: the list's lessons were done over its two months, one participant after another
 * (not all in the instant the seed ran), each test a day after the last lesson — so the group
 * dashboard's weekly progress line climbs as a real group's would.
 */
async function spreadOverWeeks(uploadId: string) {
  const upload = await db().participantUpload.findUniqueOrThrow({ where: { id: uploadId } });
  const start = upload.provisionedAt!.getTime();
  const people = await db().groupParticipant.findMany({
    where: { uploadId },
    orderBy: { rowNumber: 'asc' },
    select: { userId: true },
  });
  await db().$transaction(async (tx) => {
    for (const [i, { userId }] of people.entries()) {
      const progress = await tx.lessonProgress.findMany({
        where: { enrolment: { userId } },
        orderBy: [{ lesson: { module: { position: 'asc' } } }, { lesson: { position: 'asc' } }],
        select: { id: true },
      });
      // Participant i starts on day 2 + 3i and does a lesson every 2 + i days (at 10:00 UTC).
      const at = (k: number) => new Date(start + (2 + 3 * i + k * (2 + i)) * DAY + 10 * 3_600_000);
      for (const [k, p] of progress.entries())
        await tx.lessonProgress.update({ where: { id: p.id }, data: { completedAt: at(k) } });
      if (progress.length === 0) continue;
      const last = at(progress.length - 1);
      const tested = new Date(last.getTime() + DAY);
      await tx.user.update({ where: { id: userId }, data: { lastLoginAt: tested } });
      for (const a of await tx.testAttempt.findMany({ where: { enrolment: { userId } }, select: { id: true } }))
        await tx.testAttempt.update({
          where: { id: a.id },
          data: {
            startedAt: tested,
            submittedAt: new Date(tested.getTime() + 20 * 60_000),
            deadlineAt: new Date(tested.getTime() + 30 * 60_000),
          },
        });
      await tx.certificate.updateMany({ where: { enrolment: { userId } }, data: { issuedAt: tested } });
    }
  });
}

/** Demo only: the list's whole history happened `ms` earlier, so its two months are over. */
async function moveBack(uploadId: string, ms: number) {
  const shift = (d: Date | null) => (d ? new Date(d.getTime() - ms) : d);
  const participants = await db().groupParticipant.findMany({
    where: { uploadId },
    select: { id: true, userId: true },
  });
  const userIds = participants.map((p) => p.userId);
  const upload = await db().participantUpload.findUniqueOrThrow({ where: { id: uploadId } });
  await db().$transaction(async (tx) => {
    await tx.participantUpload.update({
      where: { id: uploadId },
      data: {
        createdAt: shift(upload.createdAt)!,
        provisionedAt: shift(upload.provisionedAt),
        reportDueAt: shift(upload.reportDueAt),
      },
    });
    for (const e of await tx.enrolment.findMany({ where: { userId: { in: userIds } } })) {
      await tx.enrolment.update({
        where: { id: e.id },
        data: { startsAt: shift(e.startsAt)!, endsAt: shift(e.endsAt) },
      });
    }
    for (const a of await tx.testAttempt.findMany({ where: { enrolment: { userId: { in: userIds } } } })) {
      await tx.testAttempt.update({
        where: { id: a.id },
        data: { startedAt: shift(a.startedAt)!, submittedAt: shift(a.submittedAt), deadlineAt: shift(a.deadlineAt) },
      });
    }
    for (const p of await tx.lessonProgress.findMany({ where: { enrolment: { userId: { in: userIds } } } })) {
      await tx.lessonProgress.update({ where: { id: p.id }, data: { completedAt: shift(p.completedAt)! } });
    }
    for (const u of await tx.user.findMany({ where: { id: { in: userIds }, lastLoginAt: { not: null } } })) {
      await tx.user.update({ where: { id: u.id }, data: { lastLoginAt: shift(u.lastLoginAt) } });
    }
    for (const c of await tx.certificate.findMany({ where: { enrolment: { userId: { in: userIds } } } })) {
      await tx.certificate.update({ where: { id: c.id }, data: { issuedAt: shift(c.issuedAt)! } });
    }
    await tx.groupParticipant.updateMany({
      where: { uploadId },
      data: { createdAt: new Date(upload.createdAt.getTime() - ms) },
    });
  });
}
