// Staff edits of a course's questions: the question row, its option rows and its config written in
// one transaction; reordering by swapping neighbours. Every query names the course, so an id from
// another course (or a forged form) changes nothing.
import { assertStillPublishable, factsIfPublished } from './publishing';
import type { Prisma } from '@/lib/db/generated/client';
import { db, type Tx } from '@/lib/db/client';
import { UserError } from '@/lib/errors';
import { OPTION_KINDS } from '@/lib/learning/questions/config';
import type { QuestionInput } from './question-schema';
import type { OptionRow } from './question-fields';

/** Image and audio types a question may carry (the files page accepts only these anyway). */
export const isQuestionMedia = (mimeType: string) => mimeType.startsWith('image/') || mimeType.startsWith('audio/');

export async function saveQuestion(input: QuestionInput): Promise<{ id: string }> {
  const { courseId, id, options, config, mediaId, ...fields } = input;
  return db().$transaction(async (tx) => {
    const before = await factsIfPublished(tx, courseId);
    if (mediaId) {
      const media = await tx.courseMedia.findFirst({ where: { id: mediaId, courseId }, select: { mimeType: true } });
      if (!media || !isQuestionMedia(media.mimeType))
        throw new UserError('errors.checkFields', { mediaId: 'panel.courses.questionEditor.errors.media' });
    }
    const data = { ...fields, mediaId, config: config as Prisma.InputJsonValue };
    let questionId: string;
    if (id) {
      const r = await tx.question.updateMany({ where: { id, courseId }, data });
      if (r.count === 0) throw new UserError('learning.editing.questionMissing');
      questionId = id;
    } else {
      const last = await tx.question.aggregate({ where: { courseId }, _max: { position: true } });
      const created = await tx.question.create({
        data: { courseId, ...data, position: (last._max.position ?? 0) + 1 },
        select: { id: true },
      });
      questionId = created.id;
    }
    await writeOptions(tx, questionId, OPTION_KINDS.includes(fields.kind) ? options : []);
    // Moving a question to another category may leave a published course's draw short: refused and undone.
    await assertStillPublishable(tx, courseId, before);
    return { id: questionId };
  });
}

/**
 * Options keep their row ids when edited (attempts store the ids they were shown); a row whose id
 * is not this question's is new; rows no longer in the form go.
 */
async function writeOptions(tx: Tx, questionId: string, options: OptionRow[]) {
  const existing = new Set(
    (await tx.questionOption.findMany({ where: { questionId }, select: { id: true } })).map((o) => o.id),
  );
  const kept = new Set<string>();
  for (const [i, o] of options.entries()) {
    const data = { text: o.text, correct: o.correct, position: i + 1 };
    if (o.id && existing.has(o.id) && !kept.has(o.id)) {
      kept.add(o.id);
      await tx.questionOption.update({ where: { id: o.id }, data });
    } else await tx.questionOption.create({ data: { questionId, ...data } });
  }
  const gone = [...existing].filter((x) => !kept.has(x));
  if (gone.length) await tx.questionOption.deleteMany({ where: { questionId, id: { in: gone } } });
}

/** Moves a question one place up or down: the list is renumbered 1..n in the new order in one transaction. */
export async function moveQuestion(courseId: string, id: string, direction: 'up' | 'down') {
  await db().$transaction(async (tx) => {
    const list = await tx.question.findMany({
      where: { courseId },
      orderBy: [{ position: 'asc' }, { id: 'asc' }],
      select: { id: true, position: true },
    });
    const at = list.findIndex((q) => q.id === id);
    if (at < 0) throw new UserError('learning.editing.questionMissing');
    const to = direction === 'up' ? at - 1 : at + 1;
    if (to < 0) throw new UserError('panel.courses.questionEditor.errors.notFirst');
    if (to >= list.length) throw new UserError('panel.courses.questionEditor.errors.notLast');
    [list[at], list[to]] = [list[to], list[at]];
    for (const [i, q] of list.entries())
      if (q.position !== i + 1) await tx.question.update({ where: { id: q.id }, data: { position: i + 1 } });
  });
}

/** Every question of a course with what the editor needs to show and edit it (keys included: staff only). */
export function questionsForEditor(courseId: string) {
  return db().question.findMany({
    where: { courseId },
    orderBy: [{ position: 'asc' }, { id: 'asc' }],
    select: {
      id: true,
      kind: true,
      text: true,
      points: true,
      category: true,
      config: true,
      mediaId: true,
      options: { orderBy: { position: 'asc' }, select: { id: true, text: true, correct: true } },
    },
  });
}
export type EditorQuestion = Awaited<ReturnType<typeof questionsForEditor>>[number];
