// Sibling discount, regulamin §5.3: off the fee of the 2nd and every further child, only when
// every child in the order gets Standard, and never with instalments.
import { messages } from '@/lib/i18n';
import { divRoundHalfUp, type Currency } from '@/lib/format/money';
import type { PackageCode } from '@/lib/families/rules/packages';

/** Per discounted child, minor units; 2999 − 1000 = 1999 PLN etc., as §5.3 states. */
export const SIBLING_DISCOUNT: Record<Currency, number> = { PLN: 100000, GBP: 21000, EUR: 23000, USD: 28000 };

export type SiblingDiscountDecision =
  | { applies: true; code: 'APPLIED'; discountedChildren: number; message: string }
  | {
      applies: false;
      code: 'SINGLE_CHILD' | 'NOT_ALL_STANDARD' | 'INSTALMENTS' | 'NO_FULL_PRICE_SIBLING';
      message: string;
    };

/**
 * `packages` in order: the first child pays in full. `paidBefore`: packages already paid this
 * school year for the parent's other children — they are siblings too, so a child bought later
 * is a "second child", but only while every one of them is Standard as well.
 * When several reasons block the discount the one a parent can act on first is given: one
 * child, then the package mix, then instalments.
 */
export function decideSiblingDiscount(
  packages: readonly PackageCode[],
  instalments: boolean,
  paidBefore: readonly PackageCode[] = [],
  /**
   * Discounts the paid siblings still hold (discounted packages minus discounts already paid
   * back when a full-price sibling left). Defaults to "one of them paid in full". A discount is
   * given only while some paid sibling really carries the full price: a repurchase never
   * double-counts.
   */
  discountsHeld: number = Math.max(0, paidBefore.length - 1),
): SiblingDiscountDecision {
  if (packages.length + paidBefore.length < 2) {
    return { applies: false, code: 'SINGLE_CHILD', message: messages().families.sibling.singleChild };
  }
  if (packages.some((p) => p !== 'STANDARD')) {
    return {
      applies: false,
      code: 'NOT_ALL_STANDARD',
      message: messages().families.sibling.notAllStandard,
    };
  }
  if (paidBefore.some((p) => p !== 'STANDARD')) {
    return {
      applies: false,
      code: 'NOT_ALL_STANDARD',
      message: messages().families.sibling.paidNotStandard,
    };
  }
  if (instalments) {
    return {
      applies: false,
      code: 'INSTALMENTS',
      message: messages().families.sibling.instalments,
    };
  }
  const allowed = siblingDiscountsAllowed([...paidBefore, ...packages]);
  const discountedChildren = Math.min(packages.length, Math.max(0, allowed - discountsHeld));
  if (discountedChildren === 0) {
    // Every paid sibling already holds a discount (the full-price one left): this child pays in full.
    return {
      applies: false,
      code: 'NO_FULL_PRICE_SIBLING',
      message: messages().families.sibling.noFullPriceSibling,
    };
  }
  return {
    applies: true,
    code: 'APPLIED',
    discountedChildren,
    message:
      paidBefore.length > 0
        ? messages().families.sibling.appliedWithPaid(discountedChildren)
        : messages().families.sibling.applied(discountedChildren),
  };
}

/** §5.3 among paid packages: every Standard child but one may be discounted; other packages never. */
export function siblingDiscountsAllowed(packages: readonly PackageCode[]): number {
  return Math.max(0, packages.filter((p) => p === 'STANDARD').length - 1);
}

export type SiblingReevaluationInput = {
  currency: Currency;
  /** Paid packages of the family's other children for the same school year, after the change. */
  remaining: readonly { package: PackageCode; discounted: boolean }[];
  /**
   * Net discounts of this school year already paid back by earlier re-evaluations (a loss
   * counts +1, a return −1).
   */
  discountsRepaid: number;
  /**
   * Net amount earlier cancellations of this school year actually withheld from refunds for
   * §5.3 (withheld minus handed back). A hand-back never exceeds it: what goes back is what was
   * taken, even when the months now left would price the discount higher.
   */
  withheldMinor: number;
  /**
   * Months of the year still to come for the remaining children (§7.5, of 10). A withdrawal
   * (§8, the contract counts as never made) moves the whole discount: 10.
   */
  months: number;
  /** The refund of the package that leaves, before the sibling adjustment. */
  refundMinor: number;
};

export type SiblingReevaluation = {
  /** +1: a remaining sibling loses its discount; −1: a discount paid back earlier comes back. */
  lostDiscounts: number;
  /** Signed: > 0 is taken from the refund (never beyond it), < 0 is added to it. */
  lossMinor: number;
  refundAfterMinor: number;
};

/**
 * §5.3 re-evaluated when a paid package leaves (withdrawal or resignation). The family should
 * hold as many discounts as the remaining Standard children allow (all but one). If it holds
 * more — the child that carried the full price left — one remaining sibling now pays the full
 * price for the rest of the year and the difference is taken from the leaving child's refund.
 * If it holds fewer because a discount was paid back for a sibling who now leaves too, that
 * payment goes back with this refund. Either way the family ends up paying what §5.3 prices for
 * the children who keep a package. One package leaving moves at most one discount.
 */
export function reevaluateSiblingDiscount(input: SiblingReevaluationInput): SiblingReevaluation {
  if (!Number.isInteger(input.refundMinor) || input.refundMinor < 0)
    throw new Error(`Invalid refund: ${input.refundMinor}`);
  if (!Number.isInteger(input.withheldMinor)) throw new Error(`Invalid withheld amount: ${input.withheldMinor}`);
  const held = input.remaining.filter((r) => r.discounted).length - input.discountsRepaid;
  const allowed = siblingDiscountsAllowed(input.remaining.map((r) => r.package));
  const credit = Math.min(Math.max(0, input.discountsRepaid), 1);
  const lostDiscounts = Math.max(-credit, Math.min(1, held - allowed));
  const owed = divRoundHalfUp(lostDiscounts * SIBLING_DISCOUNT[input.currency] * input.months, MONTHS_OF_YEAR);
  const handBackLimit = input.withheldMinor > 0 ? -input.withheldMinor : 0;
  const lossMinor = Math.max(Math.min(owed, input.refundMinor), handBackLimit);
  return { lostDiscounts, lossMinor, refundAfterMinor: input.refundMinor - lossMinor };
}

/** §7.5 spreads the fee over the 10 months of the school year. */
const MONTHS_OF_YEAR = 10;
