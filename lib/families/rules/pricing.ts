// The price of one parent's order: packages per child (§5.2), sibling discount (§5.3) and
// add-ons (§5.5–5.8). Invalid orders get Polish errors and no price at all.
import { messages, text } from '@/lib/i18n';
import type { Currency } from '@/lib/format/money';
import { priceAddOns, type AddOnErrorCode, type AddOnLine, type AddOns } from '@/lib/families/rules/add-ons';
import { classForChild, type ClassNumber } from '@/lib/families/rules/class-table';
import { convertFromPln, isValidRate, type ExchangeRate } from '@/lib/families/rules/exchange-rate';
import { checkPackageAge, PACKAGES, type PackageCode } from '@/lib/families/rules/packages';
import type { SchoolYear } from '@/lib/families/rules/school-year';
import {
  decideSiblingDiscount,
  SIBLING_DISCOUNT,
  type SiblingDiscountDecision,
} from '@/lib/families/rules/sibling-discount';
import type { SubjectCode } from '@/lib/families/rules/subjects';

export type ChildInOrder = {
  childId: string;
  birthYear: number;
  package: PackageCode;
  /** §4.8: −1, 0 or +1 class against the birth-year table. */
  classChange?: number;
  addOns?: AddOns;
};

export type OrderInput = {
  currency: Currency;
  /** The year bought: ages and classes are reckoned against it. */
  schoolYear: SchoolYear;
  children: readonly ChildInOrder[];
  /** Needed for paid add-ons when paying in GBP, EUR or USD. */
  rate?: ExchangeRate;
  instalments?: boolean;
  /** §5.3: packages already paid this school year for the parent's other children. */
  paidSiblings?: readonly PackageCode[];
  /** §5.3: discounts those paid siblings still hold (see decideSiblingDiscount). */
  siblingDiscountsHeld?: number;
};

export type OrderLine = {
  childId: string;
  kind: 'PACKAGE' | 'SIBLING_DISCOUNT' | AddOnLine['kind'];
  description: string;
  subject?: SubjectCode;
  amountMinor: number;
  /** Add-ons only: the PLN price the amount was converted from. */
  amountPlnMinor?: number;
};

export type OrderErrorCode =
  | 'NO_CHILDREN'
  | 'DUPLICATE_CHILD'
  | 'AGE_OUT_OF_RANGE'
  | 'CLASS_CHANGE_INVALID'
  | AddOnErrorCode
  | 'RATE_REQUIRED'
  | 'RATE_INVALID';
export type OrderError = { childId?: string; code: OrderErrorCode; message: string };

export type PricedOrder =
  | { ok: true; currency: Currency; lines: OrderLine[]; totalMinor: number; siblingDiscount: SiblingDiscountDecision }
  | { ok: false; errors: OrderError[] };

export function priceOrder(order: OrderInput): PricedOrder {
  const errors: OrderError[] = [];
  if (order.children.length === 0) errors.push({ code: 'NO_CHILDREN', message: text('families.errors.noChildren') });
  const seen = new Set<string>();

  const packageLines: OrderLine[] = [];
  const addOnLines: (AddOnLine & { childId: string })[] = [];
  for (const child of order.children) {
    const { childId } = child;
    if (seen.has(childId))
      errors.push({
        childId,
        code: 'DUPLICATE_CHILD',
        message: text('families.errors.duplicateChild'),
      });
    seen.add(childId);

    const pkg = PACKAGES[child.package];
    const age = checkPackageAge(child.package, child.birthYear, order.schoolYear);
    if (!age.ok) {
      errors.push({ childId, code: 'AGE_OUT_OF_RANGE', message: age.message });
      continue;
    }
    let classNumber: ClassNumber | null = null;
    if (pkg.hasClasses) {
      const cls = classForChild(child.birthYear, order.schoolYear, child.classChange ?? 0);
      if (!cls.ok) {
        errors.push({ childId, code: 'CLASS_CHANGE_INVALID', message: cls.message });
        continue;
      }
      classNumber = cls.classNumber;
    } else if ((child.classChange ?? 0) !== 0) {
      errors.push({ childId, code: 'CLASS_CHANGE_INVALID', message: text('families.errors.startHasNoClasses') });
      continue;
    }
    packageLines.push({ childId, kind: 'PACKAGE', description: pkg.name, amountMinor: pkg.price[order.currency] });
    const addOns = priceAddOns(child.package, classNumber, child.addOns ?? {});
    for (const e of addOns.errors) errors.push({ childId, ...e });
    for (const line of addOns.lines) addOnLines.push({ childId, ...line });
  }

  const converted = convertAddOns(
    addOnLines.map((l) => l.amountPlnMinor),
    order,
  );
  if (!converted.ok) errors.push(converted.error);
  if (errors.length > 0 || !converted.ok) return { ok: false, errors };
  const addOnAmounts = converted.amounts;

  const paidSiblings = order.paidSiblings ?? [];
  const siblingDiscount = decideSiblingDiscount(
    order.children.map((c) => c.package),
    order.instalments ?? false,
    paidSiblings,
    order.siblingDiscountsHeld,
  );
  // The discounted children are the last ones: the first child in the order carries the full
  // price unless a paid sibling already does.
  const firstDiscounted = siblingDiscount.applies ? packageLines.length - siblingDiscount.discountedChildren : Infinity;
  const lines: OrderLine[] = [];
  packageLines.forEach((line, i) => {
    lines.push(line);
    if (i >= firstDiscounted) {
      lines.push({
        childId: line.childId,
        kind: 'SIBLING_DISCOUNT',
        description: messages().families.lines.siblingDiscount,
        amountMinor: -SIBLING_DISCOUNT[order.currency],
      });
    }
  });
  addOnLines.forEach((l, i) => {
    lines.push({
      childId: l.childId,
      kind: l.kind,
      description: l.description,
      subject: l.subject,
      amountMinor: addOnAmounts[i],
      amountPlnMinor: l.amountPlnMinor,
    });
  });
  const totalMinor = lines.reduce((sum, l) => sum + l.amountMinor, 0);
  return { ok: true, currency: order.currency, lines, totalMinor, siblingDiscount };
}

/** PLN add-ons in PLN orders stay as they are; otherwise one conversion for the whole order. */
function convertAddOns(
  plnMinor: number[],
  order: OrderInput,
): { ok: true; amounts: number[] } | { ok: false; error: OrderError } {
  if (order.currency === 'PLN' || plnMinor.every((a) => a === 0)) return { ok: true, amounts: plnMinor };
  const rate = order.rate;
  if (!rate) {
    return {
      ok: false,
      error: {
        code: 'RATE_REQUIRED',
        message: text({ code: 'families.errors.rateRequired', params: [order.currency] }),
      },
    };
  }
  if (rate.currency !== order.currency || !isValidRate(rate)) {
    return {
      ok: false,
      error: {
        code: 'RATE_INVALID',
        message: text({ code: 'families.errors.rateMismatch', params: [order.currency] }),
      },
    };
  }
  return { ok: true, amounts: convertFromPln(plnMinor, rate) };
}
