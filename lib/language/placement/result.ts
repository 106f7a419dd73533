// The visitor's placement result, read by the token in their cookie: the result page and the
// sign-up (/jezyk-polski/zapisy, H2) both start from it. Null for no token, an unknown one or an
// attempt not sent yet.
import { z } from 'zod';
import type { BandScore } from '@/lib/language/rules/placement';
import { placementAttemptOf } from './attempt';

export type { BandScore };
export type PlacementResult = {
  attemptId: string;
  programmeId: string;
  recommendedCefr: string;
  bands: BandScore[];
  submittedAt: Date;
};

const storedBands = z.array(z.object({ cefr: z.string(), scored: z.number(), max: z.number() }));

export async function placementOfToken(token: string | undefined): Promise<PlacementResult | null> {
  const found = await placementAttemptOf(token);
  const a = found?.attempt;
  if (!a?.submittedAt || !a.recommendedCefr) return null;
  return {
    attemptId: a.id,
    programmeId: a.programmeId,
    recommendedCefr: a.recommendedCefr,
    bands: storedBands.parse(a.bandScores ?? []),
    submittedAt: a.submittedAt,
  };
}
