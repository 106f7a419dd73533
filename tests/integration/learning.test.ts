import { describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/client';
import { UserError } from '@/lib/errors';
import { grantEnrolment } from '@/lib/settlement/grants';
import { attemptForTaking, startAttempt } from '@/lib/learning/final-test/attempts';
import { attemptResult, submitAttempt } from '@/lib/learning/final-test/submit-attempt';
import { markLessonDone } from '@/lib/learning/progress';
import { courseAccess } from '@/lib/learning/access';
import { listMyCourses } from '@/lib/learning/my-courses';
import { issueCertificate } from '@/lib/certificates/issue';
import { verifyCertificate } from '@/lib/certificates/verify';
import { isValidCertificateNumber } from '@/lib/certificates/number';

vi.mock('@/lib/jobs/queues', () => ({ dispatchEmails: async () => {}, enqueueMany: async () => {} }));

let seq = 0;
const T0 = new Date('2026-03-02T09:00:00Z');
const minutes = (n: number) => new Date(T0.getTime() + n * 60_000);

/** A course with one module of two lessons and `questions` single-choice questions (option "dobra" is right). */
async function makeCourse(
  opts: { questions?: number; timeLimitMinutes?: number | null; maxAttempts?: number; draw?: number } = {},
) {
  const n = ++seq;
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
      testQuestionCount: opts.draw ?? 4,
      passMarkPercent: 60,
      maxAttempts: opts.maxAttempts ?? 3,
      timeLimitMinutes: opts.timeLimitMinutes === undefined ? 10 : opts.timeLimitMinutes,
      modules: {
        create: [
          {
            position: 1,
            title: 'M',
            lessons: {
              create: [
                { position: 1, title: 'L1', body: '# a' },
                { position: 2, title: 'L2', body: 'b' },
              ],
            },
          },
        ],
      },
      questions: {
        create: Array.from({ length: opts.questions ?? 5 }, (_, i) => ({
          kind: 'SINGLE' as const,
          text: `Pytanie ${i}`,
          position: i,
          options: {
            create: [
              { text: 'dobra', correct: true },
              { text: 'zła', correct: false },
              { text: 'też zła', correct: false },
            ],
          },
        })),
      },
    },
    select: {
      id: true,
      slug: true,
      title: true,
      modules: { select: { lessons: { select: { id: true }, orderBy: { position: 'asc' } } } },
    },
  });
}

async function makeLearner(courseId: string, now = T0) {
  const n = ++seq;
  const user = await db().user.create({
    data: { email: `u${n}@example.pl`, firstName: 'Józef', lastName: 'Łęcki', passwordHash: 'x' },
  });
  await db().$transaction((tx) => grantEnrolment(tx, { userId: user.id, courseId, accessMonths: 2, now }));
  return user;
}

/** The learner's answers for an attempt: every right option, or every wrong one. */
async function answersFor(attemptId: string, right: boolean) {
  const a = await db().testAttempt.findUniqueOrThrow({ where: { id: attemptId }, select: { questionIds: true } });
  const qs = await db().question.findMany({
    where: { id: { in: a.questionIds } },
    select: { id: true, options: { select: { id: true, correct: true } } },
  });
  return Object.fromEntries(
    qs.map((q) => [q.id, { kind: 'choice' as const, optionIds: [q.options.find((o) => o.correct === right)!.id] }]),
  );
}

