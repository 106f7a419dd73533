// Staff's view across groups: the step filter on real rows, company and course filters, the
// order → group link, and the final reports coming up with their dates.
import { describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/client';
import { createUpload } from '@/lib/groups/list/uploads';
import { provisionUpload } from '@/lib/groups/accounts/provisioning';
import { groupFor } from '@/lib/groups/group-access';
import { groupsOfOrder, staffGroups, upcomingReports } from '@/lib/groups/staff-list';
import { listXlsx, makeGroup, uniqueName } from './groups-fixtures';

vi.mock('@/lib/jobs/queues', () => ({ dispatchEmails: async () => {}, enqueueMany: async () => {} }));

async function rename(groupId: string, companyName: string) {
  await db().group.update({ where: { id: groupId }, data: { companyName } });
}

describe('the staff list of groups', () => {
  it('filters by step, company and course, and links an order to its group', async () => {
    const tag = uniqueName();
    const waiting = await makeGroup(30, { agreement: 'SUBMITTED' });
    const listing = await makeGroup(30);
    const learning = await makeGroup(30);
    await rename(waiting.groupId, `Alfa ${tag}`);
    await rename(listing.groupId, `Beta ${tag}`);
    await rename(learning.groupId, `Gamma ${tag}`);
    const u = await createUpload(learning.admin, learning.groupId, {
      name: 'l.xlsx',
      bytes: await listXlsx([{ firstName: 'Jan', lastName: uniqueName() }]),
    });
    await provisionUpload(learning.admin, learning.groupId, u!.id);

    const all = await staffGroups({ company: tag.toLowerCase() });
    expect(all.map((g) => [g.companyName, g.state]).sort()).toEqual([
      [`Alfa ${tag}`, 'agreement'],
      [`Beta ${tag}`, 'list'],
      [`Gamma ${tag}`, 'learning'],
    ]);
    expect((await staffGroups({ company: tag, state: 'list' })).map((g) => g.id)).toEqual([listing.groupId]);
    expect((await staffGroups({ courseId: learning.course.id })).map((g) => g.id)).toEqual([learning.groupId]);
    const gamma = all.find((g) => g.id === learning.groupId)!;
    expect(gamma.nextReportDue).not.toBeNull();

    const order = (await groupFor(learning.admin, learning.groupId))!.orderItem.order;
    expect(gamma.order.id).toBe(order.id);
    expect((await groupsOfOrder(order.id)).map((g) => g.id)).toEqual([learning.groupId]);

    const upcoming = await upcomingReports();
    const due = upcoming.find((r) => r.id === u!.id)!;
    expect(due.group.companyName).toBe(`Gamma ${tag}`);
    expect(due.reportDueAt!.getTime()).toBe(gamma.nextReportDue!.getTime());
    expect(due._count.participants).toBe(1);
  });
});
