// S11, the guarantee (pure): a resignation filed no later than the day after the child's second
// scheduled class, counted from enrolment, refunds everything paid but the starter pack. One rule
// for the termination quote (termination.ts) and the centre parent's page.
import { addDays, type Day } from './days';

/**
 * The last day a resignation still gets the full refund: the day after the second class held on
 * or after `from` (the enrolment's service start; all of them when the days already start there). `classDays` are the group's scheduled (not
 * cancelled) class days in any order; fewer than two ahead → no guarantee left to give (null).
 */
export function guaranteeDeadline(classDays: readonly Day[], from?: Day): Day | null {
  const ahead = [...new Set(from ? classDays.filter((d) => d >= from) : classDays)].sort();
  return ahead.length >= 2 ? addDays(ahead[1], 1) : null;
}

/** Whether resigning on `today` is still within the guarantee. */
export function withinGuarantee(classDays: readonly Day[], from: Day, today: Day): boolean {
  const deadline = guaranteeDeadline(classDays, from);
  return deadline !== null && today <= deadline;
}
