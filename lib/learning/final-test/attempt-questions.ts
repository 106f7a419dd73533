// The questions of one attempt, loaded two ways: for the browser (no key is even selected) and
// for scoring (with the key). Both keep the attempt's stored order and skip deleted questions.
import { db } from '@/lib/db/client';
import type { TakingQuestion } from '@/lib/learning/questions/config';
import type { ScorableRow } from '@/lib/learning/questions/scoring';
import { takingQuestion } from '@/lib/learning/questions/taking';

type Attempt = { seed: string; questionIds: readonly string[] };

function inOrder<T extends { id: string }>(ids: readonly string[], rows: readonly T[]): T[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export async function takingQuestionsOf(courseId: string, attempt: Attempt): Promise<TakingQuestion[]> {
  const rows = await db().question.findMany({
    where: { id: { in: [...attempt.questionIds] }, courseId },
    select: {
      id: true,
      kind: true,
      text: true,
      points: true,
      config: true,
      options: { orderBy: { position: 'asc' }, select: { id: true, text: true } },
      media: { select: { id: true, mimeType: true, fileName: true } },
    },
  });
  return inOrder(attempt.questionIds, rows).map((r) => takingQuestion(r, attempt.seed));
}

export type KeyedQuestion = Omit<ScorableRow, 'options'> & {
  text: string;
  options: { id: string; text: string; correct: boolean }[];
};

/** With the key: only for scoring and for a result page of a course that shows answers. */
export async function keyedQuestionsOf(courseId: string, questionIds: readonly string[]): Promise<KeyedQuestion[]> {
  const rows = await db().question.findMany({
    where: { id: { in: [...questionIds] }, courseId },
    select: {
      id: true,
      kind: true,
      text: true,
      points: true,
      config: true,
      options: { orderBy: { position: 'asc' }, select: { id: true, text: true, correct: true } },
    },
  });
  return inOrder(questionIds, rows);
}
