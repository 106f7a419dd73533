import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { panelScope } from '@/lib/language/panel/scope';
import { languageRoster } from '@/lib/language/panel/roster';
import { certificateRequests, levelTestResults, placementResults } from '@/lib/language/panel/results';
import { makeContract, RAZEM } from './billing-run-fixtures';

let n = 0;
const unique = (p: string) => `${p}${Date.now()}${++n}`;
const AT = new Date('2026-11-20T10:00:00Z');

/** A programme with levels A1 (3 lessons) and A2 (2 lessons), each its own course. */
async function school() {
  const category = await db().category.create({ data: { slug: unique('c'), name: 'Języki' } });
  const course = (cefr: string, lessons: number) =>
    db().course.create({
      data: {
        slug: unique(`polski-${cefr}-`),
        title: `Polski ${cefr}`,
        summary: '',
        description: '',
        categoryId: category.id,
        priceGross: 0,
        published: false,
        passMarkPercent: 65,
        modules: {
          create: {
            position: 1,
            title: 'Moduł',
            lessons: {
              create: Array.from({ length: lessons }, (_, i) => ({ position: i + 1, title: `L${i}`, body: '' })),
            },
          },
        },
      },
      select: { id: true, modules: { select: { lessons: { select: { id: true } } } } },
    });
  const [a1, a2] = [await course('a1', 3), await course('a2', 2)];
  const programme = await db().languageProgramme.create({
    data: {
      slug: unique('polski-'),
      title: 'Polski dla obcokrajowców',
      levels: {
        create: [
          { position: 1, cefr: 'A1', title: 'Początkujący', courseId: a1.id },
          { position: 2, cefr: 'A2', title: 'Podstawowy', courseId: a2.id },
        ],
      },
    },
    select: { id: true, slug: true, levels: { select: { id: true, cefr: true } } },
  });
  return { programme, a1, a2 };
}

async function learner(programmeId: string, firstName: string, startCefr = 'A1') {
  const user = await db().user.create({
    data: { email: `${unique('l')}@example.com`, firstName, lastName: 'Test', passwordHash: 'x' },
    select: { id: true },
  });
  await db().languageLearner.create({
    data: { userId: user.id, programmeId, birthDate: new Date('1990-01-01'), startCefr },
  });
  return user;
}

