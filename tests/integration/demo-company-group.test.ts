// The demo company admin sees every step of a group purchase from `npm start`: paid, agreement
// accepted, a confirmed list with progress and certificates, a report in review; seeding twice
// changes nothing.
import { describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/client';
import { seedDemoData } from '@/lib/demo/seed';

vi.mock('@/lib/jobs/queues', () => ({
  dispatchEmails: async () => {},
  emailsDispatched: async () => {},
  enqueueMany: async () => {},
}));

describe('the demo company group', () => {
  it('is seeded once through the real services', async () => {
    await seedDemoData();
    await seedDemoData();
    const firma = await db().user.findUniqueOrThrow({ where: { login: 'firma' } });
    const groups = await db().group.findMany({
      where: { ownerId: firma.id },
      include: {
        agreements: true,
        uploads: { orderBy: { createdAt: 'asc' }, include: { participants: true, report: true } },
        course: true,
      },
    });
    expect(groups).toHaveLength(1);
    const [g] = groups;
    expect(g.agreements.map((a) => a.status)).toEqual(['ACCEPTED']);
    expect(g.uploads.map((u) => u.status)).toEqual(['PROVISIONED', 'PROVISIONED']);
    expect(g.seatsUsed).toBe(9);
    const [finished, learning] = g.uploads;
    expect(finished.report?.status).toBe('IN_REVIEW');
    expect(learning.report).toBeNull();
    expect(learning.reportDueAt!.getTime()).toBeGreaterThan(Date.now());
    const certificates = await db().certificate.count({ where: { enrolment: { groupId: g.id } } });
    expect(certificates).toBe(4);
    expect(await db().lessonProgress.count({ where: { enrolment: { groupId: g.id } } })).toBeGreaterThan(0);
    expect(g.course.certificateTemplate).toBe('BHP');
    const anna = finished.participants.find((p) => p.rowNumber === 4)!;
    expect(anna.birthPlace).toBe('Radom');
  });
});
