// Which exam years a school can order a licence for (A3): the coming matura (this year's until
// the licence ends on 30 June, then next year's) and the one after it, so a school can buy ahead.
import { warsawParts } from '@/lib/format/time';

/** The exam year whose licence runs at `now` or starts next: June's matura, from 1 July the next one. */
export function comingExamYear(now: Date): number {
  const { year, month } = warsawParts(now);
  return month >= 7 ? year + 1 : year;
}

export function orderableExamYears(now: Date): number[] {
  const y = comingExamYear(now);
  return [y, y + 1];
}
