// The cart: a guest's cart lives under a random token (cookie); a user's cart is tied to the
// account, and a guest cart is merged into it on the first request after logging in.
// Prices are never stored here: they are read from the catalogue every time.
import { randomBytes } from 'node:crypto';
import { db } from '@/lib/db/client';
import { invoiceTotals } from '@/lib/invoices/tax/vat';
import { isGroupOffer, offerLabel } from '@/lib/catalog/offers';
import { UserError } from '@/lib/errors';

export const MAX_GROUP_QUANTITY = 10;

export type CartOwner = { token: string | null; userId: string | null };

const cartSelect = {
  id: true,
  token: true,
  userId: true,
  items: {
    orderBy: { id: 'asc' as const },
    select: {
      id: true,
      quantity: true,
      offer: {
        select: {
          id: true,
          seats: true,
          priceGross: true,
          active: true,
          course: { select: { id: true, slug: true, title: true, published: true, accessMonths: true } },
        },
      },
    },
  },
};

export const newCartToken = () => randomBytes(24).toString('base64url');

/** The cart for this visitor, merging a guest cart into the user's when both exist. */
export async function findCart(owner: CartOwner) {
  const prisma = db();
  const guest = owner.token
    ? await prisma.cart.findUnique({ where: { token: owner.token }, select: cartSelect })
    : null;
  if (!owner.userId) return guest && !guest.userId ? guest : null;

  let mine = await prisma.cart.findUnique({ where: { userId: owner.userId }, select: cartSelect });
  if (guest && !guest.userId && guest.id !== mine?.id) {
    await prisma.$transaction(async (tx) => {
      if (!mine) {
        await tx.cart.update({ where: { id: guest.id }, data: { userId: owner.userId } });
        return;
      }
      for (const item of guest.items) {
        await tx.cartItem.upsert({
          where: { cartId_offerId: { cartId: mine.id, offerId: item.offer.id } },
          create: { cartId: mine.id, offerId: item.offer.id, quantity: item.quantity },
          update: {},
        });
      }
      await tx.cart.delete({ where: { id: guest.id } });
    });
    mine = await prisma.cart.findUnique({ where: { userId: owner.userId }, select: cartSelect });
  }
  return mine;
}

export type CartView = NonNullable<Awaited<ReturnType<typeof findCart>>>;

/** Lines and totals with the net / 23 % VAT split, from current catalogue prices. */
export function cartSummary(cart: CartView | null) {
  const items = (cart?.items ?? []).filter((i) => i.offer.active && i.offer.course.published);
  const lines = items.map((i) => ({
    itemId: i.id,
    offerId: i.offer.id,
    courseSlug: i.offer.course.slug,
    name: `${i.offer.course.title} — ${offerLabel(i.offer.seats).toLowerCase()}`,
    seats: i.offer.seats,
    quantity: i.quantity,
    quantityEditable: isGroupOffer(i.offer.seats),
    unitGross: i.offer.priceGross,
    vatRate: 23,
  }));
  if (lines.length === 0)
    return {
      lines: [] as ReturnType<typeof invoiceTotals<(typeof lines)[number]>>['lines'],
      net: 0,
      vat: 0,
      gross: 0,
      hasGroupPackage: false,
    };
  const totals = invoiceTotals(lines);
  return {
    lines: totals.lines,
    net: totals.net,
    vat: totals.vat,
    gross: totals.gross,
    hasGroupPackage: lines.some((l) => l.seats > 1),
  };
}

async function ensureCart(owner: CartOwner): Promise<{ id: string; token: string }> {
  const existing = await findCart(owner);
  if (existing) return { id: existing.id, token: existing.token };
  const token = owner.token ?? newCartToken();
  const created = await db().cart.upsert({
    where: { token },
    create: { token, userId: owner.userId },
    update: {},
    select: { id: true, token: true },
  });
  return created;
}

export async function addToCart(owner: CartOwner, offerId: string): Promise<{ token: string }> {
  const offer = await db().courseOffer.findFirst({
    where: { id: offerId, active: true, course: { published: true } },
    select: { id: true },
  });
  if (!offer) throw new UserError('checkout.errors.offerGone');
  const cart = await ensureCart(owner);
  await db().cartItem.upsert({
    where: { cartId_offerId: { cartId: cart.id, offerId } },
    create: { cartId: cart.id, offerId, quantity: 1 },
    update: {},
  });
  return { token: cart.token };
}

/** Changes the number of packages of a group offer; one-person offers stay at 1. */
export async function setCartQuantity(owner: CartOwner, itemId: string, quantity: number): Promise<void> {
  const cart = await findCart(owner);
  const item = cart?.items.find((i) => i.id === itemId);
  if (!cart || !item) throw new UserError('checkout.errors.itemGone');
  if (!isGroupOffer(item.offer.seats)) throw new UserError('checkout.errors.singleSeatQuantity');
  if (!Number.isInteger(quantity) || quantity < 1 || quantity > MAX_GROUP_QUANTITY) {
    throw new UserError(
      { code: 'checkout.errors.quantityRange', params: [MAX_GROUP_QUANTITY] },
      { quantity: { code: 'checkout.errors.quantityRangeField', params: [MAX_GROUP_QUANTITY] } },
    );
  }
  await db().cartItem.update({ where: { id: item.id, cartId: cart.id }, data: { quantity } });
}

export async function removeFromCart(owner: CartOwner, itemId: string): Promise<void> {
  const cart = await findCart(owner);
  if (!cart) return;
  await db().cartItem.deleteMany({ where: { id: itemId, cartId: cart.id } });
}

export async function cartCount(owner: CartOwner): Promise<number> {
  const cart = await findCart(owner);
  return cart?.items.length ?? 0;
}