describe('final test attempts', () => {
  it('a double click starts one attempt, not two', async () => {
    const course = await makeCourse();
    const user = await makeLearner(course.id);
    const [a, b] = await Promise.all([
      startAttempt(user.id, course.slug, minutes(1)),
      startAttempt(user.id, course.slug, minutes(1)),
    ]);
    expect(a.attemptId).toBe(b.attemptId);
    const rows = await db().testAttempt.findMany({ where: { enrolment: { userId: user.id } } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ number: 1, questionIds: expect.any(Array) });
    expect(rows[0].questionIds).toHaveLength(4);
    expect(rows[0].deadlineAt).toEqual(minutes(11));
  });

  it('shows questions without the key and hides other people’s attempts', async () => {
    const course = await makeCourse();
    const user = await makeLearner(course.id);
    const other = await makeLearner(course.id);
    const { attemptId } = await startAttempt(user.id, course.slug, minutes(1));
    const taking = await attemptForTaking(user.id, course.slug, attemptId);
    expect(taking!.questions).toHaveLength(4);
    expect(JSON.stringify(taking)).not.toMatch(/correct|seed/);
    expect(await attemptForTaking(other.id, course.slug, attemptId)).toBeNull();
    expect(await attemptResult(other.id, course.slug, attemptId)).toBeNull();
    await expect(submitAttempt(other.id, attemptId, {}, minutes(2))).rejects.toBeInstanceOf(UserError);
  });

  it('scores on the server once: a second submit changes nothing', async () => {
    const course = await makeCourse();
    const user = await makeLearner(course.id);
    const { attemptId } = await startAttempt(user.id, course.slug, minutes(1));
    await submitAttempt(user.id, attemptId, await answersFor(attemptId, false), minutes(2));
    await submitAttempt(user.id, attemptId, await answersFor(attemptId, true), minutes(3));
    const row = await db().testAttempt.findUniqueOrThrow({ where: { id: attemptId } });
    expect(row).toMatchObject({ points: 0, maxPoints: 4, percent: 0, passed: false, submittedAt: minutes(2) });
    const result = await attemptResult(user.id, course.slug, attemptId);
    expect(result!.questions.every((q) => !q.correct && q.given.length === 1)).toBe(true);
  });

  it('rejects answer ids that do not belong to the attempt', async () => {
    const course = await makeCourse();
    const user = await makeLearner(course.id);
    const { attemptId } = await startAttempt(user.id, course.slug, minutes(1));
    const answers = await answersFor(attemptId, true);
    const [qid] = Object.keys(answers);
    await expect(
      submitAttempt(
        user.id,
        attemptId,
        { ...answers, [qid]: { kind: 'choice', optionIds: ['obca-opcja'] } },
        minutes(2),
      ),
    ).rejects.toThrow(/nie pasują/);
    await expect(
      submitAttempt(user.id, attemptId, { 'obce-pytanie': { kind: 'choice', optionIds: [] } }, minutes(2)),
    ).rejects.toBeInstanceOf(UserError);
    expect((await db().testAttempt.findUniqueOrThrow({ where: { id: attemptId } })).submittedAt).toBeNull();
  });

  it('does not count answers sent after the time limit', async () => {
    const course = await makeCourse({ timeLimitMinutes: 10 });
    const user = await makeLearner(course.id);
    const { attemptId } = await startAttempt(user.id, course.slug, minutes(0));
    await submitAttempt(user.id, attemptId, await answersFor(attemptId, true), minutes(10.5));
    const late = await attemptResult(user.id, course.slug, attemptId);
    expect(late!.attempt).toMatchObject({ percent: 0, passed: false, late: 'time-limit-passed' });

    const second = await startAttempt(user.id, course.slug, minutes(20));
    expect(second.attemptId).not.toBe(attemptId);
    await submitAttempt(user.id, second.attemptId, await answersFor(second.attemptId, true), minutes(29));
    expect(await db().testAttempt.findUniqueOrThrow({ where: { id: second.attemptId } })).toMatchObject({
      number: 2,
      percent: 100,
      passed: true,
    });
  });

  it('treats an expired unsubmitted attempt as used and stops at maxAttempts', async () => {
    const course = await makeCourse({ maxAttempts: 2, timeLimitMinutes: 5 });
    const user = await makeLearner(course.id);
    const first = await startAttempt(user.id, course.slug, minutes(0));
    expect((await startAttempt(user.id, course.slug, minutes(3))).attemptId).toBe(first.attemptId); // still open: resumed
    const second = await startAttempt(user.id, course.slug, minutes(6)); // first expired unanswered
    expect(second.attemptId).not.toBe(first.attemptId);
    await submitAttempt(user.id, second.attemptId, {}, minutes(7));
    await expect(startAttempt(user.id, course.slug, minutes(8))).rejects.toThrow(/Wykorzystano wszystkie podejścia/);
  });

  it('refuses a new attempt once passed', async () => {
    const course = await makeCourse({ timeLimitMinutes: null });
    const user = await makeLearner(course.id);
    const { attemptId } = await startAttempt(user.id, course.slug, minutes(0));
    await submitAttempt(user.id, attemptId, await answersFor(attemptId, true), minutes(1));
    await expect(startAttempt(user.id, course.slug, minutes(2))).rejects.toThrow(/już zaliczony/);
  });
});

