// After a contract's card payment with recurring FIRST commits, PayU holds the card as a
// multi-use TOKC_ token: it is read from the PayU order (never inside the payment's transaction)
// and kept on the contract for the next charges (lib/billing/payments/card.ts). Should this fail,
// the next charge finds no token and the payer gets the pay link, whose card payment saves it again.
import { db } from '@/lib/db/client';
import { payu } from '@/lib/payments/gateway';

export async function storeCardOfPayment(paymentId: string): Promise<boolean> {
  try {
    const p = await db().payment.findFirst({
      where: {
        id: paymentId,
        status: 'COMPLETED',
        payuOrderId: { not: null },
        events: { some: { kind: 'created', detail: { path: ['recurring'], equals: 'FIRST' } } },
      },
      select: {
        payuOrderId: true,
        order: {
          select: {
            items: { where: { kind: 'CONTRACT_CHARGE' }, select: { charge: { select: { contractId: true } } } },
          },
        },
      },
    });
    const contractIds = [...new Set(p?.order.items.flatMap((i) => (i.charge ? [i.charge.contractId] : [])) ?? [])];
    if (!p || contractIds.length === 0) return false;
    const card = (await payu().retrieveOrder(p.payuOrderId!)).storedCard;
    if (!card) return false;
    const { count } = await db().contract.updateMany({
      where: { id: { in: contractIds }, payMethod: 'CARD' },
      data: { cardToken: card.token, cardLabel: card.label },
    });
    return count > 0;
  } catch (e) {
    console.error('[billing] card token not stored', paymentId, e instanceof Error ? e.message : e);
    return false;
  }
}
