// Sibling discount, regulamin §5.3: off the fee of the 2nd and every further child, only when
// every child in the order gets Standard, and never with instalments.
import type { Currency } from '@/lib/format/money';
import type { PackageCode } from '@/lib/families/packages';

/** Per discounted child, minor units; 2999 − 1000 = 1999 PLN etc., as §5.3 states. */
export const SIBLING_DISCOUNT: Record<Currency, number> = { PLN: 100000, GBP: 21000, EUR: 23000, USD: 28000 };

export type SiblingDiscountDecision =
  | { applies: true; code: 'APPLIED'; discountedChildren: number; message: string }
  | { applies: false; code: 'SINGLE_CHILD' | 'NOT_ALL_STANDARD' | 'INSTALMENTS'; message: string };

/**
 * `packages` in order: the first child pays in full. When several reasons block the discount
 * the one a parent can act on first is given: one child, then the package mix, then instalments.
 */
export function decideSiblingDiscount(
  packages: readonly PackageCode[],
  instalments: boolean,
): SiblingDiscountDecision {
  if (packages.length < 2) {
    return { applies: false, code: 'SINGLE_CHILD', message: 'Rabat dla rodzeństwa przysługuje od drugiego dziecka w zamówieniu.' };
  }
  if (packages.some((p) => p !== 'STANDARD')) {
    return {
      applies: false, code: 'NOT_ALL_STANDARD',
      message: 'Rabat dla rodzeństwa przysługuje tylko wtedy, gdy dla wszystkich dzieci wybrano Pakiet Standard.',
    };
  }
  if (instalments) {
    return { applies: false, code: 'INSTALMENTS', message: 'Rabat dla rodzeństwa nie obowiązuje przy płatności w ratach.' };
  }
  const discountedChildren = packages.length - 1;
  return {
    applies: true, code: 'APPLIED', discountedChildren,
    message: `Rabat dla rodzeństwa obniża opłatę za drugie i każde kolejne dziecko; liczba dzieci z rabatem: ${discountedChildren}.`,
  };
}
