// The demo company admin's group page has a picture worth drawing from `npm start`: every
// participant state, a spread of scores around the pass mark, and progress that climbs week by week.
import { describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/client';
import { seedDemoData } from '@/lib/demo/seed';
import { dashboardFacts } from '@/lib/groups/dashboard/group-dashboard';
import { groupDashboard } from '@/lib/groups/dashboard/dashboard-model';

vi.mock('@/lib/jobs/queues', () => ({
  dispatchEmails: async () => {},
  emailsDispatched: async () => {},
  enqueueMany: async () => {},
}));

describe('the demo group dashboard', () => {
  it('shows every state, scores on both sides of the pass mark and a climbing progress line', async () => {
    await seedDemoData();
    const firma = await db().user.findUniqueOrThrow({ where: { login: 'firma' } });
    const g = await db().group.findFirstOrThrow({ where: { ownerId: firma.id }, select: { id: true, courseId: true } });
    const dash = groupDashboard(await dashboardFacts({ groupId: g.id, courseId: g.courseId }), {
      seats: 30,
      now: new Date(),
    })!;
    expect(dash.counts).toEqual({ notLoggedIn: 3, learning: 1, passed: 4, failed: 1 });
    const scores = dash.charts.find((c) => c.id === 'scores')!.spec;
    expect(scores.kind === 'histogram' && scores.bins.filter((b) => b.count).map((b) => [b.from, b.count])).toEqual([
      [40, 1],
      [70, 1],
      [80, 1],
      [90, 2],
    ]);
    const line = dash.charts.find((c) => c.id === 'progress')!.spec;
    const average = line.kind === 'line' ? line.points.filter((_, i) => i % 2 === 0).map((p) => p.y) : [];
    expect(average.length).toBeGreaterThanOrEqual(9);
    expect(new Set(average).size).toBeGreaterThan(4);
    expect(average).toEqual([...average].sort((a, b) => a - b));
    expect(dash.daysLeft).toBeGreaterThan(50);
  }, 240_000); // the whole demo is seeded through the real services
});
