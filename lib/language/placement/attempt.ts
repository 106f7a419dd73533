// The placement attempt behind a token, with its programme's bands and settings: the one read that
// starting, taking, sending and the result all begin with.
import { db } from '@/lib/db/client';
import { hashPlacementToken, isPlacementToken } from './token';

export type PlacementProgramme = {
  id: string;
  slug: string;
  title: string;
  placementCourseId: string | null;
  placementMinutes: number;
  placementBandPercent: number;
  /** CEFR codes of the levels in the programme's order: the bands, easiest first. */
  bands: string[];
};

export async function placementProgramme(where: { id: string } | { published: true }) {
  const p = await db().languageProgramme.findFirst({
    where,
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: {
      id: true,
      slug: true,
      title: true,
      placementCourseId: true,
      placementMinutes: true,
      placementBandPercent: true,
      levels: { orderBy: { position: 'asc' }, select: { cefr: true } },
    },
  });
  if (!p) return null;
  const { levels, ...rest } = p;
  return { ...rest, bands: levels.map((l) => l.cefr) } satisfies PlacementProgramme;
}

export async function placementAttemptOf(token: string | undefined) {
  if (!isPlacementToken(token)) return null;
  const attempt = await db().placementAttempt.findUnique({
    where: { tokenHash: hashPlacementToken(token) },
    select: {
      id: true,
      programmeId: true,
      questionIds: true,
      startedAt: true,
      deadlineAt: true,
      submittedAt: true,
      bandScores: true,
      recommendedCefr: true,
    },
  });
  if (!attempt) return null;
  const programme = await placementProgramme({ id: attempt.programmeId });
  return programme ? { attempt, programme } : null;
}
