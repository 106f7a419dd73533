// Test-only (TEST_CLOCK=1): runs the daily billing run now (dunning, suspensions, terminations),
// so e2e need not wait for its 06:00 cron after moving the clock. `{ payer }` narrows it to that
// payer's contracts, so a spec that moves the clock does not change the demo's other contracts.
import { NextResponse } from 'next/server';
import { jsonBody, SMALL_JSON_BODY } from '@/lib/http/body';
import { z } from 'zod';
import { clockAdjustable } from '@/lib/clock/clock';
import { runBillingDay } from '@/lib/billing/run/daily';

const body = z.object({ payer: z.string().email().optional() });

export async function POST(request: Request) {
  if (!clockAdjustable()) return new NextResponse(null, { status: 404 });
  const read = await jsonBody(request, SMALL_JSON_BODY);
  if ('refused' in read) return read.refused;
  const json = read.value;
  const parsed = body.safeParse(json ?? {});
  if (!parsed.success) return NextResponse.json({ error: 'payer must be an e-mail' }, { status: 400 });
  const { payer } = parsed.data;
  const summary = await runBillingDay(undefined, payer ? { payerEmails: [payer.toLowerCase()] } : {});
  return NextResponse.json({ ok: true, summary });
}
