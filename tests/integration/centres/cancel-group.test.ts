// A centre group cancelled: classes ahead cancelled, every contract ended with a refund pro rata
// for the classes not held (the starter pack kept), a never-paid contract voided, open charges
// cancelled, money paid through PayU sent back through the refund path and desk money left to
// staff, an e-mail to each payer; a second run changes nothing; only centres:manage may do it.
import { describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/client';
import { bookDeskPayment } from '@/lib/centres/desk/book';
import { cancelCentreGroup } from '@/lib/centres/cancel/cancel-group';
import { enrolChild, makeCentreGroup, makePerson } from './desk-fixtures';

vi.mock('@/lib/jobs/queues', () => ({
  dispatchEmails: async () => {},
  enqueueMany: async () => {},
  enqueue: async () => {},
}));
const refunds = vi.hoisted(() => [] as { orderId: string; amount: number }[]);
vi.mock('@/lib/settlement/refunds', () => ({
  refundOrder: async (r: { orderId: string; amount: number }) => {
    refunds.push({ orderId: r.orderId, amount: r.amount });
    return { refundId: 'r', amount: r.amount, currency: 'PLN', revoked: [], repeated: false };
  },
}));

const SIGNED = new Date('2026-09-02T08:00:00Z');
const PAID = new Date('2026-09-03T09:00:00Z');
// Wednesdays from 9 September: 9 classes held by 5 November.
const CANCELLED = new Date('2026-11-05T10:00:00Z');

async function payAll(contractId: string, staffId: string, n: number) {
  const charges = await db().contractCharge.findMany({
    where: { contractId, status: 'OPEN' },
    orderBy: { seq: 'asc' },
    take: n,
  });
  for (const c of charges)
    await bookDeskPayment({ chargeId: c.id, method: 'CASH', amount: c.amount - c.discount, bookedById: staffId }, PAID);
}

describe('cancelling a centre group', () => {
  it('ends every contract with a pro-rata refund, voids the unpaid one, cancels classes ahead; once', async () => {
    const g = await makeCentreGroup({
      firstClass: new Date('2026-09-09T14:00:00Z'),
      classes: 32,
      priceAnnual: 320_000,
    });
    const admin = await makePerson(['ADMINISTRATOR']);
    const yearly = await enrolChild(g.offers.annual.id, SIGNED);
    const tenLink = await enrolChild(g.offers.ten.id, SIGNED, 'LINK');
    const unpaid = await enrolChild(g.offers.ten.id, SIGNED);
    await payAll(yearly.contractId, admin.id, 10);
    await payAll(tenLink.contractId, admin.id, 4); // the starter pack and three instalments
    // The ten-instalment one paid through PayU: its orders as a pay link would have left them.
    await db().contractCharge.updateMany({
      where: { contractId: tenLink.contractId, status: 'PAID' },
      data: { paidVia: 'LINK' },
    });

    const r = await cancelCentreGroup(admin.id, g.group.id, 'za mało uczestników', CANCELLED);
    expect(r.already).toBe(false);
    expect(r.sessions).toBe(32 - 9);

    // Yearly: 3200 zł paid for classes, 9 of 32 held → 3200 − 900 = 2300 zł, by staff (paid at the desk).
    const y = r.contracts.find((c) => c.number === yearly.number)!;
    expect(y).toMatchObject({ refund: 230_000, viaPayu: 0, byStaff: 230_000 });
    // Ten instalments of 340 zł, 3 paid (1020 zł), 9 of 32 of 3400 zł held (956,25 zł): 63,75 zł via PayU.
    const t = r.contracts.find((c) => c.number === tenLink.number)!;
    expect(t.refund).toBe(102_000 - 95_625);
    expect(t).toMatchObject({ viaPayu: t.refund, byStaff: 0 });
    expect(refunds.reduce((a, x) => a + x.amount, 0)).toBe(t.refund);

    for (const k of [yearly, tenLink])
      expect(await db().contract.findUniqueOrThrow({ where: { id: k.contractId } })).toMatchObject({
        status: 'ENDED',
        endReason: 'group-cancelled',
      });
    expect(await db().contract.findUniqueOrThrow({ where: { id: unpaid.contractId } })).toMatchObject({
      status: 'VOID',
    });
    expect(
      await db().contractCharge.count({ where: { contract: { offer: { liveGroupId: g.live.id } }, status: 'OPEN' } }),
    ).toBe(0);
    expect(await db().liveSession.count({ where: { groupId: g.live.id, status: 'CANCELLED' } })).toBe(23);
    expect(
      await db().liveSession.count({
        where: { groupId: g.live.id, status: 'SCHEDULED', startsAt: { lte: CANCELLED } },
      }),
    ).toBe(9);
    expect((await db().liveGroup.findUniqueOrThrow({ where: { id: g.live.id } })).cancelledAt).not.toBeNull();
    const staffRefund = await db().contractEvent.findFirstOrThrow({
      where: { contractId: yearly.contractId, kind: 'refund-by-staff' },
    });
    expect(staffRefund.detail).toMatchObject({ via: 'DESK' });

    const mails = await db().emailMessage.findMany({ where: { template: 'centre-group-cancelled' } });
    expect(mails.map((m) => m.to).sort()).toEqual(
      [yearly.parent.email, tenLink.parent.email, unpaid.parent.email].sort(),
    );
    expect(mails.find((m) => m.to === yearly.parent.email)!.props).toMatchObject({
      held: 9,
      classes: 32,
      refund: 230_000,
      currency: 'PLN',
      refundHow: 'staff',
    });

    const again = await cancelCentreGroup(admin.id, g.group.id, 'za mało uczestników', CANCELLED);
    expect(again).toMatchObject({ already: true, contracts: [] });
    expect(await db().emailMessage.count({ where: { template: 'centre-group-cancelled' } })).toBe(3);
  });

  it('refuses someone without centres:manage and an empty reason, nothing written', async () => {
    const g = await makeCentreGroup({ firstClass: new Date('2026-09-09T14:00:00Z'), classes: 4 });
    const accounting = await makePerson(['ACCOUNTING']);
    await expect(cancelCentreGroup(accounting.id, g.group.id, 'x', CANCELLED)).rejects.toThrow(/uprawnie/);
    const admin = await makePerson(['ADMINISTRATOR']);
    await expect(cancelCentreGroup(admin.id, g.group.id, '  ', CANCELLED)).rejects.toThrow(/powód/);
    expect((await db().liveGroup.findUniqueOrThrow({ where: { id: g.live.id } })).cancelledAt).toBeNull();
  });
});
