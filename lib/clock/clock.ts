// "Now" for every time-based rule (access windows, trials, report deadlines, attempts).
// In production it is the system clock. With TEST_CLOCK=1 (e2e server, integration tests) or
// DEMO_CLOCK=1 (npm start on the embedded database, lib/clock/demo-clock.ts) it can be moved
// forward, so a test or a person trying the platform can jump two months ahead; the offset lives
// in this process (pages, route handlers and job workers of one `next start` share it).
import { messages } from '@/lib/i18n';
import { clockSwitches } from '@/lib/config/env';

const g = globalThis as unknown as { __planetaClockOffsetMs?: number };

export function currentTime(): Date {
  return new Date(Date.now() + (g.__planetaClockOffsetMs ?? 0));
}

export function clockAdjustable(): boolean {
  return clockSwitches().test || demoClockOn();
}

/** The demo clock is on: DEMO_CLOCK=1, allowed only with the embedded database (lib/config/env.ts). */
export function demoClockOn(): boolean {
  return clockSwitches().demo;
}

/** How far the clock runs ahead of the system clock, in ms. */
export const clockOffsetMs = (): number => g.__planetaClockOffsetMs ?? 0;

/** A test (TEST_CLOCK=1, not the demo clock) has moved the clock away from the system's. */
export const testClockMoved = (): boolean => clockSwitches().test && clockOffsetMs() !== 0;

/** Sets the offset as stored (the demo clock loads its row at start). */
export function setClockOffset(ms: number): void {
  if (!clockAdjustable()) throw new Error(messages().ops.clockFixed);
  g.__planetaClockOffsetMs = ms;
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
