// What a centre's class costs (pure). Settlements count classes, not months ("the monthly fee is
// not a fee for that month's classes"), so every derived price is the year's price per class.

/** S9: a make-up requested late costs one class of the year (the annual plan's price / classes). */
export function singleClassPrice(priceAnnual: number, classes: number): number {
  if (classes <= 0) throw new Error('a group has at least one class');
  return Math.round(priceAnnual / classes);
}

/**
 * Joining after the year's first class: the plan's price for the classes still ahead, rounded to
 * whole złoty so instalments stay readable; the whole price before the first class.
 */
export function priceForRemaining(price: number, classes: number, remaining: number): number {
  if (remaining >= classes) return price;
  if (remaining <= 0) return 0;
  return Math.round((price * remaining) / classes / 100) * 100;
}
