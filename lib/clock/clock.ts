// "Now" for every time-based rule (access windows, trials, report deadlines, attempts).
// In production it is the system clock. With TEST_CLOCK=1 (e2e server, integration tests) it
// can be moved forward, so a test can jump two months ahead; the offset lives in this process
// (pages, route handlers and job workers of one `next start` share it).
import { messages } from '@/lib/i18n';
import { env } from '@/lib/config/env';

const g = globalThis as unknown as { __planetaClockOffsetMs?: number };

export function currentTime(): Date {
  return new Date(Date.now() + (g.__planetaClockOffsetMs ?? 0));
}

export function clockAdjustable(): boolean {
  return env().TEST_CLOCK === '1';
}

/** Moves the clock `ms` forward (or back, with a negative number) from where it is now. */
export function advanceClock(ms: number): Date {
  if (!clockAdjustable()) throw new Error(messages().ops.clockFixed);
  g.__planetaClockOffsetMs = (g.__planetaClockOffsetMs ?? 0) + ms;
  return currentTime();
}

export function resetClock(): void {
  g.__planetaClockOffsetMs = 0;
}
