// After a contract's card payment with recurring FIRST commits, PayU holds the card as a
// multi-use TOKC_ token for the payer (buyer.extCustomerId = their user id): it is read from
// PayU's list of the payer's stored cards (paymethods under their trusted_merchant token, never
// inside the payment's transaction) and kept on the contract for the next charges
// (lib/billing/payments/card.ts). Should this fail, the next charge finds no token and the payer
// gets the pay link, whose card payment saves it again.
import { db } from '@/lib/db/client';
import { payu } from '@/lib/payments/gateway';
import { pickStoredCard } from '@/lib/payments/payu';

export async function storeCardOfPayment(paymentId: string): Promise<boolean> {
  try {
    const p = await db().payment.findFirst({
      where: {
        id: paymentId,
        status: 'COMPLETED',
        events: { some: { kind: 'created', detail: { path: ['recurring'], equals: 'FIRST' } } },
      },
      select: {
        order: {
          select: {
            userId: true,
            buyerEmail: true,
            items: { where: { kind: 'CONTRACT_CHARGE' }, select: { charge: { select: { contractId: true } } } },
          },
        },
      },
    });
    const contractIds = [...new Set(p?.order.items.flatMap((i) => (i.charge ? [i.charge.contractId] : [])) ?? [])];
    if (!p || contractIds.length === 0) return false;
    // The customer exactly as the FIRST order named them (lib/orders/payment-attempt.ts).
    const tokens = await payu().retrieveCardTokens({ email: p.order.buyerEmail, extCustomerId: p.order.userId });
    const card = pickStoredCard(tokens);
    if (!card) return false;
    const { count } = await db().contract.updateMany({
      where: { id: { in: contractIds }, payMethod: 'CARD', payerId: p.order.userId },
      data: { cardToken: card.token, cardLabel: card.label },
    });
    return count > 0;
  } catch (e) {
    console.error('[billing] card token not stored', paymentId, e instanceof Error ? e.message : e);
    return false;
  }
}
