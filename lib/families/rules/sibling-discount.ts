// Sibling discount, regulamin §5.3: off the fee of the 2nd and every further child, only when
// every child in the order gets Standard, and never with instalments.
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
    return { applies: false, code: 'SINGLE_CHILD', message: 'Rabat dla rodzeństwa przysługuje od drugiego dziecka.' };
  }
  if (packages.some((p) => p !== 'STANDARD')) {
    return {
      applies: false,
      code: 'NOT_ALL_STANDARD',
      message: 'Rabat dla rodzeństwa przysługuje tylko wtedy, gdy dla wszystkich dzieci wybrano Pakiet Standard.',
    };
  }
  if (paidBefore.some((p) => p !== 'STANDARD')) {
    return {
      applies: false,
      code: 'NOT_ALL_STANDARD',
      message:
        'Rabat dla rodzeństwa przysługuje tylko wtedy, gdy wszystkie dzieci mają Pakiet Standard — także te, których pakiet na ten rok szkolny jest już opłacony.',
    };
  }
  if (instalments) {
    return {
      applies: false,
      code: 'INSTALMENTS',
      message: 'Rabat dla rodzeństwa nie obowiązuje przy płatności w ratach.',
    };
  }
  const discountedChildren = paidBefore.length > 0 ? packages.length : packages.length - 1;
  return {
    applies: true,
    code: 'APPLIED',
    discountedChildren,
    message:
      paidBefore.length > 0
        ? `Rodzeństwo ma już opłacony Pakiet Standard na ten rok szkolny, więc rabat obejmuje każde dziecko w tym zamówieniu; liczba dzieci z rabatem: ${discountedChildren}.`
        : `Rabat dla rodzeństwa obniża opłatę za drugie i każde kolejne dziecko; liczba dzieci z rabatem: ${discountedChildren}.`,
  };
}
