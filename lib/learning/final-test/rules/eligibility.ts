// May the learner start the next attempt of the final test now, and if not, why and until when?
// Pure: the start page explains it and startAttempt enforces it from the same answer.

export type EligibilityInput = {
  attempts: readonly {
    submittedAt: Date | null;
    deadlineAt: Date | null;
    passed: boolean | null;
  }[];
  maxAttempts: number;
  /** Course.testRequiresLessons */
  requiresLessons: boolean;
  lessonsTotal: number;
  lessonsDone: number;
  /** Course.retakeDelayHours: wait after a failed attempt (0 = at once). */
  retakeDelayHours: number;
  now: Date;
};

export type Eligibility =
  | { ok: true }
  | { ok: false; reason: 'passed' }
  | { ok: false; reason: 'no-attempts' }
  | { ok: false; reason: 'lessons'; remaining: number }
  | { ok: false; reason: 'wait'; nextAt: Date };

/**
 * An open attempt is not judged here (it is resumed before this is asked). The order matters:
 * passed and used-up are final, lessons and waiting pass with time.
 */
export function nextAttemptEligibility(i: EligibilityInput): Eligibility {
  if (i.attempts.some((a) => a.passed)) return { ok: false, reason: 'passed' };
  if (i.attempts.length >= i.maxAttempts) return { ok: false, reason: 'no-attempts' };
  const remaining = Math.max(0, i.lessonsTotal - i.lessonsDone);
  if (i.requiresLessons && remaining > 0) return { ok: false, reason: 'lessons', remaining };
  const nextAt = retakeAt(i);
  if (nextAt && nextAt.getTime() > i.now.getTime()) return { ok: false, reason: 'wait', nextAt };
  return { ok: true };
}

/** When the last failed attempt (sent, or left until its time ran out) allows the next one; null = no wait. */
export function retakeAt(i: Pick<EligibilityInput, 'attempts' | 'retakeDelayHours'>): Date | null {
  const last = i.attempts.at(-1);
  if (!last || i.retakeDelayHours <= 0 || last.passed) return null;
  const ended = last.submittedAt ?? last.deadlineAt;
  return ended ? new Date(ended.getTime() + i.retakeDelayHours * 3_600_000) : null;
}
