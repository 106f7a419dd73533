// Free trial (regulamin §2.3, §3.1): Standard for 2 days from clicking "Przetestuj przez 2 dni",
// once per parent (Użytkownik) per school year.
import { schoolYearForPurchase, schoolYearLabel, type SchoolYear } from '@/lib/families/rules/school-year';
import { reasoned, type MessageCode } from '@/lib/i18n';

/** "2 dni liczone od momentu" — from the moment, so exactly 48 hours, not calendar days. */
export const TRIAL_MS = 48 * 60 * 60 * 1000;

export function trialEndsAt(startedAt: Date): Date {
  return new Date(startedAt.getTime() + TRIAL_MS);
}

export function isTrialActive(startedAt: Date, now: Date): boolean {
  return now.getTime() >= startedAt.getTime() && now.getTime() < trialEndsAt(startedAt).getTime();
}

/**
 * The school year a trial counts against. July/August belong to the coming year here: a trial
 * then is a family trying the year they would buy, and the ended year has nothing to try.
 */
export function trialSchoolYear(startedAt: Date): SchoolYear {
  return schoolYearForPurchase(startedAt);
}

export type TrialDecision =
  | { ok: true; schoolYear: SchoolYear }
  | { ok: false; code: 'ALREADY_USED_THIS_SCHOOL_YEAR'; usedAt: Date; reason: MessageCode; message: string };

/** `previousTrials`: every trial this parent has started, any year. */
export function canStartTrial(previousTrials: readonly { startedAt: Date }[], now: Date): TrialDecision {
  const year = trialSchoolYear(now);
  const used = previousTrials.find((t) => trialSchoolYear(t.startedAt).startYear === year.startYear);
  if (!used) return { ok: true, schoolYear: year };
  return {
    ok: false,
    code: 'ALREADY_USED_THIS_SCHOOL_YEAR',
    usedAt: used.startedAt,
    ...reasoned({ code: 'families.errors.trialUsed', params: [schoolYearLabel(year)] }),
  };
}
