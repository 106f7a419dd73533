// The anonymous placement test from start to result: questions drawn per band rule in band order,
// the sheet scored per band and the level recommended, sent twice or after the time refused with
// the reason (nothing rewritten); and the demo school a newcomer sees from `npm start`.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/client';
import { UserError } from '@/lib/errors';
import { keyedQuestionsOf } from '@/lib/learning/final-test/attempt-questions';
import { startPlacement } from '@/lib/language/placement/start';
import { submitPlacement } from '@/lib/language/placement/submit';
import { placementOfToken } from '@/lib/language/placement/result';
import { placementResultPage } from '@/lib/language/placement/result-page';
import { placementTestPage } from '@/lib/language/placement/taking';
import { programmeLanding } from '@/lib/language/placement/landing-page';
import { defaultProgramme, levelOfCourse, programmeBySlug } from '@/lib/language/programme';
import { listPublishedCourses, getPublishedCourse } from '@/lib/catalog/courses';
import { addToCart } from '@/lib/orders/cart';
import { seedDemoData } from '@/lib/demo/seed';
import { answerSheet } from '@/lib/demo/language-answers';
import { LANGUAGE_PROGRAMME_SLUG } from '@/lib/demo/language';
import { PLACEMENT_PER_BAND } from '@/lib/demo/language-content';

vi.mock('@/lib/jobs/queues', () => ({
  dispatchEmails: async () => {},
  emailsDispatched: async () => {},
  enqueueMany: async () => {},
}));

const T0 = new Date('2026-12-01T09:00:00Z');
const minutes = (n: number) => new Date(T0.getTime() + n * 60_000);

async function refusal(p: Promise<unknown>): Promise<string> {
  const e = await p.then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(UserError);
  return String((e as UserError).codes[0]);
}

/** The sheet with the right answers in the bands `right` picks (k: the question's place in its band). */
async function sheetFor(attemptId: string, right: (band: string, k: number, kind: string) => boolean) {
  const a = await db().placementAttempt.findUniqueOrThrow({
    where: { id: attemptId },
    select: { questionIds: true, programme: { select: { placementCourseId: true } } },
  });
  const cats = await db().question.findMany({
    where: { id: { in: a.questionIds } },
    select: { id: true, category: true },
  });
  const band = new Map(cats.map((c) => [c.id, c.category]));
  const seen = new Map<string, number>();
  return answerSheet(await keyedQuestionsOf(a.programme.placementCourseId!, a.questionIds), (q) => {
    const b = band.get(q.id)!;
    const k = seen.get(b) ?? 0;
    seen.set(b, k + 1);
    return right(b, k, q.kind);
  });
}

beforeAll(async () => {
  await seedDemoData();
}, 240_000);

