// The placement test's rules (razem §1.14, §5.4; B13): which level a visitor is recommended from
// their points per band, the order questions are shown in (rising difficulty), and whether an
// answer sheet may still be sent. Pure: the caller passes the bands, the questions and `now`.
import { percentOf } from '@/lib/learning/final-test/scoring';

export type BandScore = { cefr: string; scored: number; max: number };

/**
 * Whether a band is mastered: its points reach `bandPercent` % of its maximum. Compared on raw
 * points, never rounded up (59.99 % of a 60 % band is not mastered); partial credit is kept to
 * 4 decimals (lib/learning/questions/scoring.ts), so the comparison is done in whole units.
 */
export function bandMastered(band: BandScore, bandPercent: number): boolean {
  if (band.max <= 0) return true;
  const scored = Math.round(band.scored * 10_000);
  return scored * 100 >= bandPercent * band.max * 10_000;
}

/**
 * The recommended level: the first band (in the programme's order) the visitor has not mastered —
 * the level they still have to learn; every band mastered → the last one. Bands without questions
 * (max 0) tell nothing and are passed over. Null only when there are no bands at all.
 */
export function recommendLevel(bands: readonly BandScore[], bandPercent: number): string | null {
  const assessed = bands.filter((b) => b.max > 0);
  const first = assessed.find((b) => !bandMastered(b, bandPercent));
  return (first ?? assessed.at(-1) ?? bands.at(-1))?.cefr ?? null;
}

/** The drawn questions grouped by band in the programme's order (A1 first): difficulty rises. */
export function inBandOrder<Q extends { category: string }>(
  questions: readonly Q[],
  bandOrder: readonly string[],
): Q[] {
  const rank = new Map(bandOrder.map((cefr, i) => [cefr, i]));
  return questions
    .filter((q) => rank.has(q.category))
    .map((q, i) => ({ q, i }))
    .sort((a, b) => rank.get(a.q.category)! - rank.get(b.q.category)! || a.i - b.i)
    .map((x) => x.q);
}

/** Seconds after the deadline a sheet is still taken: the countdown sends it at zero over the network. */
export const PLACEMENT_GRACE_SECONDS = 10;

export type PlacementSubmitVerdict = { ok: true } | { ok: false; reason: 'alreadySubmitted' | 'timeUp' };

/** A sheet is taken once, and only until the deadline (plus the grace); else refused with the reason. */
export function canSubmitPlacement(
  attempt: { submittedAt: Date | null; deadlineAt: Date },
  now: Date,
  graceSeconds = PLACEMENT_GRACE_SECONDS,
): PlacementSubmitVerdict {
  if (attempt.submittedAt) return { ok: false, reason: 'alreadySubmitted' };
  if (now.getTime() > attempt.deadlineAt.getTime() + graceSeconds * 1000) return { ok: false, reason: 'timeUp' };
  return { ok: true };
}

/** The share of a band as a percent for people, floored to one decimal as test scores are. */
export function bandPercentOf(band: BandScore): number {
  return percentOf(band.scored, band.max);
}
