// Test-only clock control (TEST_CLOCK=1, refused at start-up in production builds unless e2e):
// GET → the app's current time; POST {"advanceMs": n} or {"advanceDays": n} or {"reset": true}.
import { NextResponse } from 'next/server';
import { jsonBody, SMALL_JSON_BODY } from '@/lib/http/body';
import { z } from 'zod';
import { advanceClock, clockAdjustable, currentTime, resetClock } from '@/lib/clock/clock';
import { jsonError } from '@/lib/http/responses';
import { messages } from '@/lib/i18n';
import { currentLocale } from '@/lib/locale/current';

const body = z.union([
  z.object({ advanceMs: z.number().int() }),
  z.object({ advanceDays: z.number() }),
  z.object({ reset: z.literal(true) }),
]);

export async function GET() {
  if (!clockAdjustable()) return new NextResponse(null, { status: 404 });
  return NextResponse.json({ now: currentTime().toISOString() });
}

export async function POST(request: Request) {
  const locale = await currentLocale();
  if (!clockAdjustable()) return new NextResponse(null, { status: 404 });
  const read = await jsonBody(request, SMALL_JSON_BODY);
  if ('refused' in read) return read.refused;
  const json = read.value;
  const parsed = body.safeParse(json);
  if (!parsed.success) return jsonError(messages(locale).testApi.clockBody, 400);
  const input = parsed.data;
  if ('reset' in input) resetClock();
  else advanceClock('advanceMs' in input ? input.advanceMs : Math.round(input.advanceDays * 86_400_000));
  return NextResponse.json({ now: currentTime().toISOString() });
}
