// S6: the starter pack is paid "with the first payment" — the first instalment's pay link opens one
// order for both charges due that day, whichever of the two links is opened; once one of them is
// paid some other way, the other's link pays it alone and the combined order is cancelled.
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { ensureChargeOrder } from '@/lib/billing/payments/charge-order';
import { at, chargesOf, enrol, makeCentreGroup, makeCentreSetup, makeFamily, pay } from './fixtures';

const open = (chargeId: string, now: Date) => db().$transaction((tx) => ensureChargeOrder(tx, chargeId, now));
const orderOf = (id: string) =>
  db().order.findUniqueOrThrow({ where: { id }, select: { status: true, totalGross: true, items: true } });

describe('the first payment of a centre contract', () => {
  it('pays the first instalment and the starter pack in one order, opened from either link', async () => {
    const { spec } = await makeCentreSetup();
    const group = await makeCentreGroup({ ...spec, firstDay: '2026-09-03' });
    const now = at('2026-08-20');
    const signed = await enrol(group.offers.raty, await makeFamily(), now);
    const [first, pack, second] = await chargesOf(signed.contractId);
    expect([first.kind, pack.kind, second.kind]).toEqual(['INSTALMENT', 'FEE', 'INSTALMENT']);
    expect(pack.dueDate).toEqual(first.dueDate);

    const a = await open(first.id, now);
    if (a.state !== 'open') throw new Error(a.state);
    const order = await orderOf(a.orderId);
    expect(order.items.map((i) => i.chargeId).sort()).toEqual([first.id, pack.id].sort());
    expect(order.totalGross).toBe(first.amount - first.discount + pack.amount);
    expect(order.items.every((i) => i.kind === 'CONTRACT_CHARGE')).toBe(true);

    const b = await open(pack.id, now);
    expect(b.state === 'open' && b.orderId).toBe(a.orderId);
    // The next instalment is due later: never in that order.
    expect(order.items.some((i) => i.chargeId === second.id)).toBe(false);
  });

  it('pays the pack alone once the instalment was paid another way', async () => {
    const { spec } = await makeCentreSetup();
    const group = await makeCentreGroup({ ...spec, firstDay: '2026-09-03' });
    const now = at('2026-08-20');
    const signed = await enrol(group.offers.raty, await makeFamily(), now);
    const [first, pack] = await chargesOf(signed.contractId);
    const combined = await open(first.id, now);
    if (combined.state !== 'open') throw new Error(combined.state);

    await pay(first.id, at('2026-08-21'));
    expect((await open(first.id, now)).state).toBe('paid');
    const alone = await open(pack.id, now);
    if (alone.state !== 'open') throw new Error(alone.state);
    expect(alone.orderId).not.toBe(combined.orderId);
    const order = await orderOf(alone.orderId);
    expect(order.items.map((i) => i.chargeId)).toEqual([pack.id]);
    expect(order.totalGross).toBe(pack.amount);
    expect((await orderOf(combined.orderId)).status).toBe('CANCELED');
  });
});
