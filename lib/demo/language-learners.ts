// The language school's demo learners and placement attempts, written through the real services
// with back-dated times: maria (razem-monthly on A1 paid, A1 lessons done and its level test passed,
// A2 opened on the same contract with two classes booked) and ivan (B1, next month unpaid:
// SUSPENDED), each with the placement test they came with, and one anonymous visitor's result.
import { hashPassword } from '@/lib/auth/password';
import { termsVersionInForce } from '@/lib/auth/terms';
import { db } from '@/lib/db/client';
import { signContract } from '@/lib/billing/contracts/sign';
import { applyChargePaid } from '@/lib/billing/contracts/paid';
import { grantContract } from '@/lib/billing/contracts/grants';
import { suspendContract } from '@/lib/billing/contracts/state';
import { bookSession } from '@/lib/live/bookings/book';
import { startAttempt } from '@/lib/learning/final-test/attempts';
import { keyedQuestionsOf } from '@/lib/learning/final-test/attempt-questions';
import { submitAttemptForm } from '@/lib/learning/final-test/submit-attempt';
import { startPlacement } from '@/lib/language/placement/start';
import { submitPlacement } from '@/lib/language/placement/submit';
import { answerSheet } from './language-answers';
import { LANGUAGE_LEVELS } from './language-content';

const DAY = 86_400_000;
const HOUR = 3_600_000;

export const LANGUAGE_DEMO_LEARNERS = [
  { login: 'maria', email: 'maria@planeta.local', firstName: 'Maria', lastName: 'González', birthDate: '1994-05-12' },
  { login: 'ivan', email: 'ivan@planeta.local', firstName: 'Ivan', lastName: 'Petrenko', birthDate: '1989-11-03' },
];

type Input = { programmeId: string; password: string; courseIds: string[]; now: Date };

/** A placement attempt answered right where `right(band, kind)` says. */
async function placement(right: (band: string, kind: string) => boolean, at: Date): Promise<string> {
  const { token, attemptId } = await startPlacement(undefined, at);
  const attempt = await db().placementAttempt.findUniqueOrThrow({
    where: { id: attemptId },
    select: { questionIds: true, programme: { select: { placementCourseId: true } } },
  });
  const questions = await db().question.findMany({
    where: { id: { in: attempt.questionIds } },
    select: { id: true, category: true },
  });
  const band = new Map(questions.map((q) => [q.id, q.category]));
  const keyed = await keyedQuestionsOf(attempt.programme.placementCourseId ?? '', attempt.questionIds);
  const fields = answerSheet(keyed, (q) => right(band.get(q.id) ?? '', q.kind));
  await submitPlacement(token, fields, new Date(at.getTime() + 14 * 60_000));
  return attemptId;
}

async function learner(u: (typeof LANGUAGE_DEMO_LEARNERS)[number], password: string, at: Date) {
  const { birthDate, ...data } = u;
  void birthDate;
  const found = await db().user.findUnique({ where: { login: u.login }, select: { id: true, roles: true } });
  if (found) return found;
  return db().user.create({
    data: {
      ...data,
      roles: ['LEARNER'],
      passwordHash: await hashPassword(password),
      termsVersion: termsVersionInForce(at),
      termsAcceptedAt: at,
    },
    select: { id: true, roles: true },
  });
}

/** Signs razem-monthly on the level's offer at `signedAt` and pays the first month an hour later. */
async function monthlyContract(offerSlug: string, userId: string, signedAt: Date): Promise<string> {
  const offer = await db().billingOffer.findUniqueOrThrow({ where: { slug: offerSlug }, select: { id: true } });
  return db().$transaction(async (tx) => {
    const signed = await signContract(tx, {
      offerId: offer.id,
      payerId: userId,
      beneficiaryId: userId,
      termsVersion: termsVersionInForce(signedAt),
      immediateStartConsent: true,
      payMethod: 'LINK',
      discounts: [],
      now: signedAt,
    });
    await applyChargePaid(tx, signed.firstChargeId, { paidAt: new Date(signedAt.getTime() + HOUR), via: 'LINK' });
    return signed.contractId;
  });
}

