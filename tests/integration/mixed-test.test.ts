// A final test with every question kind, from start to result: bank rules, lessons first, the
// form the browser sends, partial credit stored exactly, a second submit ignored, the wait after
// a failed attempt, and the key shown only after submission in a course that shows answers.
import { describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/client';
import { grantEnrolment } from '@/lib/settlement/grants';
import { attemptForTaking, startAttempt } from '@/lib/learning/final-test/attempts';
import { submitAttemptForm, type StoredAnswers } from '@/lib/learning/final-test/submit-attempt';
import { resultPage } from '@/lib/learning/final-test/result-page';
import { testHomePage } from '@/lib/learning/final-test/test-page';
import { markLessonDone } from '@/lib/learning/progress';
import { answerField } from '@/lib/learning/questions/answers';
import type { TakingQuestion } from '@/lib/learning/questions/config';

vi.mock('@/lib/jobs/queues', () => ({ dispatchEmails: async () => {}, enqueueMany: async () => {} }));

const T0 = new Date('2026-03-02T09:00:00Z');
const minutes = (n: number) => new Date(T0.getTime() + n * 60_000);
let seq = 0;

const QUESTIONS = [
  {
    kind: 'SINGLE',
    category: 'A',
    points: 1,
    text: 'Jedna',
    options: [
      ['2', true],
      ['3', false],
    ],
  },
  {
    kind: 'MULTIPLE',
    category: 'A',
    points: 3,
    text: 'Wiele',
    config: { partialCredit: true },
    options: [
      ['a', true],
      ['b', true],
      ['c', true],
      ['d', false],
    ],
  },
  { kind: 'TRUE_FALSE', category: 'A', points: 1, text: 'PF', config: { answer: true } },
  {
    kind: 'SHORT_ANSWER',
    category: 'B',
    points: 2,
    text: 'Krótka',
    config: { accepted: ['wierzchołek'], ignoreDiacritics: true },
  },
  {
    kind: 'GAP_FILL',
    category: 'B',
    points: 2,
    text: 'Jest [[1]], zero w [[2]].',
    config: { gaps: [{ accepted: ['rosnąca'], choices: ['rosnąca', 'malejąca'] }, { accepted: ['-2'] }] },
  },
  {
    kind: 'MATCHING',
    category: 'B',
    points: 3,
    text: 'Dopasuj',
    config: {
      pairs: [
        { leftId: 'aaaa1', left: 'x²', rightId: 'rrrr1', right: 'parabola' },
        { leftId: 'aaaa2', left: 'x', rightId: 'rrrr2', right: 'prosta' },
        { leftId: 'aaaa3', left: '1/x', rightId: 'rrrr3', right: 'hiperbola' },
      ],
      distractors: [{ id: 'dddd1', text: 'okrąg' }],
    },
  },
  {
    kind: 'ORDERING',
    category: 'C',
    points: 2,
    text: 'Kolejność',
    config: {
      items: [
        { id: 'iiii1', text: '1' },
        { id: 'iiii2', text: '2' },
      ],
    },
  },
  { kind: 'NUMERIC', category: 'C', points: 2, text: 'Liczba', config: { value: 3.5, tolerance: 0.01, unit: 'cm' } },
  // Not drawn: category D has no rule.
  {
    kind: 'SINGLE',
    category: 'D',
    points: 1,
    text: 'Poza pulą',
    options: [
      ['x', true],
      ['y', false],
    ],
  },
] as const;

async function makeCourse(opts: { retakeDelayHours?: number } = {}) {
  const n = ++seq;
  const category = await db().category.upsert({
    where: { slug: 'test' },
    create: { slug: 'test', name: 'Test' },
    update: {},
  });
  return db().course.create({
    data: {
      slug: `mieszany-${n}`,
      title: `Mieszany ${n}`,
      summary: 's',
      description: 'd',
      categoryId: category.id,
      priceGross: 100,
      accessMonths: 2,
      testQuestionCount: 2, // ignored: the rules decide
      passMarkPercent: 60,
      maxAttempts: 3,
      timeLimitMinutes: null,
      testRequiresLessons: true,
      testShowsAnswers: true,
      retakeDelayHours: opts.retakeDelayHours ?? 0,
      modules: {
        create: [
          {
            position: 1,
            title: 'M',
            lessons: {
              create: [
                { position: 1, title: 'L1', body: 'a' },
                { position: 2, title: 'L2', body: 'b' },
              ],
            },
          },
        ],
      },
      bankRules: {
        create: [
          { category: 'A', count: 3 },
          { category: 'B', count: 3 },
          { category: 'C', count: 5 },
        ],
      },
      questions: {
        create: QUESTIONS.map((q, i) => ({
          kind: q.kind,
          category: q.category,
          points: q.points,
          text: q.text,
          position: i,
          config: 'config' in q ? q.config : undefined,
          options:
            'options' in q
              ? { create: q.options.map(([text, correct], j) => ({ text, correct, position: j })) }
              : undefined,
        })),
      },
    },
    select: { id: true, slug: true, modules: { select: { lessons: { select: { id: true } } } } },
  });
}

async function makeLearner(courseId: string) {
  const user = await db().user.create({
    data: { email: `m${++seq}@example.pl`, firstName: 'Ala', lastName: 'Żak', passwordHash: 'x' },
  });
  await db().$transaction((tx) => grantEnrolment(tx, { userId: user.id, courseId, accessMonths: 2, now: T0 }));
  return user;
}

/** The form as the browser would send it: some right, some partly right, one left empty. */
async function partlyRightForm(questions: TakingQuestion[]) {
  const rows = await db().question.findMany({
    where: { id: { in: questions.map((q) => q.id) } },
    select: { id: true, text: true, options: { select: { id: true, text: true } } },
  });
  const idOf = (text: string) => rows.find((r) => r.text === text)!;
  const opt = (text: string, option: string) => idOf(text).options.find((o) => o.text === option)!.id;
  const f = new FormData();
  f.append('attemptId', 'x');
  f.append(answerField.main(idOf('Jedna').id), opt('Jedna', '2')); // 1 of 1
  f.append(answerField.main(idOf('Wiele').id), opt('Wiele', 'a')); // (2 − 1)/3 of 3 = 1
  f.append(answerField.main(idOf('Wiele').id), opt('Wiele', 'b'));
  f.append(answerField.main(idOf('Wiele').id), opt('Wiele', 'd'));
  f.append(answerField.main(idOf('PF').id), 'true'); // 1 of 1
  f.append(answerField.main(idOf('Krótka').id), ' Wierzcholek '); // 2 of 2
  f.append(answerField.gap(idOf('Jest [[1]], zero w [[2]].').id, 0), 'rosnąca'); // 1 of 2
  f.append(answerField.gap(idOf('Jest [[1]], zero w [[2]].').id, 1), '2');
  const m = idOf('Dopasuj').id;
  f.append(answerField.pair(m, 'aaaa1'), 'rrrr1'); // 2 of 3
  f.append(answerField.pair(m, 'aaaa2'), 'rrrr2');
  f.append(answerField.pair(m, 'aaaa3'), 'dddd1');
  f.append(answerField.order(idOf('Kolejność').id), 'iiii1,iiii2'); // 2 of 2
  // "Liczba" left unanswered: 0 of 2
  return f;
}

describe('a mixed final test', () => {
  it('opens after the lessons, draws by the rules, scores every kind with partial credit and stores it exactly', async () => {
    const course = await makeCourse();
    const user = await makeLearner(course.id);
    await expect(startAttempt(user.id, course.slug, minutes(1))).rejects.toThrow(/Zostało 2 lekcje/);
    const home = await testHomePage(user.id, course.slug, minutes(1));
    expect(home.kind === 'open' && home.lock).toMatch(/ukończ wszystkie lekcje \(zostało 2 z 2\)/);
    expect(home.kind === 'open' && home.rules[0]).toMatch(/8 pytań/);
    for (const l of course.modules[0].lessons) await markLessonDone(user.id, course.slug, l.id, minutes(2));

    const { attemptId } = await startAttempt(user.id, course.slug, minutes(3));
    const taking = (await attemptForTaking(user.id, course.slug, attemptId, minutes(3)))!;
    expect(taking.questions.map((q) => q.text).sort()).toEqual(
      QUESTIONS.slice(0, 8)
        .map((q) => q.text)
        .sort(),
    );
    const json = JSON.stringify(taking);
    for (const secret of ['correct', 'accepted', 'rightId', 'answer', 'tolerance', '3.5', 'seed'])
      expect(json).not.toContain(secret);

    // Before submission the result shows no key.
    expect((await resultPage(user.id, course.slug, attemptId, minutes(4)))!.questions).toEqual([]);

    await submitAttemptForm(user.id, attemptId, await partlyRightForm(taking.questions), minutes(5));
    const row = await db().testAttempt.findUniqueOrThrow({ where: { id: attemptId } });
    // 1 + 1 + 1 + 2 + 1 + 2 + 2 + 0 = 10 of 16
    expect(row).toMatchObject({
      scoredPoints: 10,
      points: 10,
      maxPoints: 16,
      percent: 62.5,
      passed: true,
      submittedAt: minutes(5),
    });
    const stored = row.answers as StoredAnswers;
    const byText = async (text: string) => {
      const q = await db().question.findFirstOrThrow({ where: { courseId: course.id, text } });
      return stored.results!.find((r) => r.questionId === q.id)!;
    };
    expect(await byText('Wiele')).toMatchObject({ points: 1, max: 3, correct: false });
    expect(await byText('Dopasuj')).toMatchObject({ points: 2, max: 3, correct: false });
    expect(await byText('Jest [[1]], zero w [[2]].')).toMatchObject({ points: 1, max: 2 });
    expect(await byText('Liczba')).toMatchObject({ points: 0, max: 2, answered: false });

    // A second submit (another tab) changes nothing.
    await submitAttemptForm(user.id, attemptId, new FormData(), minutes(6));
    expect(await db().testAttempt.findUniqueOrThrow({ where: { id: attemptId } })).toMatchObject({
      scoredPoints: 10,
      submittedAt: minutes(5),
    });

    const page = (await resultPage(user.id, course.slug, attemptId, minutes(7)))!;
    expect(page.scoreLine).toBe('10 z 16 punktów (62,5 %)');
    const matching = page.questions.find((q) => q.kind === 'MATCHING')!;
    expect(matching).toMatchObject({ pointsLine: '2 z 3 pkt', partly: true });
    expect(matching.given).toEqual(['x² → parabola', 'x → prosta', '1/x → okrąg']);
    expect(matching.expected).toEqual(['x² → parabola', 'x → prosta', '1/x → hiperbola']);
    expect(page.questions.find((q) => q.kind === 'NUMERIC')!.expected).toEqual(['3,5 ± 0,01 cm']);
  });

  it('makes a learner who failed wait the retake delay and says until when', async () => {
    const course = await makeCourse({ retakeDelayHours: 24 });
    const user = await makeLearner(course.id);
    for (const l of course.modules[0].lessons) await markLessonDone(user.id, course.slug, l.id, minutes(1));
    const { attemptId } = await startAttempt(user.id, course.slug, minutes(2));
    await submitAttemptForm(user.id, attemptId, new FormData(), minutes(3));
    const page = (await resultPage(user.id, course.slug, attemptId, minutes(4)))!;
    expect(page.nextSteps).toEqual(['Zostały Ci 2 podejścia.', 'Kolejne podejście będzie możliwe 3 marca 2026 10:03.']);
    await expect(startAttempt(user.id, course.slug, minutes(60))).rejects.toThrow(/możliwe 3 marca 2026 10:03/);
    const next = await startAttempt(user.id, course.slug, minutes(24 * 60 + 3));
    expect(next.attemptId).not.toBe(attemptId);
  });

  it('does not show the key in a course that keeps it', async () => {
    const course = await makeCourse();
    await db().course.update({
      where: { id: course.id },
      data: { testShowsAnswers: false, testRequiresLessons: false },
    });
    const user = await makeLearner(course.id);
    const { attemptId } = await startAttempt(user.id, course.slug, minutes(1));
    await submitAttemptForm(user.id, attemptId, new FormData(), minutes(2));
    const page = (await resultPage(user.id, course.slug, attemptId, minutes(3)))!;
    expect(page.questions.every((q) => q.expected === null)).toBe(true);
    expect(JSON.stringify(page)).not.toContain('hiperbola');
  });
});
