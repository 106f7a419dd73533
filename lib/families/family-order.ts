// The family order: the parent's choice per child, priced on the server by priceOrder (never
// from the request), paid through the ordinary Order → PayU path. One OrderItem per child
// holds its package, discount and add-ons; a FamilyPackage row waits for the payment.
import { messages } from '@/lib/i18n';
import { randomUUID } from 'node:crypto';
import { db } from '@/lib/db/client';
import { Prisma } from '@/lib/db/generated/client';
import { termsVersionInForce } from '@/lib/auth/terms';
import { UserError } from '@/lib/errors';
import { withRetryOnConflict } from '@/lib/db/retry';
import { orderOfCheckoutKey } from '@/lib/orders/checkout-key';
import { currentTime } from '@/lib/clock/clock';
import type { Currency } from '@/lib/format/money';
import { currencyForCountry } from '@/lib/families/rules/currency';
import { listChildren, childClass, type ChildRow } from '@/lib/families/children';
import { PACKAGE_CODES, PACKAGES, type PackageCode } from '@/lib/families/rules/packages';
import { FAMILY_PACKAGE_ITEM } from '@/lib/settlement/family-activation';
import { priceOrder, type ChildInOrder, type OrderLine, type PricedOrder } from '@/lib/families/rules/pricing';
import { schoolYearForPurchase, schoolYearLabel, type SchoolYear } from '@/lib/families/rules/school-year';
import { rateForDay } from '@/lib/families/rates';
import { discountsHeld, siblingLedger } from '@/lib/families/sibling-ledger';
import type { AddOns } from '@/lib/families/rules/add-ons';
import type { SubjectCode } from '@/lib/families/rules/subjects';
import { SUBJECT_NAMES } from '@/lib/families/rules/subjects';
import { newOrderNumber } from '@/lib/orders/numbers';
import { startPaymentAttempt, type PayMethod } from '@/lib/orders/payment-attempt';
import { assertPayMethod } from '@/lib/payments/pay-methods';
import type { FamilyOrderAddress } from '@/lib/families/schemas';
import type { PostalAddress } from '@/lib/invoices/address-schema';

/** What the parent picked for one child; raw form values, validated here. */
export type ChildChoice = {
  childId: string;
  package: string;
  exams?: string[];
  extraSubjects?: string[];
  polishGroupLessons?: string;
};

export type FamilyQuote = {
  currency: Currency;
  schoolYear: SchoolYear;
  children: ChildRow[];
  chosen: ChildChoice[];
  priced: PricedOrder | null;
  /** Children who already have a paid package this year: it cannot be changed (§5.9). */
  alreadyPaid: Set<string>;
  rate: { plnPerUnitTimes10000: number; effectiveOn: Date } | null;
};

export async function parentCurrency(parentId: string): Promise<Currency> {
  const parent = await db().user.findUniqueOrThrow({ where: { id: parentId }, select: { country: true } });
  return currencyForCountry(parent.country ?? 'PL');
}

const isSubject = (s: string): s is SubjectCode => s in SUBJECT_NAMES;
const isPackage = (s: string): s is PackageCode => (PACKAGE_CODES as readonly string[]).includes(s);

