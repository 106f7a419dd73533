// The parent's centre page read (/rodzina/centrum): the group and class dates with a make-up shown,
// the guarantee deadline only while ahead, payments from the payer's contract page, the notice's
// settlement, next year's groups with Akcja Kontynuacja in the centre's window — and only one's own.
import { beforeAll, describe, expect, it } from 'vitest';
import { parentCentreOverview } from '@/lib/centres/parent/overview';
import { bookMakeUp } from '@/lib/live/bookings/book';
import { payerNotice } from '@/lib/billing/account/notice';
import { db } from '@/lib/db/client';
import { at, chargesOf, enrol, enrolPaid, makeCentreGroup, makeCentreSetup, makeFamily, pay } from './fixtures';

type Group = Awaited<ReturnType<typeof makeCentreGroup>>;
let own: Group;
let other: Group;
let next: Group;
let family: Awaited<ReturnType<typeof makeFamily>>;
const viewer = (f: typeof family) => ({ id: f.parent.id, roles: f.parent.roles });

describe('parent centre overview', () => {
  beforeAll(async () => {
    const { spec } = await makeCentreSetup({ kind: 'AMOUNT', value: 20_000, from: '2027-06-01', to: '2027-06-30' });
    own = await makeCentreGroup({ ...spec, firstDay: '2026-09-02' });
    other = await makeCentreGroup({ ...spec, firstDay: '2026-09-03' });
    next = await makeCentreGroup({ ...spec, firstDay: '2027-09-01', schoolYear: 2027 });
    family = await makeFamily();
    const signed = await enrol(own.offers.raty, family, at('2026-08-20'));
    await pay((await chargesOf(signed.contractId))[0].id, at('2026-08-21'));
  });

  it('shows the group, the class dates and the guarantee deadline while it is ahead', async () => {
    const [item] = await parentCentreOverview(viewer(family), at('2026-09-05'));
    expect(item.group.id).toBe(own.id);
    expect(item.classes).toHaveLength(32);
    expect(item.classes.filter((c) => c.state === 'past')).toHaveLength(1);
    expect(item.guaranteeUntil).toBe('2026-09-10');
    expect(item.page.payable.size).toBeGreaterThan(0);
    expect(item.makeUpPrice).toBe(10_000);
    expect(item.makeUps?.targets.length).toBeGreaterThan(0);
    const [later] = await parentCentreOverview(viewer(family), at('2026-09-11'));
    expect(later.guaranteeUntil).toBeNull();
  });

  it('marks a class made up in another group', async () => {
    const missed = (
      await db().liveSession.findMany({ where: { groupId: own.liveGroupId }, orderBy: { startsAt: 'asc' } })
    )[3];
    const target = (
      await db().liveSession.findMany({ where: { groupId: other.liveGroupId }, orderBy: { startsAt: 'asc' } })
    )[4];
    await bookMakeUp(viewer(family), family.child.id, missed.id, target.id, at('2026-09-20'));
    const [item] = await parentCentreOverview(viewer(family), at('2026-09-20'));
    expect(item.classes.find((c) => c.sessionId === missed.id)?.madeUpAt?.startsAt).toEqual(target.startsAt);
  });

  it('offers next year in the window to a family with nothing overdue, not before, not with arrears', async () => {
    const { family: paidUp } = await enrolPaid(own.offers.rok);
    const [inWindow] = await parentCentreOverview(viewer(paidUp), at('2027-06-10'));
    expect(inWindow.continuation).toEqual({
      effect: { kind: 'AMOUNT', value: 20_000 },
      groups: [expect.objectContaining({ id: next.id })],
    });
    expect((await parentCentreOverview(viewer(paidUp), at('2027-05-20')))[0].continuation).toBeNull();
    // The ten-instalment family has only the first paid: arrears in June.
    expect((await parentCentreOverview(viewer(family), at('2027-06-10')))[0].continuation).toBeNull();
  });

  it("after a notice shows when it ends and the settlement; nobody sees another's", async () => {
    const { family: f, signed: s } = await enrolPaid(own.offers.rok);
    await payerNotice(f.parent.id, s.contractId, at('2026-11-15'));
    const [item] = await parentCentreOverview(viewer(f), at('2026-11-16'));
    expect(item.ending).toMatchObject({ kind: 'notice', endsOn: '2026-12-31' });
    expect(item.ending!.refund).toBeGreaterThan(0);
    expect(item.page.quote).toBeNull();
    const stranger = await makeFamily();
    expect(await parentCentreOverview(viewer(stranger), at('2026-11-16'))).toEqual([]);
  });
});
