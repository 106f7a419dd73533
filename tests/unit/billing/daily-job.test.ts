// The scheduled daily billing run on the e2e server: skipped while a spec has moved the test clock
// (the spec runs its payer's day itself), run as usual on the real time.
import { afterEach, describe, expect, it, vi } from 'vitest';
process.env.TEST_CLOCK = '1';
const run = vi.hoisted(() => vi.fn(async () => ({ steps: {} })));
vi.mock('@/lib/billing/run/daily', () => ({ runBillingDay: run }));
import { advanceClock, resetClock } from '@/lib/clock/clock';
import { billingJobs } from '@/lib/billing/jobs';

afterEach(() => {
  resetClock();
  run.mockClear();
});

describe('the scheduled daily billing run under the test clock', () => {
  it('runs on the real time', async () => {
    await billingJobs['billing.daily'].handler({} as never);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('is skipped while a test has moved the clock', async () => {
    advanceClock(33 * 86_400_000);
    await billingJobs['billing.daily'].handler({} as never);
    expect(run).not.toHaveBeenCalled();
  });
});
