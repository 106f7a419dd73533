// Test-only (TEST_CLOCK=1): runs the reminder jobs' handlers now, so e2e need not wait for cron.
import { NextResponse } from 'next/server';
import { refuseBody } from '@/lib/http/body';
import { clockAdjustable } from '@/lib/clock/clock';
import { QUEUES } from '@/lib/jobs/registry';

export async function POST(request: Request) {
  if (!clockAdjustable()) return new NextResponse(null, { status: 404 });
  // Takes no body: one is refused before it is read.
  const refused = refuseBody(request);
  if (refused) return refused;
  await QUEUES['families.reminders'].handler({});
  await QUEUES['learning.access-reminders'].handler({});
  return NextResponse.json({ ok: true });
}
