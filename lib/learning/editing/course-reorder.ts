// Moves a module within its course, or a lesson within its module, one place up or down: the
// siblings are read in the order learners see them and renumbered in one transaction.
import { db, type Tx } from '@/lib/db/client';
import { UserError } from '@/lib/errors';
import { moveInOrder, renumber, type Direction } from './rules/reorder';

type Row = { id: string; position: number };

async function apply(rows: Row[], id: string, direction: Direction, write: (r: Row) => Promise<unknown>) {
  const order = moveInOrder(
    rows.map((r) => r.id),
    id,
    direction,
  );
  if (!order) throw new UserError('learning.editing.cannotMove');
  for (const r of renumber(order, new Map(rows.map((r) => [r.id, r.position])))) await write(r);
}

const ordered = [{ position: 'asc' as const }, { id: 'asc' as const }];

export async function moveModule(courseId: string, moduleId: string, direction: Direction): Promise<void> {
  await db().$transaction(async (tx: Tx) => {
    const rows = await tx.courseModule.findMany({
      where: { courseId },
      orderBy: ordered,
      select: { id: true, position: true },
    });
    if (!rows.some((r) => r.id === moduleId)) throw new UserError('learning.editing.moduleMissing');
    await apply(rows, moduleId, direction, (r) =>
      tx.courseModule.update({ where: { id: r.id }, data: { position: r.position } }),
    );
  });
}

export async function moveLesson(courseId: string, lessonId: string, direction: Direction): Promise<void> {
  await db().$transaction(async (tx: Tx) => {
    const lesson = await tx.lesson.findFirst({
      where: { id: lessonId, module: { courseId } },
      select: { moduleId: true },
    });
    if (!lesson) throw new UserError('learning.editing.lessonMissing');
    const rows = await tx.lesson.findMany({
      where: { moduleId: lesson.moduleId },
      orderBy: ordered,
      select: { id: true, position: true },
    });
    await apply(rows, lessonId, direction, (r) =>
      tx.lesson.update({ where: { id: r.id }, data: { position: r.position } }),
    );
  });
}
