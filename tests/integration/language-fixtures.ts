// Builders for the language school's integration tests: a programme of level courses (template
// LANGUAGE_LEVEL, pass mark 65 %), a learner on a razem monthly contract enrolled in the first
// level through it, and level-test attempts written as a scored submission leaves them.
import { db } from '@/lib/db/client';
import { RAZEM, makeContract, makeOffer, makePayer, type ChargeSpec } from './billing-run-fixtures';

let seq = 0;
const next = () => `${process.pid}${++seq}${Math.floor(Math.random() * 1e6)}`;

export async function makeProgramme(cefrs = ['A1', 'A2', 'B1']) {
  const n = next();
  const category = await db().category.upsert({
    where: { slug: 'jezyki' },
    create: { slug: 'jezyki', name: 'Języki' },
    update: {},
  });
  const programme = await db().languageProgramme.create({
    data: { slug: `polski-${n}`, title: 'Polski dla obcokrajowców', minAge: 18 },
    select: { id: true },
  });
  const levels = [];
  for (const [i, cefr] of cefrs.entries()) {
    const course = await db().course.create({
      data: {
        slug: `polski-${cefr.toLowerCase()}-${n}`,
        title: `Polski ${cefr}`,
        summary: 's',
        description: 'd',
        categoryId: category.id,
        priceGross: 0,
        published: false,
        passMarkPercent: 65,
        retakeDelayHours: 168,
        certificateTemplate: 'LANGUAGE_LEVEL',
      },
      select: { id: true, slug: true },
    });
    const level = await db().languageLevel.create({
      data: {
        programmeId: programme.id,
        position: i + 1,
        cefr,
        title: `Poziom ${cefr}`,
        courseId: course.id,
        hours: 60,
      },
      select: { id: true, cefr: true, courseId: true },
    });
    levels.push({ ...level, slug: course.slug });
  }
  return { id: programme.id, levels };
}

/** A learner paying razem monthly for the first level, enrolled in it through the contract. */
export async function makeLearner(
  programme: Awaited<ReturnType<typeof makeProgramme>>,
  charges: ChargeSpec[],
  signedAt: Date,
  paidThrough?: string,
) {
  const user = await makePayer('Maria');
  const first = programme.levels[0]!;
  const offer = await makeOffer(RAZEM, { courseId: first.courseId });
  const contract = await makeContract({
    policy: RAZEM,
    offerId: offer.id,
    payerId: user.id,
    status: 'ACTIVE',
    signedAt,
    charges,
    paidThrough,
  });
  await db().enrolment.create({
    data: { userId: user.id, courseId: first.courseId, startsAt: signedAt, contractId: contract.id },
  });
  await db().languageLearner.create({
    data: {
      userId: user.id,
      programmeId: programme.id,
      birthDate: new Date('1990-05-01T00:00:00Z'),
      startCefr: first.cefr,
      contractId: contract.id,
    },
  });
  return { user: { id: user.id, roles: ['LEARNER' as const] }, contract };
}

/** A submitted level-test attempt with its score, as scoring stores it. */
export async function sitTest(userId: string, courseId: string, percent: number, submittedAt: Date, passed: boolean) {
  const e = await db().enrolment.findUniqueOrThrow({ where: { userId_courseId: { userId, courseId } } });
  const number = (await db().testAttempt.count({ where: { enrolmentId: e.id } })) + 1;
  return db().testAttempt.create({
    data: {
      enrolmentId: e.id,
      number,
      seed: 's',
      questionIds: [],
      startedAt: new Date(submittedAt.getTime() - 600_000),
      submittedAt,
      points: Math.round(percent),
      maxPoints: 100,
      scoredPoints: percent,
      percent,
      passed,
    },
    select: { id: true },
  });
}