export async function quoteFamilyOrder(
  parentId: string,
  choices: ChildChoice[],
  now = currentTime(),
): Promise<FamilyQuote> {
  const [currency, children] = await Promise.all([parentCurrency(parentId), listChildren(parentId)]);
  const schoolYear = schoolYearForPurchase(now);
  const paid = await db().familyPackage.findMany({
    where: { child: { parentId }, schoolYear: schoolYear.startYear, status: { in: ['ACTIVE'] } },
    select: { childId: true, packageCode: true },
  });
  const alreadyPaid = new Set(paid.map((p) => p.childId));
  const rate = currency === 'PLN' ? null : await rateForDay(currency, now);
  // Only the parent's own children, in the order they were added (the first pays in full).
  const chosen = children
    .map((c) => choices.find((x) => x.childId === c.id))
    .filter((x): x is ChildChoice => !!x && isPackage(x.package));
  if (chosen.length === 0) return { currency, schoolYear, children, chosen, priced: null, alreadyPaid, rate };
  const inOrder: ChildInOrder[] = chosen.map((x) => {
    const child = children.find((c) => c.id === x.childId)!;
    const addOns: AddOns = {
      exams: (x.exams ?? []).filter(isSubject),
      extraSubjects: (x.extraSubjects ?? []).filter(isSubject),
      polishGroupLessons: x.polishGroupLessons ? Number(x.polishGroupLessons) : undefined,
    };
    return {
      childId: x.childId,
      birthYear: child.birthYear,
      package: x.package as PackageCode,
      classChange: x.package === 'NA_START' ? 0 : child.classShift,
      addOns,
    };
  });
  // §5.3 against the siblings really paid: a sibling whose full-price brother or sister left
  // holds its discount still (or paid it back), so a repurchase is not discounted twice.
  const ledger = await siblingLedger(parentId, schoolYear.startYear, { childIds: chosen.map((c) => c.childId) });
  const priced = priceOrder({
    currency,
    schoolYear,
    children: inOrder,
    paidSiblings: ledger.paid.map((p) => p.package),
    siblingDiscountsHeld: discountsHeld(ledger),
    rate: rate && currency !== 'PLN' ? { currency, plnPerUnitTimes10000: rate.plnPerUnitTimes10000 } : undefined,
  });
  return { currency, schoolYear, children, chosen, priced, alreadyPaid, rate };
}

export async function placeFamilyOrder(
  parent: { id: string; firstName: string; lastName: string; email: string | null },
  choices: ChildChoice[],
  payMethod: PayMethod,
  checkoutKey: string,
  customerIp: string,
  now = currentTime(),
  address: FamilyOrderAddress | null = null,
): Promise<{ orderId: string; redirectUri: string }> {
  // A raced twin (same parent, same key) is continued on the second attempt; nothing loops.
  const placed = await withRetryOnConflict(
    () => createFamilyOrder(parent, choices, payMethod, checkoutKey, now, address),
    { attempts: 2 },
  );
  if (placed.repeat && placed.repeat.status !== 'AWAITING_PAYMENT') {
    throw new UserError('checkout.errors.alreadyPlaced');
  }
  const orderId = placed.repeat?.id ?? placed.orderId!;
  return { orderId, redirectUri: await startPaymentAttempt(orderId, parent.id, payMethod, customerIp) };
}

