// L13: a class of a paid period cancelled (fewer than 6 participants) is refunded pro rata,
// `period price × classes not delivered ÷ classes in the period`, rounded once. A second
// cancellation in the same period refunds the difference of the rounded totals, so the sum of
// the refunds is the rounded whole, never off by a grosz from rounding each part.
export function proRataTotal(periodPrice: number, notDelivered: number, periodSessions = 4): number {
  if (!Number.isInteger(periodPrice) || periodPrice < 0) throw new Error(`bad price ${periodPrice}`);
  const n = Math.min(Math.max(notDelivered, 0), periodSessions);
  return Math.round((periodPrice * n) / periodSessions);
}

/** What this cancellation refunds, given what the period's earlier cancellations refunded. */
export function proRataRefund(
  periodPrice: number,
  notDelivered: number,
  alreadyRefunded: number,
  periodSessions = 4,
): number {
  return Math.max(0, proRataTotal(periodPrice, notDelivered, periodSessions) - alreadyRefunded);
}
