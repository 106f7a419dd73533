// The access end of a grant as SQL, for the statements that settle a payment and grant access
// themselves (the fast and the general path share this one definition).
/**
 * accessEnd(start, { kind: 'months', months }) as an SQL expression (whole seconds, as
 * addMonthsWarsaw gives), for statements that grant access themselves; NULL months → NULL
 * (unlimited). Pinned to accessEnd by a test across month ends, leap years and DST changes.
 */
export const accessEndMonthsSql = (start: string, months: string) =>
  `((date_trunc('second', (${start})::timestamptz AT TIME ZONE 'Europe/Warsaw') + make_interval(months => ${months})) AT TIME ZONE 'Europe/Warsaw')`;
