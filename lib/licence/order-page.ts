// What the licence order form shows (/planer/zamowienie): the exam years on offer, the price with
// its VAT split (A2: 500 zł = 406,50 + 93,50), the commissions to choose from, and who is signed in.
import type { CurrentUser } from '@/lib/auth/session';
import { currentTime } from '@/lib/clock/clock';
import { db } from '@/lib/db/client';
import { formatMoney } from '@/lib/format/money';
import { messages } from '@/lib/i18n';
import { splitGross } from '@/lib/invoices/tax/vat';
import { COMMISSIONS } from '@/lib/matura/data/oke';
import { orderableExamYears } from './rules/exam-years';
import { LICENCE_OFFER_SLUG } from './paths';

export type OrderPage = {
  years: { value: string; label: string }[];
  commissions: { value: string; label: string }[];
  price: string;
  member: { name: string } | null;
};

export function orderPageOf(gross: number, vatRate: number, now: Date, member: OrderPage['member']): OrderPage {
  const t = messages().licence.order;
  const split = splitGross(gross, vatRate);
  const zl = (v: number) => formatMoney(v, 'PLN');
  return {
    years: orderableExamYears(now).map((y) => ({ value: String(y), label: t.examYearOption(y) })),
    commissions: COMMISSIONS.map((c) => ({ value: c.code, label: messages().matura.oke[c.code].name })),
    price: t.priceLine(zl(split.gross), zl(split.net), zl(split.vat)),
    member,
  };
}

/** Null when the licence is not on sale (no active offer). */
export async function licenceOrderPage(viewer: CurrentUser | null, now = currentTime()): Promise<OrderPage | null> {
  const offer = await db().billingOffer.findFirst({
    where: { slug: LICENCE_OFFER_SLUG, active: true },
    select: { amount: true, vatRate: true },
  });
  if (!offer) return null;
  return orderPageOf(
    offer.amount,
    offer.vatRate,
    now,
    viewer ? { name: `${viewer.firstName} ${viewer.lastName}` } : null,
  );
}
