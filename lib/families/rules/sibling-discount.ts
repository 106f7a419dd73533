// Sibling discount, regulamin §5.3: off the fee of the 2nd and every further child, only when
// every child in the order gets Standard, and never with instalments.
import { messages } from '@/lib/i18n';
import type { Currency } from '@/lib/format/money';
import type { PackageCode } from '@/lib/families/rules/packages';

/** Per discounted child, minor units; 2999 − 1000 = 1999 PLN etc., as §5.3 states. */
export const SIBLING_DISCOUNT: Record<Currency, number> = { PLN: 100000, GBP: 21000, EUR: 23000, USD: 28000 };

export type SiblingDiscountDecision =
  | { applies: true; code: 'APPLIED'; discountedChildren: number; message: string }
  | { applies: false; code: 'SINGLE_CHILD' | 'NOT_ALL_STANDARD' | 'INSTALMENTS'; message: string };

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
  const discountedChildren = paidBefore.length > 0 ? packages.length : packages.length - 1;
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
