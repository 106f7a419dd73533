// What a paid package opens at a given moment (regulamin §3.3, §3.4, §7.1).
import {
  schoolYearEnd,
  schoolYearForPurchase,
  schoolYearStart,
  summerEnd,
  type SchoolYear,
} from '@/lib/families/rules/school-year';

/**
 * - preparatory: paid before 1 September of the year bought → the preparatory platform (§3.3)
 * - open: inside the school year, 1 Sep – 30 Jun
 * - summer: July/August after the year, free while the parent has not resigned (§3.4)
 * - closed: not paid yet, resignation in effect, or after the summer
 */
export type AccessState = 'preparatory' | 'open' | 'summer' | 'closed';

export type PaidPackage = {
  paidAt: Date;
  /** First instant without access (see resignationEffectiveAt in refunds.ts). */
  resignedEffectiveAt?: Date;
  /** The year bought; defaults to the purchase year of `paidAt`. */
  schoolYear?: SchoolYear;
};

export function accessState(date: Date, pkg: PaidPackage): AccessState {
  const year = pkg.schoolYear ?? schoolYearForPurchase(pkg.paidAt);
  const t = date.getTime();
  if (t < pkg.paidAt.getTime()) return 'closed';
  // A resignation filed in June takes effect on 1 July, so it also ends the free summer,
  // exactly as §3.4 says; one filed in July ends the summer on 1 August.
  if (pkg.resignedEffectiveAt && t >= pkg.resignedEffectiveAt.getTime()) return 'closed';
  if (t < schoolYearStart(year).getTime()) return 'preparatory';
  if (t < schoolYearEnd(year).getTime()) return 'open';
  if (t < summerEnd(year).getTime()) return 'summer';
  return 'closed';
}

/** Where the state ends (exclusive), for saying "until …" in plain words; null when closed. */
export function accessStateEnd(state: AccessState, year: SchoolYear): Date | null {
  switch (state) {
    case 'preparatory':
      return schoolYearStart(year);
    case 'open':
      return schoolYearEnd(year);
    case 'summer':
      return summerEnd(year);
    case 'closed':
      return null;
  }
}
