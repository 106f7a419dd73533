// A discount on a plan is taken off its charges in proportion to their amounts, in grosze, with
// the remainder on the last charge (Akcja Kontynuacja AK1: "proporcjonalnie do każdej płatności").
// Also splits a price into equal instalments the same way.

/**
 * Shares of `total` for charges of `amounts`: each floor(total × amount / sum), the remainder on
 * the last charge with an amount, never more than a charge's own amount.
 */
export function spreadDiscount(total: number, amounts: number[]): number[] {
  const sum = amounts.reduce((a, b) => a + b, 0);
  const shares = amounts.map(() => 0);
  if (total <= 0 || sum <= 0) return shares;
  const capped = Math.min(total, sum);
  let given = 0;
  amounts.forEach((a, i) => {
    shares[i] = Math.floor((capped * a) / sum);
    given += shares[i];
  });
  // The remainder goes on the last charge (then earlier ones, should the last be full).
  for (let i = amounts.length - 1; i >= 0 && given < capped; i--) {
    const room = amounts[i] - shares[i];
    const add = Math.min(room, capped - given);
    shares[i] += add;
    given += add;
  }
  return shares;
}

/** `total` in `n` equal parts in grosze, the remainder on the last (S5: "10 równych płatności"). */
export function splitEvenly(total: number, n: number): number[] {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`Invalid number of parts: ${n}`);
  const part = Math.floor(total / n);
  return Array.from({ length: n }, (_, i) => (i === n - 1 ? total - part * (n - 1) : part));
}

/** A percent discount (basis points: 1000 = 10 %) of an amount, rounded half up once. */
export function percentOf(amount: number, basisPoints: number): number {
  return Math.floor((amount * basisPoints + 5_000) / 10_000);
}
