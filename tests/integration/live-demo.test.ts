// The demo live classes from `npm start`: the teacher 'lektor', an OPEN recorded group with
// kursant booked, a MEMBERS group with kursant and zosia; seeding twice changes nothing.
import { describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/client';
import { seedDemoData } from '@/lib/demo/seed';

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
      where: { teacherId: teacher.id, NOT: { programme: { startsWith: 'polski-' } } },
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
});