describe('the placement test without an account', () => {
  it('draws the rule’s count per band, easiest band first, and shows no key', async () => {
    const { token, attemptId } = await startPlacement(undefined, T0);
    const attempt = await db().placementAttempt.findUniqueOrThrow({ where: { id: attemptId } });
    expect(attempt.tokenHash).not.toContain(token);
    expect(attempt.deadlineAt.getTime() - attempt.startedAt.getTime()).toBe(30 * 60_000);
    const cats = await db().question.findMany({
      where: { id: { in: attempt.questionIds } },
      select: { id: true, category: true },
    });
    const byId = new Map(cats.map((c) => [c.id, c.category]));
    const order = attempt.questionIds.map((id) => byId.get(id));
    expect(order).toEqual(['A1', 'A2', 'B1', 'B2', 'C1'].flatMap((b) => Array(PLACEMENT_PER_BAND).fill(b)));

    const page = await placementTestPage(token, minutes(1));
    expect(page.kind).toBe('open');
    if (page.kind !== 'open') return;
    expect(page.bands.map((b) => b.cefr)).toEqual(['A1', 'A2', 'B1', 'B2', 'C1']);
    expect(JSON.stringify(page.bands)).not.toMatch(/"correct"|"accepted"|"answer"/);
    // A second press while it is open resumes the same attempt.
    expect((await startPlacement(token, minutes(2))).attemptId).toBe(attemptId);
  });

  it('scores per band, recommends the first band below 60 % and explains why, with the level’s offer', async () => {
    const { token, attemptId } = await startPlacement(undefined, T0);
    // A1, A2 and B2 all right; of B1 only its one single-choice question (at most 1 point of 4 or more).
    const sheet = await sheetFor(
      attemptId,
      (b, _k, kind) => ['A1', 'A2', 'B2'].includes(b) || (b === 'B1' && kind === 'SINGLE'),
    );
    const sent = await submitPlacement(token, sheet, minutes(20));
    expect(sent.recommendedCefr).toBe('B1');
    const result = await placementOfToken(token);
    expect(result?.recommendedCefr).toBe('B1');
    expect(result?.bands.map((b) => b.cefr)).toEqual(['A1', 'A2', 'B1', 'B2', 'C1']);
    expect(result!.bands.map((b) => b.scored === b.max)).toEqual([true, true, false, true, false]);
    expect(result!.bands.every((b) => b.max >= PLACEMENT_PER_BAND)).toBe(true);
    const page = await placementResultPage(token);
    expect(page?.why).toContain('A1 i A2');
    expect(page?.bands.map((b) => b.verdict)).toEqual(['mastered', 'mastered', 'toLearn', 'mastered', 'toLearn']);
    expect(page?.offer?.href).toBe('/jezyk-polski/zapisy?poziom=B1');
    expect(page?.offer?.monthly).toMatch(/249,00\s*zł miesięcznie/);
    expect(page?.offer?.full).toMatch(/1\s?290,00\s*zł/);
  });

  it('refuses a sheet sent twice, with the reason, and keeps the first result', async () => {
    const { token, attemptId } = await startPlacement(undefined, T0);
    await submitPlacement(token, await sheetFor(attemptId, () => true), minutes(10));
    const first = await db().placementAttempt.findUniqueOrThrow({ where: { id: attemptId } });
    expect(first.recommendedCefr).toBe('C1');
    const code = await refusal(submitPlacement(token, {}, minutes(11)));
    expect(code).toBe('languagePlacement.errors.alreadySubmitted');
    const after = await db().placementAttempt.findUniqueOrThrow({ where: { id: attemptId } });
    expect(after.submittedAt).toEqual(first.submittedAt);
    expect(after.bandScores).toEqual(first.bandScores);
    // The page offers the result and a new attempt.
    const page = await placementTestPage(token, minutes(12));
    expect(page.kind === 'intro' && page.previous?.kind).toBe('submitted');
  });

  it('refuses a sheet sent after the time, with the reason, and writes nothing', async () => {
    const { token, attemptId } = await startPlacement(undefined, T0);
    const sheet = await sheetFor(attemptId, () => true);
    const code = await refusal(submitPlacement(token, sheet, minutes(31)));
    expect(code).toBe('languagePlacement.errors.timeUp');
    const a = await db().placementAttempt.findUniqueOrThrow({ where: { id: attemptId } });
    expect(a.submittedAt).toBeNull();
    expect(await placementOfToken(token)).toBeNull();
    const page = await placementTestPage(token, minutes(31));
    expect(page.kind === 'intro' && page.previous?.kind).toBe('expired');
    // Within the grace the countdown's own send still counts; a new start is a new attempt.
    const again = await startPlacement(token, minutes(32));
    expect(again.attemptId).not.toBe(attemptId);
    await submitPlacement(again.token, {}, minutes(62.1));
    expect((await placementOfToken(again.token))?.recommendedCefr).toBe('A1');
  });

  it('refuses an unknown token and answers foreign to the attempt', async () => {
    expect(await refusal(submitPlacement('x'.repeat(43), {}, T0))).toBe('languagePlacement.errors.noAttempt');
    expect(await refusal(submitPlacement(undefined, {}, T0))).toBe('languagePlacement.errors.noAttempt');
    const { token, attemptId } = await startPlacement(undefined, T0);
    const shown = await db().placementAttempt.findUniqueOrThrow({ where: { id: attemptId } });
    const single = await db().question.findFirstOrThrow({ where: { id: { in: shown.questionIds }, kind: 'SINGLE' } });
    const foreign = await db().questionOption.findFirstOrThrow({
      where: { question: { course: { slug: 'polski-a1' } } },
    });
    const code = await refusal(submitPlacement(token, { [`q.${single.id}`]: foreign.id }, minutes(1)));
    expect(code).toBe('languagePlacement.errors.tampered');
    expect((await db().placementAttempt.findUniqueOrThrow({ where: { id: attemptId } })).submittedAt).toBeNull();
  });
});

