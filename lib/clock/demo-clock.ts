// The demo clock's offset survives a restart: it is kept in the one "DemoClock" row, loaded when
// the server (and `npm start`'s seeding) starts and written when staff move it (/panel/zegar).
// The kernel reaches no database module, so the caller hands in a connection (a pg pool or client).
import { clockOffsetMs, demoClockOn, setClockOffset } from './clock';

export type ClockStore = {
  query: (text: string, values?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>;
};

/** Sets this process's clock from the stored offset (no row: real time). No-op unless DEMO_CLOCK=1. */
export async function loadDemoClock(store: ClockStore): Promise<number> {
  if (!demoClockOn()) return 0;
  const { rows } = await store.query(`SELECT "offsetMs"::text AS "offsetMs" FROM "DemoClock" WHERE "id" = 1`);
  const ms = rows.length ? Number(rows[0].offsetMs) : 0;
  setClockOffset(ms);
  return ms;
}

/** Moves the demo clock `days` forward, stored first, then in this process; returns the new offset. */
export async function moveDemoClock(store: ClockStore, days: number): Promise<number> {
  if (!demoClockOn()) throw new Error('The demo clock is off (DEMO_CLOCK=1 with the embedded database)');
  const { rows } = await store.query(
    `INSERT INTO "DemoClock" ("id", "offsetMs", "movedAt") VALUES (1, $1::bigint + $2::bigint, now())
     ON CONFLICT ("id") DO UPDATE SET "offsetMs" = "DemoClock"."offsetMs" + $2::bigint, "movedAt" = now()
     RETURNING "offsetMs"::text AS "offsetMs"`,
    [clockOffsetMs(), Math.round(days * 86_400_000)],
  );
  const ms = Number(rows[0].offsetMs);
  setClockOffset(ms);
  return ms;
}

/**
 * "Now" for a simulator started beside the server (scripts/start.ts): the stored demo offset,
 * re-read every few seconds, so KSeF does not refuse an invoice dated on the demo clock's day
 * as issued in the future. Before the table exists (first start) it is real time.
 */
export function followDemoClock(store: ClockStore, everyMs = 2000): { now: () => number; stop: () => void } {
  let offset = 0;
  const read = () =>
    store
      .query(`SELECT "offsetMs"::text AS "offsetMs" FROM "DemoClock" WHERE "id" = 1`)
      .then(({ rows }) => (offset = rows.length ? Number(rows[0].offsetMs) : 0))
      .catch(() => {});
  void read();
  const timer = setInterval(read, everyMs);
  timer.unref();
  return { now: () => Date.now() + offset, stop: () => clearInterval(timer) };
}
