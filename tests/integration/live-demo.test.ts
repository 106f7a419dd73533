// The demo live classes from `npm start`: the teacher 'lektor', an OPEN recorded group with
// kursant booked, a MEMBERS group with kursant and zosia; seeding twice changes nothing.
import { readStoredFile } from '@/lib/storage';
import { describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/client';
import { seedDemoData } from '@/lib/demo/seed';
import { ONLINE_CONSULTATIONS_TITLE, ONLINE_COURSE_SLUG } from '@/lib/demo/online-course';
import { sniffVideo } from '@/lib/learning/streaming/sniff-video';

vi.mock('@/lib/jobs/queues', () => ({
  dispatchEmails: async () => {},
  emailsDispatched: async () => {},
  enqueueMany: async () => {},
}));

describe('the demo live classes', () => {
  it('are seeded once through the real services', async () => {
    await seedDemoData();
    await seedDemoData();
    const teacher = await db().user.findUniqueOrThrow({ where: { login: 'lektor' } });
    expect(teacher.roles).toEqual(['TEACHER']);
    // lektor also teaches the language school's level classes (lib/demo/language.ts), not these.
    const groups = await db().liveGroup.findMany({
      where: {
        teacherId: teacher.id,
        NOT: [{ programme: { startsWith: 'polski-' } }, { title: ONLINE_CONSULTATIONS_TITLE }],
      },
      include: { members: true, sessions: true },
    });
    expect(groups.map((g) => g.bookingMode).sort()).toEqual(['MEMBERS', 'OPEN']);
    const open = groups.find((g) => g.bookingMode === 'OPEN')!;
    expect(open.records).toBe(true);
    expect(open.sessions.length).toBeGreaterThanOrEqual(1);
    const kursant = await db().user.findUniqueOrThrow({ where: { login: 'kursant' } });
    expect(
      await db().liveBooking.count({ where: { userId: kursant.id, session: { groupId: open.id }, status: 'BOOKED' } }),
    ).toBe(1);
    const maths = groups.find((g) => g.bookingMode === 'MEMBERS')!;
    expect(maths.members).toHaveLength(2);
    expect(maths.sessions.every((s) => s.taken === 2)).toBe(true);
  });

  it('include the on-line course: a streamed video lesson, hour-long consultations by lektor, kursant enrolled', async () => {
    const course = await db().course.findUniqueOrThrow({
      where: { slug: ONLINE_COURSE_SLUG },
      include: { modules: { include: { lessons: { include: { videoMedia: true } } } }, enrolments: true },
    });
    expect(course.accessMonths).toBeNull();
    expect(course.consultationMonths).toBe(12);
    const videos = course.modules.flatMap((m) => m.lessons).flatMap((l) => (l.videoMedia ? [l.videoMedia] : []));
    expect(videos).toHaveLength(1);
    expect(sniffVideo(new Uint8Array(await readStoredFile(videos[0].fileKey)))?.mimeType).toBe('video/webm');
    expect(videos[0].size).toBeLessThan(300 * 1024);
    const kursant = await db().user.findUniqueOrThrow({ where: { login: 'kursant' } });
    expect(course.enrolments.map((e) => [e.userId, e.endsAt])).toEqual([[kursant.id, null]]);
    const group = await db().liveGroup.findFirstOrThrow({
      where: { title: ONLINE_CONSULTATIONS_TITLE },
      include: { teacher: true, sessions: true },
    });
    expect([group.courseId, group.bookingMode, group.teacher.login]).toEqual([course.id, 'OPEN', 'lektor']);
    expect(group.sessions.length).toBeGreaterThanOrEqual(7);
    expect(group.sessions.every((s) => s.endsAt.getTime() - s.startsAt.getTime() <= 3_600_000)).toBe(true);
  });
});
