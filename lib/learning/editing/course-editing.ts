// Staff edits of course content. Every write names the course in its where clause, so an id
// from another course (or a forged form) changes nothing.
import { withNewFile } from '@/lib/storage';
import { db, type Tx } from '@/lib/db/client';
import { recordAudit } from '@/lib/audit';
import { isUniqueViolation, UserError } from '@/lib/errors';
import type { CourseInput } from './course-schemas';
import { MAX_ATTACHMENT_BYTES } from '@/lib/learning/attachments';
import { assertPublishable, assertStillPublishable } from './publishing';

export async function saveCourse(input: CourseInput, staffId: string | null = null): Promise<{ id: string }> {
  const { id, price, ...rest } = input;
  const data = { ...rest, priceGross: price, groupInstruction: rest.groupInstruction ?? null };
  try {
    return await db().$transaction(async (tx) => {
      if (id) {
        const before = await tx.course.findUnique({ where: { id }, select: { published: true, priceGross: true } });
        const course = await tx.course.update({ where: { id }, data, select: { id: true } });
        // Checked after the write so a lowered question count or a new draw counts as saved.
        if (data.published) await assertPublishable(tx, id);
        if (before) await auditCourse(tx, staffId, id, before, { published: data.published, priceGross: price });
        return course;
      }
      const course = await tx.course.create({ data, select: { id: true } });
      // A new course has no lesson yet: publishing it at once is refused (and nothing is created).
      if (data.published) await assertPublishable(tx, course.id);
      // A new course is sold to one person at its price; group packages are added by the catalogue.
      await tx.courseOffer.create({ data: { courseId: course.id, seats: 1, priceGross: price } });
      if (data.published) await auditCourse(tx, staffId, course.id, null, { published: true, priceGross: price });
      return course;
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new UserError('errors.checkFields', { slug: 'learning.editing.slugTaken' });
    throw e;
  }
}

type CourseState = { published: boolean; priceGross: number };

/** Publication and price are decisions about what is sold and for how much: audited; text edits are not. */
async function auditCourse(
  tx: Tx,
  staffId: string | null,
  courseId: string,
  before: CourseState | null,
  after: CourseState,
) {
  const published = (before?.published ?? false) !== after.published;
  const repriced = before !== null && before.priceGross !== after.priceGross;
  if (!published && !repriced) return;
  await recordAudit(tx, {
    actorId: staffId,
    action: published ? (after.published ? 'course.published' : 'course.unpublished') : 'course.price.changed',
    objectType: 'course',
    objectId: courseId,
    before,
    after,
  });
}

export async function saveModule(input: { courseId: string; id?: string; title: string; position: number }) {
  const { courseId, id, ...data } = input;
  if (id) {
    const r = await db().courseModule.updateMany({ where: { id, courseId }, data });
    if (r.count === 0) throw new UserError('learning.editing.moduleMissing');
    return;
  }
  await db().courseModule.create({ data: { courseId, ...data } });
}

export async function saveLesson(input: {
  courseId: string;
  moduleId: string;
  id?: string;
  title: string;
  position: number;
  minutes: number;
  body: string;
  videoUrl: string | null;
}): Promise<{ id: string }> {
  const { courseId, id, ...data } = input;
  const owner = await db().courseModule.findFirst({ where: { id: data.moduleId, courseId }, select: { id: true } });
  if (!owner) throw new UserError('errors.checkFields', { moduleId: 'learning.editing.chooseModule' });
  if (id) {
    const r = await db().lesson.updateMany({ where: { id, module: { courseId } }, data });
    if (r.count === 0) throw new UserError('learning.editing.lessonMissing');
    return { id };
  }
  return db().lesson.create({ data, select: { id: true } });
}

/** A published course keeps what publishing requires: the delete that would break it is refused and undone. */
export async function deleteCourseItem(
  courseId: string,
  kind: 'module' | 'lesson' | 'question' | 'attachment',
  id: string,
) {
  await db().$transaction(async (tx) => {
    const r =
      kind === 'module'
        ? await tx.courseModule.deleteMany({ where: { id, courseId } })
        : kind === 'lesson'
          ? await tx.lesson.deleteMany({ where: { id, module: { courseId } } })
          : kind === 'question'
            ? await tx.question.deleteMany({ where: { id, courseId } })
            : await tx.attachment.deleteMany({ where: { id, lesson: { module: { courseId } } } });
    if (r.count === 0) throw new UserError('learning.editing.itemGone');
    if (kind !== 'attachment') await assertStillPublishable(tx, courseId);
  });
}

export type UploadError = 'missing' | 'too-large' | 'no-lesson';

export async function addAttachment(
  courseId: string,
  lessonId: string,
  file: File | null,
): Promise<UploadError | null> {
  if (!file || file.size === 0) return 'missing';
  if (file.size > MAX_ATTACHMENT_BYTES) return 'too-large';
  const lesson = await db().lesson.findFirst({ where: { id: lessonId, module: { courseId } }, select: { id: true } });
  if (!lesson) return 'no-lesson';
  const name = file.name.replace(/[\\/\r\n"]/g, '_').slice(0, 200) || 'plik';
  const mimeType = file.type || 'application/octet-stream';
  const body = new Uint8Array(await file.arrayBuffer());
  await withNewFile({ kind: 'attachments', body, contentType: mimeType }, (stored) =>
    db().$transaction(async (tx) => {
      await stored.save(tx);
      await tx.attachment.create({
        data: { lessonId, fileName: name, mimeType, size: file.size, fileKey: stored.key },
      });
    }),
  );
  return null;
}
