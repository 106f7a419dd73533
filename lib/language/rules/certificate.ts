// B15 (razem §5.6): a level certificate is issued on request only when every level test up to
// that level is passed and nothing is overdue (an OPEN charge past its due date — not "the course
// paid in full"). Pure: the request service gathers the facts, this says what is missing.

export type CertificateFacts = {
  /** The levels the learner had to pass, in order, ending with the one asked for. */
  levels: readonly { cefr: string; passed: boolean }[];
  /** The learner's contract charges (any contract they pay or study by). */
  charges: readonly { status: 'OPEN' | 'PAID' | 'CANCELLED'; dueDate: string }[];
  /** Today's Warsaw calendar day, 'YYYY-MM-DD'. */
  today: string;
};

/** The CEFR codes with a refusal text of their own; any other level code gets the generic one. */
export const REFUSAL_CEFR = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;

/** A charge is overdue from the day after its due date (as lib/billing/queries/charge-state.ts). */
export function isOverdue(c: CertificateFacts['charges'][number], today: string): boolean {
  return c.status === 'OPEN' && c.dueDate < today;
}

/**
 * The message keys of what is missing, in the order the learner should fix it; empty = issue it.
 * Keys are plain catalogue keys (lib/i18n/pl/language-zone.ts `refusals`), so staff pages show
 * a stored request's reasons with `text()`.
 */
export function certificateRefusals(facts: CertificateFacts): string[] {
  const out: string[] = [];
  if (facts.levels.length === 0) out.push('languageZone.refusals.noLevel');
  for (const l of facts.levels) {
    if (l.passed) continue;
    const known = (REFUSAL_CEFR as readonly string[]).includes(l.cefr);
    out.push(known ? `languageZone.refusals.levelTest.${l.cefr}` : 'languageZone.refusals.levelTestOther');
  }
  if (facts.charges.some((c) => isOverdue(c, facts.today))) out.push('languageZone.refusals.overdue');
  return [...new Set(out)];
}