async function createFamilyOrder(
  parent: { id: string; firstName: string; lastName: string; email: string | null },
  choices: ChildChoice[],
  payMethod: PayMethod,
  checkoutKey: string,
  now: Date,
  address: FamilyOrderAddress | null,
): Promise<{ repeat?: { id: string; status: string }; orderId?: string }> {
  const repeat = await orderOfCheckoutKey(checkoutKey, parent.id);
  if (repeat) return { repeat };
  const quote = await quoteFamilyOrder(parent.id, choices, now);
  if (!quote.priced) throw new UserError('families.errors.noPackageChosen');
  if (!quote.priced.ok)
    throw new UserError({
      code: 'families.errors.orderProblems',
      params: [quote.priced.errors.map((e) => e.message)],
    });
  const blocked = quote.chosen.filter((c) => quote.alreadyPaid.has(c.childId));
  if (blocked.length > 0) {
    throw new UserError('families.errors.packagePaidLocked');
  }
  const priced = quote.priced;
  // A parent abroad pays by card: BLIK and transfers are refused before the order exists.
  await assertPayMethod(payMethod, quote.currency, priced.totalMinor);
  const label = schoolYearLabel(quote.schoolYear);
  const orderId = await db().$transaction(async (tx) => {
    const order = await tx.order.create({
      data: {
        number: newOrderNumber(now),
        checkoutKey,
        userId: parent.id,
        currency: quote.currency,
        totalGross: priced.totalMinor,
        buyerType: 'PERSON',
        buyerName: `${parent.firstName} ${parent.lastName}`.trim(),
        buyerEmail: parent.email ?? '',
        termsVersion: termsVersionInForce(now),
        termsAcceptedAt: now,
        // Not asked, so not recorded as given: the family terms (/rodzina/regulamin "Odstąpienie
        // od umowy", § 9 ust. 4 of the general terms) refund the whole fee on withdrawal within 14
        // days even after the child has started, so an art. 38 pt 13 consent would change nothing.
        immediateDeliveryConsent: false,
        ...addressColumns(address),
      },
      select: { id: true },
    });
    for (const choice of quote.chosen) {
      const child = quote.children.find((c) => c.id === choice.childId)!;
      const code = choice.package as PackageCode;
      const lines = priced.lines.filter((l) => l.childId === child.id);
      const amount = lines.reduce((s, l) => s + l.amountMinor, 0);
      const cls = PACKAGES[code].hasClasses ? childClass(child, quote.schoolYear) : null;
      const classNumber = cls && cls.ok ? cls.classNumber : null;
      const title = `${PACKAGES[code].name} ${label} — ${child.fullName}`;
      const item = await tx.orderItem.create({
        data: {
          orderId: order.id,
          name: itemName(title, lines),
          quantity: 1,
          unitGross: amount,
          totalGross: amount,
          kind: FAMILY_PACKAGE_ITEM,
          childId: child.id,
          details: {
            // The invoice's lines (lib/invoices/lines.ts): the package, its discount, each add-on.
            title,
            childName: child.fullName,
            lines,
            rate: quote.rate
              ? {
                  plnPerUnitTimes10000: quote.rate.plnPerUnitTimes10000,
                  effectiveOn: quote.rate.effectiveOn.toISOString(),
                }
              : null,
          } as unknown as Prisma.InputJsonValue,
        },
        select: { id: true },
      });
      await tx.familyPackage.create({
        data: {
          childId: child.id,
          packageCode: code,
          schoolYear: quote.schoolYear.startYear,
          classNumber,
          currency: quote.currency,
          amountPaid: amount,
          orderId: order.id,
          orderItemId: item.id,
          addOns: lines
            .filter((l) => l.kind !== 'PACKAGE' && l.kind !== 'SIBLING_DISCOUNT')
            .map((l) => ({ kind: l.kind, subject: l.subject ?? null })) as unknown as Prisma.InputJsonValue,
        },
      });
    }
    return order.id;
  });
  return { orderId };
}

export const newCheckoutKey = () => randomUUID();

/** The order and invoice line says what the child's amount is made of, not only the package. */
function itemName(base: string, lines: readonly OrderLine[]): string {
  const extras = lines.filter((l) => l.kind !== 'PACKAGE').map((l) => l.description);
  return messages().families.lines.itemName(base, extras);
}

/** The order's address columns; the shipping address only where Premium's books go elsewhere. */
function addressColumns(a: FamilyOrderAddress | null) {
  if (!a) return {};
  const { billing, shipping } = a;
  return {
    street: billing.street,
    postalCode: billing.postalCode,
    city: billing.city,
    country: billing.country,
    ...(shipping
      ? {
          shippingName: shipping.name,
          shippingStreet: shipping.street,
          shippingPostalCode: shipping.postalCode,
          shippingCity: shipping.city,
          shippingCountry: shipping.country,
        }
      : {}),
  };
}

/**
 * The address of the parent's latest order that had one, to fill the form with (a parent's
 * address rarely changes between school years); with the country of residence otherwise.
 */
export async function rememberedAddress(parentId: string): Promise<{ address: PostalAddress; remembered: boolean }> {
  const [last, parent] = await Promise.all([
    db().order.findFirst({
      where: { userId: parentId, street: { not: null }, country: { not: null } },
      orderBy: { createdAt: 'desc' },
      select: { street: true, postalCode: true, city: true, country: true },
    }),
    db().user.findUniqueOrThrow({ where: { id: parentId }, select: { country: true } }),
  ]);
  if (last)
    return {
      address: {
        street: last.street!,
        postalCode: last.postalCode ?? '',
        city: last.city ?? '',
        country: last.country!,
      },
      remembered: true,
    };
  return { address: { street: '', postalCode: '', city: '', country: parent.country ?? 'PL' }, remembered: false };
}
