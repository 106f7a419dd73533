// Where the booking statement's time goes (npx tsx bench/booking-profile.ts): one connection, the
// bench's requests in its order, measuring the PostgreSQL backend's own CPU per call
// (/proc/<pid>/schedstat, so other work on the machine barely moves it) and the WAL it writes, for
// the floor, the least any booking must do (seat UPDATE + booking row) and the real statement.
// Each runs with the commit flush and without it (synchronous_commit off, for this measurement only).
import { readFileSync } from 'node:fs';
import { benchDatabase } from './support';
import { bookingFixture, N, SESSIONS } from './booking-fixture';

const ROUNDS = 5;
const SEAT_AND_ROW = `
WITH seat AS (UPDATE "LiveSession" SET "taken" = "taken" + 1, "updatedAt" = $5
               WHERE "id" = $1 AND "taken" < "capacity" AND "status" = 'SCHEDULED' AND "startsAt" > $5 RETURNING "id")
INSERT INTO "LiveBooking" ("id", "sessionId", "userId", "bookedById", "status", "kind", "charge", "createdAt", "updatedAt")
VALUES ($2, $1, $3, $4, (CASE WHEN EXISTS (SELECT 1 FROM seat) THEN 'BOOKED' ELSE 'WAITING' END)::"LiveBookingStatus",
        'REGULAR', 'free', $5, $5)`;

const database = await benchDatabase('booking-profile');
try {
  const { sqlPool, newRowId } = await import('../lib/db/sql');
  const { BOOK_AT_ONCE, BOOK_BATCH_FUNCTION } = await import('../lib/live/bookings/place-at-once');
  const { BARE } = await import('./floors/booking-seat');
  const { makeSessions, learnerOf } = await bookingFixture();
  // The batch function as migrated, and (to see what the subtransactions cost) a copy without them.
  await sqlPool().query(
    BOOK_BATCH_FUNCTION.replace('"live_book_batch"', '"profile_batch_plain"')
      .replace(/\n {4}EXCEPTION WHEN unique_violation THEN\n.*\n/, '\n')
      .replace(/\n {4}BEGIN\n/, '\n')
      .replace(/\n {4}END\\073\n/, '\n'),
  );
  const BATCH = (fn: string) =>
    `SELECT * FROM "${fn}"($1::text[], $2::text[], $3::text[], $4::text[], $5::timestamptz[])`;
  type Variant = { name: string; text: string; values: ((id: string) => unknown[]) | null; batch?: number };
  const variants: Variant[] = [
    { name: 'floor (bare UPDATE)', text: BARE, values: (id: string) => [id] },
    { name: 'seat UPDATE + booking row', text: SEAT_AND_ROW, values: null },
    { name: 'booking statement', text: BOOK_AT_ONCE, values: null },
    ...[8, 16, 32].map((batch) => ({ name: `batch of ${batch}`, text: BATCH('live_book_batch'), values: null, batch })),
    { name: 'batch of 16, no subtransactions', text: BATCH('profile_batch_plain'), values: null, batch: 16 },
  ];
  const c = await sqlPool().connect();
  try {
    await c.query('CREATE EXTENSION IF NOT EXISTS pg_walinspect');
    const pid = (await c.query<{ p: number }>('SELECT pg_backend_pid() AS p')).rows[0].p;
    const cpuNs = () => Number(readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[0]);
    const lsn = async () => (await c.query<{ l: string }>('SELECT pg_current_wal_insert_lsn()::text AS l')).rows[0].l;
    const best: Record<string, { us: number; wal: number }> = {};
    let records = '';
    for (let r = 0; r < ROUNDS; r++)
      for (const flush of [true, false])
        for (const [k, v] of variants.entries()) {
          await c.query(`SET synchronous_commit = ${flush ? 'on' : 'off'}`);
          const ids = await makeSessions();
          const l0 = await lsn();
          const t0 = cpuNs();
          for (let i = 0; i < N; i += v.batch ?? 1) {
            if (v.batch) {
              const at = Array.from({ length: Math.min(v.batch, N - i) }, (_, j) => i + j);
              const sessions = at.map((j) => ids[j % SESSIONS]);
              const learners = at.map((j) => learnerOf(j).id);
              const values = [sessions, at.map(() => newRowId()), learners, learners, at.map(() => new Date())];
              await c.query({ name: `profile-${k}`, text: v.text, values });
              continue;
            }
            const l = learnerOf(i);
            const id = ids[i % SESSIONS];
            const values = v.values ? v.values(id) : [id, newRowId(), l.id, l.id, new Date()];
            await c.query({ name: `profile-${k}`, text: v.text, values });
          }
          const us = (cpuNs() - t0) / N / 1000;
          const d = await c.query<{ d: string }>(`SELECT pg_wal_lsn_diff(pg_current_wal_insert_lsn(), $1) AS d`, [l0]);
          const key = `${v.name}${flush ? '' : ', no flush'}`;
          if (!best[key] || us < best[key].us) best[key] = { us, wal: Number(d.rows[0].d) / N };
          if (r === 0 && flush && k === 2) {
            const st = await c.query<{ t: string; count: string; record_size: string }>(
              `SELECT "resource_manager/record_type" AS t, count, record_size
                 FROM pg_get_wal_stats($1, pg_current_wal_insert_lsn(), true) WHERE count > 0 ORDER BY record_size DESC LIMIT 8`,
              [l0],
            );
            records = st.rows
              .map((x) => `  ${x.t}: ${(+x.count / N).toFixed(2)}/call, ${Math.round(+x.record_size / N)} B`)
              .join('\n');
          }
        }
    const floor = best['floor (bare UPDATE)'].us;
    for (const [name, b] of Object.entries(best))
      console.log(
        `${name.padEnd(38)} ${b.us.toFixed(0).padStart(5)} µs/call (${(b.us / floor).toFixed(2)}× floor)  ${Math.round(b.wal)} B WAL/call`,
      );
    console.log(`WAL records of the booking statement:\n${records}`);
  } finally {
    c.release();
  }
} catch (e) {
  console.error(e);
  process.exitCode = 1;
} finally {
  await database.close();
}
