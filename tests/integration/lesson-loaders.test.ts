// The lesson page's loaders in one statement each (lib/learning/access.ts, lessons.ts) read what
// Prisma's nested selects they replaced read: for every enrolment of the demo data (courses bought,
// granted by contracts, a company's participants, children), a stranger, a missing course, and
// a lesson with attachments or asked for within another course.
import { describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/client';
import { seedDemoData } from '@/lib/demo/seed';
import { seedLearningContent } from '@/lib/demo/learning-content';
import { courseAccess } from '@/lib/learning/access';
import { lessonInCourse, rememberLastLesson } from '@/lib/learning/lessons';
import { storeFileNow } from '@/lib/storage';

vi.mock('@/lib/jobs/queues', () => ({
  dispatchEmails: async () => {},
  emailsDispatched: async () => {},
  enqueueMany: async () => {},
}));

const course = {
  id: true,
  slug: true,
  title: true,
  published: true,
  testQuestionCount: true,
  passMarkPercent: true,
  maxAttempts: true,
  timeLimitMinutes: true,
  groupInstruction: true,
} as const;

describe('the lesson page loaders', () => {
  it('give every demo enrolment its course, enrolment and contract as stored', async () => {
    await seedDemoData();
    await seedLearningContent();
    const enrolments = await db().enrolment.findMany({
      select: {
        id: true,
        status: true,
        startsAt: true,
        endsAt: true,
        groupId: true,
        lastLessonId: true,
        userId: true,
        course: { select: course },
        contract: { select: { number: true, status: true } },
      },
    });
    expect(enrolments.length).toBeGreaterThan(10);
    expect(enrolments.some((e) => e.contract)).toBe(true);
    const kinds = new Set<string>();
    for (const { userId, course: c, contract, ...enrolment } of enrolments) {
      const access = await courseAccess(userId, c.slug);
      kinds.add(access.kind);
      expect(access).toMatchObject({ course: c, enrolment });
      if (access.kind === 'contract') expect(access.contract).toEqual(contract);
      expect(Object.keys(access.kind === 'no-course' ? {} : access.course)).toEqual(Object.keys(course));
    }
    expect(kinds).toContain('active');

    const stranger = await db().user.create({
      data: { email: 'obcy@example.pl', firstName: 'O', lastName: 'B', passwordHash: 'x' },
    });
    const published = await db().course.findFirstOrThrow({ where: { published: true }, select: course });
    expect(await courseAccess(stranger.id, published.slug)).toEqual({ kind: 'none', course: published });
    expect(await courseAccess(stranger.id, 'nie-ma-takiego')).toEqual({ kind: 'no-course' });
  });

  it('read a lesson with its attachments in order, only within its own course', async () => {
    const lessons = await db().lesson.findMany({
      take: 2,
      orderBy: { id: 'asc' },
      select: { id: true, module: { select: { courseId: true } } },
    });
    const [lesson, other] = lessons;
    const kinds = ['b.pdf', 'a.pdf'];
    for (const [i, fileName] of kinds.entries()) {
      await db().attachment.create({
        data: {
          lessonId: lesson!.id,
          fileName,
          mimeType: 'application/pdf',
          size: 1000 + i,
          fileKey: await storeFileNow(db(), 'attachments', Buffer.from([i]), 'application/pdf'),
          createdAt: new Date(Date.UTC(2026, 0, 1 + i)),
        },
      });
    }
    const expected = await db().lesson.findUniqueOrThrow({
      where: { id: lesson!.id },
      select: {
        id: true,
        moduleId: true,
        title: true,
        body: true,
        videoUrl: true,
        videoMediaId: true,
        minutes: true,
        attachments: { orderBy: { createdAt: 'asc' }, select: { id: true, fileName: true, size: true } },
      },
    });
    const found = await lessonInCourse(lesson!.module.courseId, lesson!.id);
    expect(found).toEqual(expected);
    expect(found!.attachments.map((a) => a.fileName)).toEqual(kinds);
    expect(await lessonInCourse(lesson!.module.courseId, other!.id)).toEqual(
      other!.module.courseId === lesson!.module.courseId ? expect.objectContaining({ attachments: [] }) : null,
    );
    const elsewhere = await db().course.findFirstOrThrow({ where: { id: { not: lesson!.module.courseId } } });
    expect(await lessonInCourse(elsewhere.id, lesson!.id)).toBeNull();
  });

  it('remember the last lesson of an enrolment that had none, and the next one opened', async () => {
    const enrolment = await db().enrolment.findFirstOrThrow({ select: { id: true, courseId: true } });
    const lesson = await db().lesson.findFirstOrThrow({ where: { module: { courseId: enrolment.courseId } } });
    await db().enrolment.update({ where: { id: enrolment.id }, data: { lastLessonId: null } });
    await rememberLastLesson(enrolment.id, lesson.id);
    const stored = () => db().enrolment.findUniqueOrThrow({ where: { id: enrolment.id } });
    expect((await stored()).lastLessonId).toBe(lesson.id);
    const other = await db().lesson.findFirstOrThrow({
      where: { module: { courseId: enrolment.courseId }, id: { not: lesson.id } },
    });
    await rememberLastLesson(enrolment.id, other.id);
    expect((await stored()).lastLessonId).toBe(other.id);
  });
});
