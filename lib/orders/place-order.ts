// Checkout: turns the visitor's cart into an order (prices from the catalogue, never from the
// request), then sends the buyer to PayU. The cart is emptied only once PayU has the order.
import { db } from '@/lib/db/client';
import { termsVersionInForce } from '@/lib/auth/terms';
import { normaliseNip } from '@/lib/invoices/tax/nip';
import { currentTime } from '@/lib/clock/clock';
import { UserError } from '@/lib/errors';
import { withRetryOnConflict } from '@/lib/db/retry';
import type { CurrentUser } from '@/lib/auth/session';
import { cartSummary, findCart, type CartOwner } from './cart';
import type { CheckoutInput } from './checkout-schema';
import { newOrderNumber } from './numbers';
import { assertPayMethod } from '@/lib/payments/pay-methods';
import { startPaymentAttempt } from './payment-attempt';
import { orderOfCheckoutKey } from './checkout-key';

export type PlacedOrder = { orderId: string; redirectUri: string };

export async function placeOrder(
  user: CurrentUser,
  owner: CartOwner,
  input: CheckoutInput,
  customerIp: string,
): Promise<PlacedOrder> {
  // Two requests with one checkout key may race: the loser's second attempt finds the winner's
  // order and continues it. Bounded, so a conflict that stays is an error, never a loop.
  const placed = await withRetryOnConflict(() => createOrder(user, owner, input), { attempts: 2 });
  if (placed.repeat) {
    if (placed.repeat.status !== 'AWAITING_PAYMENT') throw new UserError('checkout.errors.alreadyPlaced');
    return {
      orderId: placed.repeat.id,
      redirectUri: await startPaymentAttempt(placed.repeat.id, user.id, input.payMethod, customerIp),
    };
  }
  const { orderId, cartId, offerIds } = placed;
  const redirectUri = await startPaymentAttempt(orderId, user.id, input.payMethod, customerIp);
  await db().cartItem.deleteMany({ where: { cartId, offerId: { in: offerIds } } });
  return { orderId, redirectUri };
}

/** The caller's order for this key if it exists (the same form sent twice), otherwise a new one. */
type Created =
  | { repeat: { id: string; status: string } }
  | { repeat?: undefined; orderId: string; cartId: string; offerIds: string[] };

async function createOrder(user: CurrentUser, owner: CartOwner, input: CheckoutInput): Promise<Created> {
  const repeat = await orderOfCheckoutKey(input.checkoutKey, user.id);
  if (repeat) return { repeat };

  const cart = await findCart(owner);
  const summary = cartSummary(cart);
  if (!cart || summary.lines.length === 0) throw new UserError('checkout.errors.cartEmpty');
  if (summary.quantityProblem) throw new UserError('checkout.errors.quantityInCart');
  // Refused before an order exists; courses are sold in złoty (Order.currency's default).
  await assertPayMethod(input.payMethod, 'PLN', summary.gross);
  if (summary.hasGroupPackage && input.buyerType !== 'COMPANY') {
    throw new UserError('checkout.errors.groupNeedsCompany', { buyerType: 'checkout.errors.groupNeedsCompanyField' });
  }
  const company = input.buyerType === 'COMPANY';
  const withAddress = company || input.wantsInvoice === 'on';
  const byOffer = new Map(cart.items.map((i) => [i.offer.id, i.offer]));

  const orderId = await db().$transaction(async (tx) => {
    const order = await tx.order.create({
      data: {
        number: newOrderNumber(),
        checkoutKey: input.checkoutKey,
        userId: user.id,
        totalGross: summary.gross,
        buyerType: input.buyerType,
        buyerName: company ? input.companyName! : `${user.firstName} ${user.lastName}`,
        buyerEmail: user.email ?? '',
        companyName: company ? input.companyName : null,
        nip: company ? normaliseNip(input.nip!) : null,
        street: withAddress ? input.street : null,
        postalCode: withAddress ? input.postalCode : null,
        city: withAddress ? input.city : null,
        termsVersion: termsVersionInForce(),
        termsAcceptedAt: currentTime(),
        immediateDeliveryConsent: !company && input.immediateDelivery === 'on',
        items: {
          create: summary.lines.map((l) => ({
            offerId: l.offerId,
            courseId: byOffer.get(l.offerId)!.course.id,
            name: l.name,
            seats: l.seats,
            quantity: l.quantity,
            unitGross: l.unitGross,
            vatRate: l.vatRate,
            totalGross: l.gross,
            topUpGroupId: l.topUpGroupId,
          })),
        },
      },
      select: { id: true },
    });
    return order.id;
  });
  return { orderId, cartId: cart.id, offerIds: summary.lines.map((l) => l.offerId) };
}
