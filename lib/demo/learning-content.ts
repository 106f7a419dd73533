// Demo lessons, tests and enrolments for the demo catalogue (lib/demo/seed.ts DEMO_COURSES).
// Idempotent: a course that already has modules keeps them, one with questions keeps its bank,
// and an existing enrolment is not extended again.
import { storeFileNow } from '@/lib/storage';
import { db } from '@/lib/db/client';
import type { Prisma } from '@/lib/db/generated/client';
import { grantEnrolment } from '@/lib/settlement/grants';
import type { DemoCourseContent } from './courses/types';
import { DEMO_CONTENT } from './courses';

export { DEMO_CONTENT } from './courses';

/** The demo learner ('kursant') studies these from the start. */
export const DEMO_LEARNER_LOGIN = 'kursant';
export const DEMO_LEARNER_COURSES = ['bhp-pracownicy-biurowi', 'angielski-b1', 'matematyka-funkcje'];

export async function seedLearningContent(): Promise<void> {
  for (const content of DEMO_CONTENT) await seedCourse(content);
  const learner = await db().user.findUnique({ where: { login: DEMO_LEARNER_LOGIN }, select: { id: true } });
  if (!learner) return;
  for (const slug of DEMO_LEARNER_COURSES) {
    const course = await db().course.findUnique({ where: { slug }, select: { id: true, accessMonths: true } });
    if (!course) continue;
    await db().$transaction(async (tx) => {
      const has = await tx.enrolment.findUnique({
        where: { userId_courseId: { userId: learner.id, courseId: course.id } },
        select: { id: true },
      });
      if (!has)
        await grantEnrolment(tx, { userId: learner.id, courseId: course.id, accessMonths: course.accessMonths });
    });
  }
}

async function seedCourse(content: DemoCourseContent): Promise<void> {
  const course = await db().course.findUnique({
    where: { slug: content.slug },
    select: { id: true, _count: { select: { modules: true, questions: true } } },
  });
  if (!course) return; // the catalogue seed has not created it (or staff removed it)
  await db().$transaction(async (tx) => {
    if (course._count.modules === 0) {
      if (content.settings) await tx.course.update({ where: { id: course.id }, data: content.settings });
      for (const [mi, m] of content.modules.entries()) {
        const keys = new Map<number, string>();
        for (const [li, l] of m.lessons.entries())
          if (l.attachment)
            keys.set(
              li,
              await storeFileNow(tx, 'attachments', Buffer.from(l.attachment.text, 'utf8'), l.attachment.mimeType),
            );
        await tx.courseModule.create({
          data: {
            courseId: course.id,
            position: mi + 1,
            title: m.title,
            lessons: {
              create: m.lessons.map((l, li) => ({
                position: li + 1,
                title: l.title,
                body: l.body,
                minutes: l.minutes,
                videoUrl: l.videoUrl ?? null,
                attachments: l.attachment
                  ? {
                      create: [
                        {
                          fileName: l.attachment.fileName,
                          mimeType: l.attachment.mimeType,
                          size: Buffer.byteLength(l.attachment.text),
                          fileKey: keys.get(li)!,
                        },
                      ],
                    }
                  : undefined,
              })),
            },
          },
        });
      }
    }
    if (course._count.questions === 0) {
      const mediaIds = new Map<string, string>();
      for (const m of content.media ?? []) {
        const data = new Uint8Array(m.data());
        const fileKey = await storeFileNow(tx, 'course-media', data, m.mimeType);
        const row = await tx.courseMedia.create({
          data: { courseId: course.id, fileName: m.fileName, mimeType: m.mimeType, size: data.length, fileKey },
          select: { id: true },
        });
        mediaIds.set(m.fileName, row.id);
      }
      for (const [qi, qu] of content.questions.entries()) {
        await tx.question.create({
          data: {
            courseId: course.id,
            kind: qu.kind,
            text: qu.text,
            position: qi + 1,
            points: qu.points ?? 1,
            category: qu.category ?? '',
            config: qu.config as Prisma.InputJsonValue | undefined,
            mediaId: qu.media ? mediaIds.get(qu.media) : undefined,
            options: { create: qu.options.map((o, oi) => ({ text: o.text, correct: o.correct, position: oi + 1 })) },
          },
        });
      }
      if (content.bankRules?.length)
        await tx.testBankRule.createMany({
          data: content.bankRules.map((r) => ({ courseId: course.id, ...r })),
          skipDuplicates: true,
        });
    }
  });
}