async function lessonsDone(userId: string, courseId: string, count: number, from: Date) {
  const enrolment = await db().enrolment.findUniqueOrThrow({ where: { userId_courseId: { userId, courseId } } });
  const lessons = await db().lesson.findMany({
    where: { module: { courseId } },
    orderBy: [{ module: { position: 'asc' } }, { position: 'asc' }],
    select: { id: true },
  });
  await db().lessonProgress.createMany({
    data: lessons.slice(0, count).map((l, i) => ({
      enrolmentId: enrolment.id,
      lessonId: l.id,
      completedAt: new Date(from.getTime() + i * 2 * DAY),
    })),
    skipDuplicates: true,
  });
}

export async function seedLanguageLearners({ programmeId, password, courseIds, now }: Input): Promise<void> {
  const ago = (days: number) => new Date(now.getTime() - days * DAY);
  const [a1, a2, b1] = courseIds;
  const [mariaData, ivanData] = LANGUAGE_DEMO_LEARNERS;

  // An anonymous visitor: A1–B1 known, B2 not → B2 recommended.
  await placement((band) => ['A1', 'A2', 'B1'].includes(band), ago(2));

  // maria: placed at A1 (only its single-choice questions right: under 60 %), signed the monthly plan, paid two months.
  const maria = await learner(mariaData, password, ago(46));
  const mariaPlacement = await placement((band, kind) => band === 'A1' && kind === 'SINGLE', ago(46));
  const mariaContract = await monthlyContract('polski-a1-miesiecznie', maria.id, ago(45));
  const second = await db().contractCharge.findFirst({
    where: { contractId: mariaContract, seq: 2, status: 'OPEN' },
    select: { id: true, dueDate: true },
  });
  if (second && second.dueDate.getTime() < now.getTime())
    await db().$transaction((tx) =>
      applyChargePaid(tx, second.id, { paidAt: new Date(second.dueDate.getTime() + 9 * HOUR), via: 'LINK' }),
    );
  await lessonsDone(maria.id, a1, 4, ago(44));
  // The A1 level test, passed with one question left out (a real attempt, scored by the final test's rules).
  const testAt = ago(12);
  const { attemptId } = await startAttempt(maria.id, LANGUAGE_LEVELS[0].slug, testAt);
  const drawn = await db().testAttempt.findUniqueOrThrow({ where: { id: attemptId }, select: { questionIds: true } });
  const sheet = answerSheet(await keyedQuestionsOf(a1, drawn.questionIds), (_q, i) => i > 0);
  await submitAttemptForm(maria.id, attemptId, sheet, new Date(testAt.getTime() + 25 * 60_000));
  // A passed level opens the next one on the same contract (what lib/language/progress.ts does).
  await db().$transaction((tx) =>
    grantContract(
      tx,
      { id: mariaContract, beneficiaryId: maria.id, courseId: a2, liveGroupId: null },
      new Date(testAt.getTime() + 26 * 60_000),
    ),
  );
  await lessonsDone(maria.id, a2, 1, ago(10));
  const a2Classes = await db().liveSession.findMany({
    where: { group: { courseId: a2 }, status: 'SCHEDULED', startsAt: { gt: now } },
    orderBy: { startsAt: 'asc' },
    take: 2,
    select: { id: true },
  });
  for (const s of a2Classes) await bookSession(maria, maria.id, s.id, now);
  await db().languageLearner.create({
    data: {
      userId: maria.id,
      programmeId,
      birthDate: new Date(`${mariaData.birthDate}T00:00:00Z`),
      startCefr: 'A1',
      placementId: mariaPlacement,
      contractId: mariaContract,
      createdAt: ago(45),
    },
  });

  // ivan: placed at B1, the first month on B1 paid 35 days ago, the next one not (SUSPENDED).
  const ivan = await learner(ivanData, password, ago(36));
  const ivanPlacement = await placement(
    (band, kind) => band === 'A1' || band === 'A2' || (band === 'B1' && kind === 'SINGLE'),
    ago(36),
  );
  const ivanContract = await monthlyContract('polski-b1-miesiecznie', ivan.id, ago(35));
  await lessonsDone(ivan.id, b1, 2, ago(34));
  const unpaid = await db().contractCharge.findFirst({
    where: { contractId: ivanContract, status: 'OPEN' },
    select: { id: true },
  });
  await db().$transaction((tx) => suspendContract(tx, ivanContract, { actorId: null, now, chargeId: unpaid?.id }));
  await db().languageLearner.create({
    data: {
      userId: ivan.id,
      programmeId,
      birthDate: new Date(`${ivanData.birthDate}T00:00:00Z`),
      startCefr: 'B1',
      placementId: ivanPlacement,
      contractId: ivanContract,
      createdAt: ago(35),
    },
  });
}
