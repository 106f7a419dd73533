// KSeF's request limits (open-api.json x-rate-limits, limity.md): per endpoint group, per second,
// minute and hour. Exceeding one answers 429 with Retry-After = seconds until the window frees a
// slot. Tests pass lower limits to reach a 429 in a few requests.
export type Limit = { perSecond?: number; perMinute?: number; perHour?: number };
export type RateGroup = 'auth' | 'publicKeys' | 'onlineSession' | 'invoiceSend' | 'invoiceStatus' | 'sessionMisc';
export type RateLimits = Record<RateGroup, Limit>;

/** The defaults of open-api.json for the endpoints the simulator serves. */
export const KSEF_RATE_LIMITS: RateLimits = {
  auth: { perSecond: 60 },
  publicKeys: { perSecond: 60 },
  onlineSession: { perSecond: 10, perMinute: 30, perHour: 120 },
  invoiceSend: { perSecond: 10, perMinute: 30, perHour: 180 },
  invoiceStatus: { perSecond: 30, perMinute: 120, perHour: 1200 },
  sessionMisc: { perSecond: 10, perMinute: 120, perHour: 1200 },
};

const WINDOWS: Array<[keyof Limit, number, string]> = [
  ['perSecond', 1_000, 'sekundę'],
  ['perMinute', 60_000, 'minutę'],
  ['perHour', 3_600_000, 'godzinę'],
];

export type RateLimiter = {
  /** Records a request of `group` at `now`; null when allowed, else the wait and KSeF-style explanation. */
  take(group: RateGroup, now: number): { retryAfterSeconds: number; detail: string } | null;
};

export function createRateLimiter(limits: RateLimits): RateLimiter {
  const seen = new Map<RateGroup, number[]>();
  return {
    take(group, now) {
      const limit = limits[group];
      const times = (seen.get(group) ?? []).filter((t) => t > now - 3_600_000);
      seen.set(group, times);
      for (const [field, windowMs, unit] of WINDOWS) {
        const max = limit[field];
        if (max === undefined) continue;
        const inWindow = times.filter((t) => t > now - windowMs);
        if (inWindow.length >= max) {
          const freesAt = inWindow[inWindow.length - max] + windowMs;
          const retryAfterSeconds = Math.max(1, Math.ceil((freesAt - now) / 1000));
          return {
            retryAfterSeconds,
            detail: `Przekroczono limit ${max} żądań na ${unit} dla grupy ${group}. Spróbuj ponownie po ${retryAfterSeconds} sekundach.`,
          };
        }
      }
      times.push(now);
      return null;
    },
  };
}
