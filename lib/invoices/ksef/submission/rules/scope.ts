// Which invoices go to KSeF: every invoice issued since the obligation began for taxpayers like
// the platform's seller (1 April 2026; 1 February 2026 for the largest). An invoice issued before
// was never in KSeF: it is not sent, and its correction says so (NrKSeFN) instead of naming a number.

/** 1 April 2026, 00:00 in Warsaw. */
export const KSEF_MANDATORY_FROM = new Date('2026-03-31T22:00:00Z');

export const belongsInKsef = (issuedAt: Date) => issuedAt.getTime() >= KSEF_MANDATORY_FROM.getTime();
