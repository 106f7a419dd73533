// The cart: a guest's cart lives under a random token (cookie); a user's cart is tied to the
// account, and a guest cart is merged into it on the first request after logging in.
// Prices are never stored here: they are read from the catalogue every time.
import { randomBytes } from 'node:crypto';
import { db } from '@/lib/db/client';
import { invoiceTotals } from '@/lib/invoices/tax/vat';
import { offerLabel } from '@/lib/catalog/offers';
import { quantityRefusal, topUpPrice } from '@/lib/catalog/rules/packages';
import { levelCourseIds } from '@/lib/catalog/level-courses';
import { UserError } from '@/lib/errors';
import { messages } from '@/lib/i18n';

/** Every line is bought once (lib/catalog/rules/packages.ts): more people → a bigger package or a top-up. */
export const MAX_GROUP_QUANTITY = 1;

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
      topUpGroupId: true,
      topUpSeats: true,
      offer: {
        select: {
          id: true,
          seats: true,
          priceGross: true,
          active: true,
          course: {
            select: {
              id: true,
              slug: true,
              title: true,
              published: true,
              accessMonths: true,
              offers: { where: { active: true }, select: { id: true, seats: true, priceGross: true } },
            },
          },
        },
      },
    },
  },
};

export const newCartToken = () => randomBytes(24).toString('base64url');

/** The cart for this visitor, with the groups its top-ups add seats to. */
export async function findCart(owner: CartOwner) {
  const cart = await findBareCart(owner);
  if (!cart) return null;
  const ids = cart.items.flatMap((i) => (i.topUpGroupId ? [i.topUpGroupId] : []));
  // Only the cart owner's own active groups count; a top-up into anything else is dropped from the summary.
  const groups = ids.length
    ? await db().group.findMany({
        where: { id: { in: ids }, active: true, ownerId: cart.userId ?? '' },
        select: { id: true, seats: true, companyName: true },
      })
    : [];
  return { ...cart, topUpGroups: new Map(groups.map((g) => [g.id, g])) };
}

/** The cart for this visitor, merging a guest cart into the user's when both exist. */
async function findBareCart(owner: CartOwner) {
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
          create: {
            cartId: mine.id,
            offerId: item.offer.id,
            quantity: item.quantity,
            topUpGroupId: item.topUpGroupId,
            topUpSeats: item.topUpSeats,
          },
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

/**
 * Lines and totals with the net / 23 % VAT split, from current catalogue prices. A line's name is
 * in `locale` (Polish, the default, is what an order stores and its invoice prints); `course` and
 * `detail` are its parts, for showing the course's own title apart from the interface's words.
 */
export function cartSummary(cart: CartView | null, locale?: string) {
  const lines = (cart?.items ?? []).flatMap((i) => {
    if (!i.offer.active || !i.offer.course.published) return [];
    const base = { itemId: i.id, offerId: i.offer.id, courseSlug: i.offer.course.slug, vatRate: 23 };
    if (!i.topUpGroupId) {
      return [
        {
          ...base,
          name: `${i.offer.course.title} — ${offerLabel(i.offer.seats, locale).toLowerCase()}`,
          course: i.offer.course.title,
          detail: offerLabel(i.offer.seats, locale).toLowerCase() as string | null,
          seats: i.offer.seats,
          quantity: i.quantity,
          quantityEditable: false,
          unitGross: i.offer.priceGross,
          topUpGroupId: null as string | null,
        },
      ];
    }
    const group = cart!.topUpGroups.get(i.topUpGroupId);
    const price = group && topUpPrice(group.seats, i.topUpSeats ?? 0, i.offer.course.offers);
    if (!group || !price || 'reason' in price) return [];
    return [
      {
        ...base,
        name: messages(locale).groupTopUp.line(i.offer.course.title, i.topUpSeats!, group.companyName),
        course: i.offer.course.title,
        detail: null,
        seats: i.topUpSeats!,
        quantity: 1,
        quantityEditable: false,
        unitGross: price.totalGross,
        topUpGroupId: group.id,
      },
    ];
  });
  if (lines.length === 0)
    return {
      lines: [] as ReturnType<typeof invoiceTotals<(typeof lines)[number]>>['lines'],
      net: 0,
      vat: 0,
      gross: 0,
      hasGroupPackage: false,
      quantityProblem: false,
    };
  const totals = invoiceTotals(lines);
  return {
    lines: totals.lines,
    net: totals.net,
    vat: totals.vat,
    gross: totals.gross,
    hasGroupPackage: lines.some((l) => l.seats > 1),
    // Lines from before the one-per-line rule (3 × 30): refused at checkout until changed.
    quantityProblem: lines.some((l) => quantityRefusal(l.quantity) !== null),
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
    where: { id: offerId, active: true, course: { published: true, id: { notIn: await levelCourseIds() } } },
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

/**
 * Puts a top-up of `seats` seats into the signed-in owner's cart for their group (one line per
 * course: a second top-up replaces the first). The line rides on the course's smallest package
 * offer, so that package and a top-up of the same course are not in one cart at once.
 */
export async function addTopUpToCart(owner: CartOwner & { userId: string }, groupId: string, seats: number) {
  const group = await db().group.findFirst({
    where: { id: groupId, ownerId: owner.userId, active: true, course: { published: true } },
    select: { seats: true, course: { select: { offers: { where: { active: true } } } } },
  });
  if (!group) throw new UserError('checkout.errors.topUpGroupGone');
  const price = topUpPrice(group.seats, seats, group.course.offers);
  if ('reason' in price) {
    throw new UserError(`checkout.errors.topUp.${price.reason}`, { seats: `checkout.errors.topUp.${price.reason}` });
  }
  const anchor = group.course.offers.filter((o) => o.seats > 1).sort((a, b) => a.seats - b.seats)[0];
  const cart = await ensureCart(owner);
  const existing = await db().cartItem.findUnique({
    where: { cartId_offerId: { cartId: cart.id, offerId: anchor.id } },
    select: { topUpGroupId: true },
  });
  if (existing && !existing.topUpGroupId) throw new UserError('checkout.errors.topUpWithPackage');
  await db().cartItem.upsert({
    where: { cartId_offerId: { cartId: cart.id, offerId: anchor.id } },
    create: { cartId: cart.id, offerId: anchor.id, quantity: 1, topUpGroupId: groupId, topUpSeats: seats },
    update: { topUpGroupId: groupId, topUpSeats: seats },
  });
  return { token: cart.token };
}

/**
 * Sets a line's quantity, which may only be 1 (lib/catalog/rules/packages.ts): a group package
 * is never bought twice, the person chooses a bigger package instead; one-person offers stay at 1.
 */
export async function setCartQuantity(owner: CartOwner, itemId: string, quantity: number): Promise<void> {
  const cart = await findCart(owner);
  const item = cart?.items.find((i) => i.id === itemId);
  if (!cart || !item) throw new UserError('checkout.errors.itemGone');
  if (quantityRefusal(quantity)) {
    if (item.offer.seats === 1) throw new UserError('checkout.errors.singleSeatQuantity');
    throw new UserError('checkout.errors.groupQuantity', { quantity: 'checkout.errors.groupQuantityField' });
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
