// Test-only (TEST_CLOCK=1): runs the live-class jobs' handlers now (recordings sync and expiry,
// reminders), so e2e need not wait for cron.
import { NextResponse } from 'next/server';
import { clockAdjustable } from '@/lib/clock/clock';
import { QUEUES } from '@/lib/jobs/registry';

export async function POST() {
  if (!clockAdjustable()) return new NextResponse(null, { status: 404 });
  await QUEUES['live.recordings.sync'].handler({});
  await QUEUES['live.recordings.expire'].handler({});
  await QUEUES['live.reminders'].handler({});
  return NextResponse.json({ ok: true });
}
