// The demo clock (DEMO_CLOCK=1 on the embedded database): moving it forward is kept in the
// database (a restart finds it), and each day passed gets its morning billing run in order.
import { afterEach, describe, expect, it } from 'vitest';

process.env.DEMO_CLOCK = '1';
process.env.PLANETA_EMBEDDED_DB = '1';

const { db } = await import('@/lib/db/client');
const { sqlPool } = await import('@/lib/db/sql');
const { clockOffsetMs, currentTime, resetClock } = await import('@/lib/clock/clock');
const { loadDemoClock } = await import('@/lib/clock/demo-clock');
const { moveClockForward, demoClockView } = await import('@/lib/billing/run/demo-clock');
const { warsawDateKey } = await import('@/lib/format/time');
const { RAZEM, makeContract, mailsOf } = await import('./billing-run-fixtures');

const DAY = 86_400_000;
const dayAfter = (n: number) => warsawDateKey(new Date(Date.now() + n * DAY));

afterEach(async () => {
  resetClock();
  await db().demoClock.deleteMany();
});

describe('the demo clock', () => {
  it('moves forward by days, kept in the DemoClock row and loaded again after a restart', async () => {
    expect(demoClockView()).toMatchObject({ adjustable: true, offsetDays: 0 });
    await moveClockForward(3);
    expect(clockOffsetMs()).toBe(3 * DAY);
    expect((await db().demoClock.findUniqueOrThrow({ where: { id: 1 } })).offsetMs).toBe(BigInt(3 * DAY));
    resetClock(); // as a new process starts
    expect(await loadDemoClock(sqlPool())).toBe(3 * DAY);
    expect(currentTime().getTime() - Date.now()).toBeGreaterThan(3 * DAY - 60_000);
    expect(demoClockView().offsetDays).toBe(3);
  });

  it('runs the billing run on each day it passes: suspended the day after the due date, then terminated', async () => {
    const c = await makeContract({
      policy: RAZEM,
      status: 'ACTIVE',
      signedAt: new Date(Date.now() - 40 * DAY),
      charges: [{ dueDate: dayAfter(-30), status: 'PAID' }, { dueDate: dayAfter(1) }],
    });
    await moveClockForward(2);
    expect((await db().contract.findUniqueOrThrow({ where: { id: c.id } })).status).toBe('SUSPENDED');
    await moveClockForward(14);
    expect(await db().contract.findUniqueOrThrow({ where: { id: c.id } })).toMatchObject({
      status: 'ENDED',
      endReason: 'unpaid',
    });
    // Day by day: the reminders on the due date and after it, the suspension, the termination.
    expect((await mailsOf(c.id)).map((m) => m.template)).toEqual([
      'billing-reminder',
      'billing-suspended',
      'billing-reminder',
      'billing-reminder',
      'billing-reminder',
      'billing-terminated',
    ]);
  });
});
