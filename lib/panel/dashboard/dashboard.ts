// The staff home's one loader: the blocks the viewer's roles open (access.ts), each read by one
// set-based statement, all at once — at most six queries however much data there is.
import { currentTime } from '@/lib/clock/clock';
import type { Role } from '@/lib/db/generated/enums';
import { dashboardAccess } from './access';
import { contractsByState, overdueByDueDate } from './billing';
import { dashboardView, type DashboardData } from './model';
import { nextSessionOccupancy } from './occupancy';
import { QUEUES, queueCounts } from './queues';
import { dashboardPeriods } from './rules/periods';
import { refunds, salesByProduct } from './sales';

export async function dashboardData(
  viewer: { id: string; roles: readonly Role[] },
  now = currentTime(),
): Promise<DashboardData> {
  const access = dashboardAccess(viewer);
  const periods = dashboardPeriods(now);
  const none = Promise.resolve(null);
  const [sales, refundRows, overdue, contracts, occupancy, counts] = await Promise.all([
    access.money ? salesByProduct(periods) : none,
    access.money ? refunds(periods) : none,
    access.contracts ? overdueByDueDate(periods.today) : none,
    access.contracts ? contractsByState() : none,
    access.occupancy ? nextSessionOccupancy(access.occupancy, now) : none,
    Object.values(access.queues).some(Boolean) ? queueCounts(access.queues, now) : none,
  ]);
  const queues = Object.fromEntries(QUEUES.filter((q) => access.queues[q] && counts?.[q]).map((q) => [q, counts![q]]));
  return { now, access, today: periods.today, sales, refunds: refundRows, overdue, contracts, occupancy, queues };
}

export async function staffDashboard(
  viewer: { id: string; roles: readonly Role[] },
  locale: string,
  now = currentTime(),
) {
  return dashboardView(await dashboardData(viewer, now), locale);
}
export type StaffDashboard = Awaited<ReturnType<typeof staffDashboard>>;
