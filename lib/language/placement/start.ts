// Starting a placement test without an account (B13): questions drawn per band by the placement
// course's TestBankRules, shown in band order (A1 first: difficulty rises), a deadline from the
// programme's minutes. A second press while the attempt is open resumes it rather than starting over.
import { randomBytes } from 'node:crypto';
import { currentTime } from '@/lib/clock/clock';
import { db } from '@/lib/db/client';
import { UserError } from '@/lib/errors';
import { drawQuestions } from '@/lib/learning/final-test/draw';
import { canSubmitPlacement, inBandOrder } from '@/lib/language/rules/placement';
import { placementAttemptOf, placementProgramme, type PlacementProgramme } from './attempt';
import { hashPlacementToken, newPlacementToken } from './token';

/** The questions of one attempt: per band its rule's count (every question of a band when the course has no rules). */
export async function drawPlacement(p: PlacementProgramme, seed: string): Promise<string[]> {
  if (!p.placementCourseId) return [];
  const [bank, rules] = await Promise.all([
    db().question.findMany({ where: { courseId: p.placementCourseId }, select: { id: true, category: true } }),
    db().testBankRule.findMany({ where: { courseId: p.placementCourseId }, select: { category: true, count: true } }),
  ]);
  const countOf = new Map(rules.map((r) => [r.category, r.count]));
  const drawn = p.bands.flatMap((cefr) => {
    const band = bank.filter((q) => q.category === cefr).map((q) => ({ ...q, options: [], keepOptionOrder: true }));
    const count = rules.length === 0 ? band.length : (countOf.get(cefr) ?? 0);
    return drawQuestions(band, count, `${seed}:${cefr}`);
  });
  return inBandOrder(drawn, p.bands).map((q) => q.id);
}

export async function startPlacement(
  currentToken: string | undefined,
  now = currentTime(),
): Promise<{ token: string; attemptId: string }> {
  const open = await placementAttemptOf(currentToken);
  if (open && currentToken && canSubmitPlacement(open.attempt, now).ok) {
    return { token: currentToken, attemptId: open.attempt.id };
  }
  const programme = await placementProgramme({ published: true });
  if (!programme) throw new UserError('languagePlacement.errors.noProgramme');
  // The attempt's id is also the seed its options are shuffled by (lib/learning/questions/taking.ts).
  const id = randomBytes(16).toString('base64url');
  const questionIds = await drawPlacement(programme, id);
  if (questionIds.length === 0) throw new UserError('languagePlacement.errors.noQuestions');
  const token = newPlacementToken();
  await db().placementAttempt.create({
    data: {
      id,
      programmeId: programme.id,
      tokenHash: hashPlacementToken(token),
      questionIds,
      startedAt: now,
      deadlineAt: new Date(now.getTime() + programme.placementMinutes * 60_000),
    },
  });
  return { token, attemptId: id };
}
