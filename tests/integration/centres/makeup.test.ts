// S9 from the parent's page: a make-up in another group of the programme, free until the day after
// the missed class, later with a FEE of one class's price on the child's contract, due in 7 days —
// in the booking's transaction; asked twice or for someone else's child, refused with nothing written.
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { bookMakeUp } from '@/lib/live/bookings/book';
import { at, chargesOf, enrolPaid, makeCentreGroup, makeCentreSetup, makeFamily } from './fixtures';

type Group = Awaited<ReturnType<typeof makeCentreGroup>>;
let own: Group;
let other: Group;
let family: Awaited<ReturnType<typeof makeFamily>>;
let contractId: string;

const sessionOn = async (g: Group, day: string) => {
  const s = await db().liveSession.findMany({ where: { groupId: g.liveGroupId }, orderBy: { startsAt: 'asc' } });
  return s.find((x) => x.startsAt.toISOString().slice(0, 10) === day)!;
};
const parentOf = (f: typeof family) => ({ id: f.parent.id, roles: f.parent.roles });

describe('centre make-ups', () => {
  beforeAll(async () => {
    const { spec } = await makeCentreSetup();
    own = await makeCentreGroup({ ...spec, firstDay: '2026-09-02' }); // Wednesdays
    other = await makeCentreGroup({ ...spec, firstDay: '2026-09-03', startTime: '17:30' }); // Thursdays
    const paid = await enrolPaid(own.offers.rok);
    family = paid.family;
    contractId = paid.signed.contractId;
  });

  it('is free when asked for by the day after the missed class', async () => {
    const missed = await sessionOn(own, '2026-09-09');
    const target = await sessionOn(other, '2026-09-17');
    const before = (await chargesOf(contractId)).length;
    const r = await bookMakeUp(parentOf(family), family.child.id, missed.id, target.id, at('2026-09-10', 21));
    expect(r).toMatchObject({ status: 'BOOKED', charge: 'free', feeChargeId: null });
    expect(await chargesOf(contractId)).toHaveLength(before);
  });

  it('asked later costs one class, a fee due in 7 days on the child contract', async () => {
    const missed = await sessionOn(own, '2026-09-16');
    const target = await sessionOn(other, '2026-09-24');
    const r = await bookMakeUp(parentOf(family), family.child.id, missed.id, target.id, at('2026-09-18', 9));
    expect(r.charge).toBe('single-class-price');
    const fee = await db().contractCharge.findUniqueOrThrow({ where: { id: r.feeChargeId! } });
    expect(fee).toMatchObject({
      contractId,
      kind: 'FEE',
      amount: own.priceAnnual / own.classes,
      status: 'OPEN',
      refundable: false,
      label: 'Odrabianie zajęć 16 września 2026',
    });
    expect(fee.dueDate.toISOString().slice(0, 10)).toBe('2026-09-25');
  });

  it('refuses the same class twice, with no second fee', async () => {
    const missed = await sessionOn(own, '2026-09-16');
    const target = await sessionOn(other, '2026-10-01');
    const before = (await chargesOf(contractId)).length;
    await expect(
      bookMakeUp(parentOf(family), family.child.id, missed.id, target.id, at('2026-09-20')),
    ).rejects.toMatchObject({ codes: ['liveEngine.makeUpTwice'] });
    expect(await chargesOf(contractId)).toHaveLength(before);
  });

  it("someone else's child is not found", async () => {
    const stranger = await makeFamily();
    const missed = await sessionOn(own, '2026-09-23');
    const target = await sessionOn(other, '2026-10-01');
    await expect(
      bookMakeUp(parentOf(stranger), family.child.id, missed.id, target.id, at('2026-09-20')),
    ).rejects.toThrow(/not found|learner/i);
  });
});
