// Checkout: turns the visitor's cart into an order (prices from the catalogue, never from the
// request), then sends the buyer to PayU. The cart is emptied only once PayU has the order.
import { db } from '@/lib/db/client';
import { termsVersionInForce } from '@/lib/auth/terms';
import { normaliseNip } from '@/lib/invoices/tax/nip';
import { currentTime } from '@/lib/clock/clock';
import { isUniqueViolation, UserError } from '@/lib/errors';
import type { CurrentUser } from '@/lib/auth/session';
import { cartSummary, findCart, type CartOwner } from './cart';
import type { CheckoutInput } from './checkout-schema';
import { newOrderNumber } from './numbers';
import { assertPayMethod } from '@/lib/payments/pay-methods';
import { startPaymentAttempt } from './payment-attempt';

export type PlacedOrder = { orderId: string; redirectUri: string };

export async function placeOrder(
  user: CurrentUser,
  owner: CartOwner,
  input: CheckoutInput,
  customerIp: string,
): Promise<PlacedOrder> {
  // The same form sent twice (double click, back button) continues the same order.
  const repeat = await db().order.findFirst({
    where: { checkoutKey: input.checkoutKey, userId: user.id },
    select: { id: true, status: true },
  });
  if (repeat) {
    if (repeat.status !== 'AWAITING_PAYMENT') throw new UserError('checkout.errors.alreadyPlaced');
    return {
      orderId: repeat.id,
      redirectUri: await startPaymentAttempt(repeat.id, user.id, input.payMethod, customerIp),
    };
  }

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

  let orderId: string;
  try {
    orderId = await db().$transaction(async (tx) => {
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
  } catch (e) {
    if (isUniqueViolation(e)) {
      // Two requests with one checkout key raced: the other created it; continue that one.
      return placeOrder(user, owner, input, customerIp);
    }
    throw e;
  }

  const redirectUri = await startPaymentAttempt(orderId, user.id, input.payMethod, customerIp);
  await db().cartItem.deleteMany({ where: { cartId: cart.id, offerId: { in: summary.lines.map((l) => l.offerId) } } });
  return { orderId, redirectUri };
}
