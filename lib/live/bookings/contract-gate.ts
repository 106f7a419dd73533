// The contract gate of booking (#19): a membership or an enrolment added by a contract entitles
// its learner only while that contract grants access — active, or ended on the payer's notice
// with the paid period still running (razem B7). SQL, so the one-statement booking and the
// refusal's facts read the same rule; pinned by tests/integration/live-contract-gate.test.ts.

/** SQL: the contract row `c` grants access on the Warsaw day `today` (a SQL date expression). */
export const contractGrants = (c: string, today: string): string =>
  `(${c}."status" = 'ACTIVE' OR (${c}."status" = 'ENDED' AND ${c}."endReason" = 'payer-notice' AND ${c}."paidThrough" >= ${today}))`;

/** SQL: the membership or enrolment row `row` has no contract, or one that grants access. */
export const contractAllows = (row: string, today: string): string =>
  `(${row}."contractId" IS NULL OR EXISTS (SELECT 1 FROM "Contract" gate WHERE gate."id" = ${row}."contractId" AND ${contractGrants('gate', today)}))`;

/** SQL: the Warsaw calendar day of the timestamp parameter `param` (e.g. '$5'). */
export const warsawDay = (param: string): string => `((${param})::timestamptz AT TIME ZONE 'Europe/Warsaw')::date`;