describe('progress', () => {
  it('marks a lesson done once however often it is clicked and remembers where to resume', async () => {
    const course = await makeCourse();
    const user = await makeLearner(course.id);
    const [l1, l2] = course.modules[0].lessons;
    const results = await Promise.all([
      markLessonDone(user.id, course.slug, l1.id, minutes(1)),
      markLessonDone(user.id, course.slug, l1.id, minutes(1)),
    ]);
    expect(results[0].next?.id).toBe(l2.id);
    expect(await db().lessonProgress.count({ where: { lessonId: l1.id } })).toBe(1);
    const [mine] = await listMyCourses(user.id, minutes(2));
    expect(mine).toMatchObject({ done: 1, total: 2, percent: 50, state: 'active' });
    const access = await courseAccess(user.id, course.slug, minutes(2));
    expect(access.kind === 'active' && access.enrolment.lastLessonId).toBe(l1.id);
  });

  it('refuses a lesson of another course', async () => {
    const a = await makeCourse();
    const b = await makeCourse();
    const user = await makeLearner(a.id);
    await expect(markLessonDone(user.id, a.slug, b.modules[0].lessons[0].id, minutes(1))).rejects.toBeInstanceOf(
      UserError,
    );
  });
});

describe('access that has ended', () => {
  it('locks lessons and new attempts, lets a timed attempt started before the end finish, and keeps the certificate', async () => {
    const course = await makeCourse({ timeLimitMinutes: 30 });
    const user = await makeLearner(course.id);
    const enrolment = await db().enrolment.findFirstOrThrow({ where: { userId: user.id } });
    const end = enrolment.endsAt!;
    const before = new Date(end.getTime() - 5 * 60_000);
    const after = new Date(end.getTime() + 10 * 60_000);

    const { attemptId } = await startAttempt(user.id, course.slug, before);
    await submitAttempt(user.id, attemptId, await answersFor(attemptId, true), after); // within its 30 minutes
    expect((await db().testAttempt.findUniqueOrThrow({ where: { id: attemptId } })).passed).toBe(true);

    expect((await courseAccess(user.id, course.slug, after)).kind).toBe('ended');
    await expect(markLessonDone(user.id, course.slug, course.modules[0].lessons[0].id, after)).rejects.toThrow(
      /nie jest aktywny/,
    );
    await expect(startAttempt(user.id, course.slug, after)).rejects.toThrow(/nie jest aktywny/);
    const cert = await issueCertificate(user.id, course.slug, after);
    expect(cert).toMatchObject({ fullName: 'Józef Łęcki', courseTitle: course.title, scorePercent: 100 });
  });

  it('gives a learner without an enrolment the "none" state, not an error', async () => {
    const course = await makeCourse();
    const stranger = await db().user.create({
      data: { email: `s${++seq}@example.pl`, firstName: 'A', lastName: 'B', passwordHash: 'x' },
    });
    expect((await courseAccess(stranger.id, course.slug)).kind).toBe('none');
    expect((await courseAccess(stranger.id, 'nie-ma-takiego')).kind).toBe('no-course');
  });
});

describe('certificates', () => {
  it('are issued only after passing, once, with a valid number that the public page confirms', async () => {
    const course = await makeCourse({ timeLimitMinutes: null });
    const user = await makeLearner(course.id);
    const other = await makeLearner(course.id);
    await expect(issueCertificate(user.id, course.slug, minutes(1))).rejects.toThrow(/po zaliczeniu/);

    const { attemptId } = await startAttempt(user.id, course.slug, minutes(1));
    await submitAttempt(user.id, attemptId, await answersFor(attemptId, true), minutes(2));
    const [a, b] = await Promise.all([
      issueCertificate(user.id, course.slug, minutes(3)),
      issueCertificate(user.id, course.slug, minutes(3)),
    ]);
    expect(a!.number).toBe(b!.number);
    expect(isValidCertificateNumber(a!.number)).toBe(true);
    expect(await db().certificate.count({ where: { enrolment: { userId: user.id } } })).toBe(1);
    expect((await issueCertificate(user.id, course.slug, minutes(60)))!.issuedAt).toEqual(minutes(3)); // the stored one, unchanged

    await expect(issueCertificate(other.id, course.slug, minutes(3))).rejects.toBeInstanceOf(UserError);
    const stranger = await db().user.create({
      data: { email: `x${++seq}@example.pl`, firstName: 'A', lastName: 'B', passwordHash: 'x' },
    });
    expect(await issueCertificate(stranger.id, course.slug)).toBeNull();

    expect(await verifyCertificate(a!.number.toLowerCase().replace(/-/g, ' '))).toEqual({
      status: 'genuine',
      number: a!.number,
      fullName: 'Józef Łęcki',
      courseTitle: course.title,
      issuedAt: minutes(3),
    });
    expect(await verifyCertificate('PL-0000-0000-0000')).toMatchObject({
      status: expect.stringMatching(/unknown|malformed/),
    });
    expect(await verifyCertificate('nonsens')).toEqual({ status: 'malformed' });
  });
});
