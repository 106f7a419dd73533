// Duplicates a course for staff (a new edition, a variant for another audience): its content, test
// and offers are copied in one transaction into a hidden course; learners, attempts and certificates
// stay with the original. Offers are copied too because the panel has no offer editor: without them
// the copy could never be sold, and while it is hidden nothing of it can be bought (lib/orders/cart.ts).
import { copyStoredFile } from '@/lib/storage';
import { db, type Tx } from '@/lib/db/client';
import { Prisma } from '@/lib/db/generated/client';
import { isUniqueViolation, NotFoundError, UserError } from '@/lib/errors';
import { messages } from '@/lib/i18n';
import { copySlug, copySlugPrefix, remapFileRefs } from './rules/duplicate';

/** Returns the copy's id; a slug taken by a concurrent copy is retried with the next number. */
export async function duplicateCourse(courseId: string): Promise<{ id: string }> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await db().$transaction((tx) => copyCourse(tx, courseId), { timeout: 60_000 });
    } catch (e) {
      if (attempt < 2 && isUniqueViolation(e)) continue;
      throw e;
    }
  }
}

async function copyCourse(tx: Tx, courseId: string): Promise<{ id: string }> {
  const source = await tx.course.findUnique({
    where: { id: courseId },
    include: {
      offers: true,
      bankRules: true,
      media: true,
      modules: { include: { lessons: { include: { attachments: true } } } },
      questions: { include: { options: true } },
    },
  });
  if (!source) throw new NotFoundError('course');
  const taken = await tx.course.findMany({
    where: { slug: { startsWith: copySlugPrefix(source.slug) } },
    select: { slug: true },
  });
  const slug = firstFreeSlug(source.slug, new Set(taken.map((c) => c.slug)));
  const { id: _id, createdAt: _c, updatedAt: _u, offers, bankRules, media, modules, questions, ...fields } = source;
  const title = `${source.title}${messages().learning.editing.copySuffix}`.slice(0, 200);
  const copy = await tx.course.create({ data: { ...fields, slug, title, published: false }, select: { id: true } });

  // Files first: lesson bodies and questions point at them by id.
  const ids = new Map<string, string>();
  for (const m of media) {
    const { id, courseId: _, createdAt: _t, fileKey, ...rest } = m;
    // Each course owns its files (deleting one's never touches the other's): the bytes are copied
    // before the commit; a failed duplicate leaves orphan copies.
    const copied = await copyStoredFile(fileKey, 'course-media', tx);
    ids.set(
      id,
      (await tx.courseMedia.create({ data: { ...rest, fileKey: copied, courseId: copy.id }, select: { id: true } })).id,
    );
  }
  const lessons: { newId: string; attachments: (typeof modules)[number]['lessons'][number]['attachments'] }[] = [];
  const bodies: { id: string; body: string }[] = [];
  for (const { id: _m, courseId: _, lessons: moduleLessons, ...m } of modules) {
    const copied = await tx.courseModule.create({ data: { ...m, courseId: copy.id }, select: { id: true } });
    for (const { id: _l, moduleId: _mi, attachments, ...l } of moduleLessons) {
      const lesson = await tx.lesson.create({ data: { ...l, moduleId: copied.id }, select: { id: true } });
      lessons.push({ newId: lesson.id, attachments });
      bodies.push({ id: lesson.id, body: l.body });
    }
  }
  for (const l of lessons)
    for (const { id, lessonId: _, createdAt: _t, fileKey, ...a } of l.attachments) {
      const copied = await copyStoredFile(fileKey, 'attachments', tx);
      ids.set(
        id,
        (await tx.attachment.create({ data: { ...a, fileKey: copied, lessonId: l.newId }, select: { id: true } })).id,
      );
    }
  // Bodies are rewritten once every file has its new id, so a lesson may show another lesson's attachment.
  for (const b of bodies) {
    const body = remapFileRefs(b.body, ids);
    if (body !== b.body) await tx.lesson.update({ where: { id: b.id }, data: { body } });
  }
  for (const { id: _q, courseId: _, options, mediaId, config, text, ...q } of questions) {
    await tx.question.create({
      data: {
        ...q,
        courseId: copy.id,
        text: remapFileRefs(text, ids),
        mediaId: mediaId ? (ids.get(mediaId) ?? null) : null,
        config: config === null ? Prisma.DbNull : (JSON.parse(remapFileRefs(JSON.stringify(config), ids)) as object),
        options: { create: options.map(({ text, correct, position }) => ({ text, correct, position })) },
      },
    });
  }
  if (bankRules.length)
    await tx.testBankRule.createMany({
      data: bankRules.map(({ category, count }) => ({ courseId: copy.id, category, count })),
    });
  if (offers.length)
    await tx.courseOffer.createMany({
      data: offers.map(({ seats, priceGross, active }) => ({ courseId: copy.id, seats, priceGross, active })),
    });
  return copy;
}

function firstFreeSlug(slug: string, taken: ReadonlySet<string>): string {
  for (let n = 1; n < 1000; n++) {
    const candidate = copySlug(slug, n);
    if (!taken.has(candidate)) return candidate;
  }
  throw new UserError('learning.editing.slugTaken');
}
