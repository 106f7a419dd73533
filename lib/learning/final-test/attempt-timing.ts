// Time limits are enforced on the server from the stored start time; the browser's countdown
// is only a convenience. A few seconds of grace absorb network latency on the final submit.

export const DEFAULT_GRACE_SECONDS = 5;

/** When the attempt's time runs out; null when the test has no time limit. */
export function attemptDeadline(startedAt: Date, timeLimitMinutes: number | null): Date | null {
  if (timeLimitMinutes === null) return null;
  if (!(timeLimitMinutes > 0)) throw new RangeError(`Invalid time limit: ${timeLimitMinutes}`);
  return new Date(startedAt.getTime() + timeLimitMinutes * 60_000);
}

/** True when `submittedAt` is no later than the deadline plus grace (always true without a limit). */
export function isSubmissionInTime(
  startedAt: Date,
  timeLimitMinutes: number | null,
  submittedAt: Date,
  graceSeconds = DEFAULT_GRACE_SECONDS,
): boolean {
  const deadline = attemptDeadline(startedAt, timeLimitMinutes);
  return deadline === null || submittedAt.getTime() <= deadline.getTime() + graceSeconds * 1000;
}

export type SubmitVerdict =
  { ok: true } | { ok: false; reason: 'started-after-access-ended' | 'time-limit-passed' | 'access-ended' };

/**
 * An attempt started while access lasted may be finished within its own time limit, even after
 * access has ended. An attempt without a time limit has no such end, so it must be submitted
 * before access ends (plus grace).
 */
export function canSubmit(input: {
  startedAt: Date;
  accessEndsAt: Date | null;
  now: Date;
  limit: number | null;
  graceSeconds?: number;
}): SubmitVerdict {
  const { startedAt, accessEndsAt, now, limit } = input;
  const grace = input.graceSeconds ?? DEFAULT_GRACE_SECONDS;
  if (accessEndsAt !== null && startedAt.getTime() >= accessEndsAt.getTime()) {
    return { ok: false, reason: 'started-after-access-ended' };
  }
  if (limit !== null) {
    return isSubmissionInTime(startedAt, limit, now, grace) ? { ok: true } : { ok: false, reason: 'time-limit-passed' };
  }
  if (accessEndsAt !== null && now.getTime() > accessEndsAt.getTime() + grace * 1000) {
    return { ok: false, reason: 'access-ended' };
  }
  return { ok: true };
}