describe('the demo language school', () => {
  it('has the programme, its five levels as courses and the placement course', async () => {
    const p = await programmeBySlug(LANGUAGE_PROGRAMME_SLUG);
    expect(p?.minAge).toBe(18);
    expect(p?.levels.map((l) => l.cefr)).toEqual(['A1', 'A2', 'B1', 'B2', 'C1']);
    expect((await defaultProgramme())?.id).toBe(p?.id);
    const a1 = p!.levels[0];
    expect(await levelOfCourse(a1.courseId)).toMatchObject({ cefr: 'A1', courseSlug: 'polski-a1', programmeId: p!.id });
    const courses = await db().course.findMany({
      where: { id: { in: p!.levels.map((l) => l.courseId) } },
      select: {
        passMarkPercent: true,
        retakeDelayHours: true,
        certificateTemplate: true,
        _count: { select: { questions: true } },
      },
    });
    expect(courses.every((c) => c.passMarkPercent === 65 && c.retakeDelayHours === 168)).toBe(true);
    expect(courses.every((c) => c.certificateTemplate === 'LANGUAGE_LEVEL')).toBe(true);
    const pdfs = await db().attachment.count({
      where: {
        mimeType: 'application/pdf',
        lesson: { module: { courseId: { in: p!.levels.map((l) => l.courseId) } } },
      },
    });
    expect(pdfs).toBe(5);
    const landing = await programmeLanding(T0);
    expect(landing?.levels.slice(0, 3).map((l) => [l.cefr, l.liveGroups, l.lessons >= 4, l.prices?.monthly])).toEqual([
      ['A1', 1, true, 24_900],
      ['A2', 1, true, 24_900],
      ['B1', 1, true, 24_900],
    ]);
    const offers = await db().billingOffer.findMany({ where: { product: 'language' }, select: { slug: true } });
    expect(offers).toHaveLength(10);
    expect(offers.map((o) => o.slug)).toContain('polski-a2-z-gory');
  });

  it('keeps the level courses out of the catalogue and the cart', async () => {
    const listed = await listPublishedCourses();
    expect(listed.some((c) => c.slug.startsWith('polski-'))).toBe(false);
    expect(listed.some((c) => c.slug === 'angielski-b1')).toBe(true);
    expect(await getPublishedCourse('polski-a1')).toBeNull();
    const a1 = await db().course.findUniqueOrThrow({ where: { slug: 'polski-a1' } });
    const offer = await db().courseOffer.create({ data: { courseId: a1.id, seats: 1, priceGross: 100 } });
    const code = await refusal(addToCart({ token: null, userId: null }, offer.id));
    expect(code).toBe('checkout.errors.offerGone');
  });

  it('gives maria an active monthly contract, A1 passed by a real test, A2 on the same contract with classes booked', async () => {
    const maria = await db().user.findUniqueOrThrow({ where: { login: 'maria' } });
    expect(maria.email).toBe('maria@planeta.local');
    const learner = await db().languageLearner.findFirstOrThrow({
      where: { userId: maria.id },
      include: { placement: true },
    });
    expect(learner.placement?.recommendedCefr).toBe('A1');
    const contract = await db().contract.findUniqueOrThrow({
      where: { id: learner.contractId! },
      include: { offer: true },
    });
    expect([contract.status, contract.planCode, contract.offer.slug]).toEqual([
      'ACTIVE',
      'razem-monthly',
      'polski-a1-miesiecznie',
    ]);
    const enrolments = await db().enrolment.findMany({ where: { userId: maria.id }, include: { course: true } });
    expect(enrolments.map((e) => [e.course.slug, e.contractId]).sort()).toEqual([
      ['polski-a1', contract.id],
      ['polski-a2', contract.id],
    ]);
    const a1 = enrolments.find((e) => e.course.slug === 'polski-a1')!;
    const attempt = await db().testAttempt.findFirstOrThrow({ where: { enrolmentId: a1.id } });
    expect(attempt.passed).toBe(true);
    expect(attempt.percent).toBeGreaterThanOrEqual(65);
    const bookings = await db().liveBooking.findMany({
      where: { userId: maria.id, status: 'BOOKED' },
      include: { session: { include: { group: true } } },
    });
    expect(bookings).toHaveLength(2);
    expect(
      bookings.every(
        (b) => b.session.group?.courseId === enrolments.find((e) => e.course.slug === 'polski-a2')!.courseId,
      ),
    ).toBe(true);
  });

  it('gives ivan a suspended contract on B1 with his progress kept', async () => {
    const ivan = await db().user.findUniqueOrThrow({ where: { login: 'ivan' } });
    expect(`${ivan.firstName} ${ivan.lastName}`).toBe('Ivan Petrenko');
    const learner = await db().languageLearner.findFirstOrThrow({
      where: { userId: ivan.id },
      include: { placement: true },
    });
    expect([learner.startCefr, learner.placement?.recommendedCefr]).toEqual(['B1', 'B1']);
    const contract = await db().contract.findUniqueOrThrow({ where: { id: learner.contractId! } });
    expect(contract.status).toBe('SUSPENDED');
    expect(await db().lessonProgress.count({ where: { enrolment: { userId: ivan.id } } })).toBe(2);
  });

  it('is seeded once', async () => {
    const before = await db().placementAttempt.count();
    await seedDemoData();
    expect(await db().placementAttempt.count()).toBe(before);
    expect(await db().languageProgramme.count()).toBe(1);
  });
});
