// Round numbers for an axis (0, 20, 40 … rather than 0, 17, 34 …): steps of 1, 2 or 5 times a power
// of ten, chosen so that about `count` of them cover the range — the rule d3 and Plot follow.

/** The step between about `count` ticks over `span`; at least 1 for whole numbers (people, counts). */
export function niceStep(span: number, count: number, integer = false): number {
  const raw = Math.abs(span) / Math.max(1, count);
  if (!(raw > 0) || !Number.isFinite(raw)) return 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  const error = raw / power;
  const step = power * (error >= Math.sqrt(50) ? 10 : error >= Math.sqrt(10) ? 5 : error >= Math.SQRT2 ? 2 : 1);
  return integer ? Math.max(1, step) : step;
}

/**
 * About `count` round values from the last one at or below `min` to the first one at or above
 * `max` (so an axis drawn to the last tick holds every value). An empty range is widened by one.
 */
export function niceTicks(min: number, max: number, count = 5, opts: { integer?: boolean } = {}): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [];
  const [lo, hi] = min <= max ? [min, max] : [max, min];
  const top = hi > lo ? hi : lo + 1;
  const step = niceStep(top - lo, count, opts.integer);
  // Whole multiples of the step, rounded to its decimals: 0.1 × 3 is written 0.3, not 0.30000000000000004.
  const decimals = Math.max(0, -Math.floor(Math.log10(step)));
  const first = Math.floor(lo / step + 1e-9);
  const last = Math.ceil(top / step - 1e-9);
  const ticks: number[] = [];
  for (let k = first; k <= last; k++) ticks.push(Number((k * step).toFixed(decimals)) || 0);
  return ticks;
}
