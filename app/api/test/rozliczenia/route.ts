// Test-only (TEST_CLOCK=1): runs the daily billing run now (dunning, suspensions, terminations),
// so e2e need not wait for its 06:00 cron after moving the clock.
import { NextResponse } from 'next/server';
import { clockAdjustable } from '@/lib/clock/clock';
import { QUEUES } from '@/lib/jobs/registry';

export async function POST() {
  if (!clockAdjustable()) return new NextResponse(null, { status: 404 });
  await QUEUES['billing.daily'].handler({});
  return NextResponse.json({ ok: true });
}