describe('the language panel', () => {
  it('lists learners under their current level with contract, lessons done and the latest level test', async () => {
    const { programme, a1, a2 } = await school();
    const maria = await learner(programme.id, 'Maria');
    const ivan = await learner(programme.id, 'Ivan');
    const nowy = await learner(programme.id, 'Nowy', 'A2');
    const contract = await makeContract({
      policy: RAZEM,
      payerId: maria.id,
      status: 'ACTIVE',
      signedAt: AT,
      charges: [],
    });
    await db().languageLearner.updateMany({ where: { userId: maria.id }, data: { contractId: contract.id } });
    // Maria: all of A1 done, the A1 test failed then passed, now on A2 with one lesson done.
    const e1 = await db().enrolment.create({
      data: { userId: maria.id, courseId: a1.id, startsAt: AT, contractId: contract.id },
    });
    for (const l of a1.modules[0].lessons)
      await db().lessonProgress.create({ data: { enrolmentId: e1.id, lessonId: l.id, completedAt: AT } });
    const attempt = (number: number, percent: number, passed: boolean, minutes: number) =>
      db().testAttempt.create({
        data: {
          enrolmentId: e1.id,
          number,
          seed: 's',
          questionIds: [],
          startedAt: AT,
          submittedAt: new Date(AT.getTime() + minutes * 60_000),
          points: Math.round(percent / 5),
          maxPoints: 20,
          scoredPoints: percent / 5,
          percent,
          passed,
        },
      });
    await attempt(1, 64.9, false, 10);
    await attempt(2, 80, true, 20);
    const e2 = await db().enrolment.create({
      data: { userId: maria.id, courseId: a2.id, startsAt: AT, contractId: contract.id },
    });
    await db().lessonProgress.create({
      data: { enrolmentId: e2.id, lessonId: a2.modules[0].lessons[0].id, completedAt: AT },
    });
    await db().enrolment.create({ data: { userId: ivan.id, courseId: a1.id, startsAt: AT } });

    const scope = (await panelScope(programme.slug))!;
    expect(scope.levels.map((l) => [l.cefr, l.passMark])).toEqual([
      ['A1', 65],
      ['A2', 65],
    ]);
    const roster = await languageRoster(scope, {});
    const rows = (cefr: string) => roster.find((g) => g.level.cefr === cefr)!.rows;
    expect(rows('A1').map((r) => [r.name, r.lessonsDone, r.lessons, r.contract, r.lastTest])).toEqual([
      ['Ivan Test', 0, 3, null, null],
    ]);
    expect(rows('A2').map((r) => r.name)).toEqual(['Maria Test', 'Nowy Test']);
    expect(rows('A2')[0]).toMatchObject({
      cefr: 'A2',
      lessonsDone: 1,
      lessons: 2,
      contract: { number: contract.number, status: 'ACTIVE' },
      lastTest: { cefr: 'A1', percent: 80, passed: true },
    });
    expect((await languageRoster(scope, { cefr: 'A1' })).map((g) => g.level.cefr)).toEqual(['A1']);
    expect((await languageRoster(scope, { q: 'mar' })).flatMap((g) => g.rows.map((r) => r.userId))).toEqual([maria.id]);

    const tests = await levelTestResults(scope, {});
    expect(tests.map((t) => [t.learner, t.cefr, t.number, t.percent, t.passed])).toEqual([
      ['Maria Test', 'A1', 2, 80, true],
      ['Maria Test', 'A1', 1, 64.9, false],
    ]);
    expect((await levelTestResults(scope, { result: 'failed' })).map((t) => t.number)).toEqual([1]);
    expect(await levelTestResults(scope, { cefr: 'A2' })).toEqual([]);
    expect(nowy).toBeTruthy();
  });

  it('shows submitted placement tests with their bands and the learner who signed up with one', async () => {
    const { programme } = await school();
    const bands = [
      { cefr: 'A1', scored: 4, max: 4 },
      { cefr: 'A2', scored: 1.5, max: 4 },
    ];
    const placement = (token: string, submitted: boolean, recommendedCefr: string | null) =>
      db().placementAttempt.create({
        data: {
          programmeId: programme.id,
          tokenHash: unique(token),
          questionIds: [],
          startedAt: AT,
          deadlineAt: new Date(AT.getTime() + 30 * 60_000),
          submittedAt: submitted ? new Date(AT.getTime() + 600_000) : null,
          bandScores: submitted ? bands : undefined,
          recommendedCefr,
        },
      });
    const signedUp = await placement('a', true, 'A2');
    await placement('b', true, 'A1');
    await placement('c', false, null);
    const maria = await learner(programme.id, 'Maria', 'A2');
    await db().languageLearner.updateMany({ where: { userId: maria.id }, data: { placementId: signedUp.id } });
    const scope = (await panelScope(programme.slug))!;
    const rows = await placementResults(scope, {});
    expect(rows).toHaveLength(2);
    expect(rows.find((r) => r.id === signedUp.id)).toMatchObject({
      recommendedCefr: 'A2',
      bands,
      learners: ['Maria Test'],
    });
    expect((await placementResults(scope, { cefr: 'A1' })).map((r) => r.recommendedCefr)).toEqual(['A1']);
  });

  it('shows certificate requests: issued with the number, refused with the reasons', async () => {
    const { programme } = await school();
    const maria = await learner(programme.id, 'Maria');
    const [a1] = programme.levels.filter((l) => l.cefr === 'A1');
    await db().levelCertificateRequest.create({
      data: { userId: maria.id, levelId: a1.id, status: 'REFUSED', reasons: ['some.reason.key'], requestedAt: AT },
    });
    const scope = (await panelScope(programme.slug))!;
    const rows = await certificateRequests(scope, {});
    expect(rows.map((r) => [r.learner, r.cefr, r.status, r.reasons, r.certificateNumber])).toEqual([
      ['Maria Test', 'A1', 'REFUSED', ['some.reason.key'], null],
    ]);
    expect(await certificateRequests(scope, { status: 'ISSUED' })).toEqual([]);
  });
});
