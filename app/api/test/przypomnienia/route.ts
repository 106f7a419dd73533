// Test-only (TEST_CLOCK=1): runs the reminder jobs' handlers now, so e2e need not wait for cron.
import { NextResponse } from 'next/server';
import { clockAdjustable } from '@/lib/clock/clock';
import { QUEUES } from '@/lib/jobs/registry';

export async function POST() {
  if (!clockAdjustable()) return new NextResponse(null, { status: 404 });
  await QUEUES['families.reminders'].handler({});
  await QUEUES['learning.access-reminders'].handler({});
  return NextResponse.json({ ok: true });
}
