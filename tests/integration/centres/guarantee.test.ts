// S11 on a centre contract: the payer's page quotes the full refund (all but the starter pack) up to
// the day after the child's 2nd class, and the resignation filed then does exactly that.
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { myContractPage } from '@/lib/billing/queries/contract-page';
import { staffContractPage } from '@/lib/billing/queries/staff-page';
import { contractSlug } from '@/lib/billing/queries/paths';
import { payerNotice } from '@/lib/billing/account/notice';
import { at, chargesOf, enrolPaid, makeCentreGroup, makeCentreSetup } from './fixtures';

async function paidAnnual() {
  const { spec } = await makeCentreSetup();
  const group = await makeCentreGroup({ ...spec, firstDay: '2026-09-02' });
  return { group, ...(await enrolPaid(group.offers.rok)) };
}

describe('centre guarantee (S11)', () => {
  it('the payer page quotes the full refund but the pack until the day after the 2nd class', async () => {
    const { family, signed, group } = await paidAnnual();
    const charges = await chargesOf(signed.contractId);
    const pack = charges.filter((c) => !c.refundable).reduce((a, c) => a + c.amount, 0);
    expect(pack).toBeGreaterThan(0);
    const on = await myContractPage(family.parent.id, contractSlug(signed.number), at('2026-09-10', 20));
    expect(on?.quote?.kind).toBe('full-refund');
    expect(on?.quote?.refund).toBe(group.priceAnnual);
    const after = await myContractPage(family.parent.id, contractSlug(signed.number), at('2026-09-11', 8));
    expect(after?.quote?.kind).toBe('notice');
    // Staff's page of the contract quotes the same settlement as the payer's.
    const staff = await staffContractPage(contractSlug(signed.number), at('2026-09-10', 20));
    expect(staff?.settlement).toMatchObject({ kind: 'full-refund', refund: group.priceAnnual });
  });

  it('a resignation within the guarantee refunds everything paid but the starter pack', async () => {
    const { family, signed, group } = await paidAnnual();
    await payerNotice(family.parent.id, signed.contractId, at('2026-09-10', 20));
    const c = await db().contract.findUniqueOrThrow({ where: { id: signed.contractId } });
    expect(c.status).toBe('ENDED');
    const refunds = await db().contractEvent.findMany({ where: { contractId: c.id, kind: 'refund-due' } });
    const total = refunds.reduce((a, e) => a + Number((e.detail as { amount: number }).amount), 0);
    expect(total).toBe(group.priceAnnual);
  });
});
