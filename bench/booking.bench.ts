// booking: live-class bookings per second with 200 requests in flight on sessions of 12 seats
// (every session over-asked, so both seats and waiting places are written), as a ratio to a floor
// in the same run that only runs the bare conditional UPDATE on the same pool. Nine rounds, the
// median of their ratios reported; fails on any overbooked session. Target: at least 0.5× the floor.
import { benchDatabase, report, timed } from './support';
import { bookingFixture, N, PER_SESSION, SEATS, SESSIONS } from './booking-fixture';

const CONCURRENCY = 200;
const ROUNDS = 9;

const database = await benchDatabase('booking');
try {
  const { db } = await import('../lib/db/client');
  const { bookSession } = await import('../lib/live/bookings/book');
  const { bareSeatUpdate } = await import('./floors/booking-seat');

  const { makeSessions, learnerOf } = await bookingFixture();

  const floor = (ids: string[]) => timed(N, CONCURRENCY, (i) => bareSeatUpdate(ids[i % SESSIONS]));
  const real = (ids: string[]) =>
    timed(N, CONCURRENCY, (i) => {
      const l = learnerOf(i);
      return bookSession(l, l.id, ids[i % SESSIONS]);
    });

  // Warm-up of both (every pooled connection, prepared plans), then rounds on fresh sessions that
  // alternate which goes first, so a load change on the shared machine hits both alike.
  await floor(await makeSessions());
  await real(await makeSessions());
  const rounds: { floorMs: number; realMs: number }[] = [];
  const measured: string[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const [floorIds, ids] = [await makeSessions(), await makeSessions()];
    let floorMs: number, realMs: number;
    if (r % 2 === 0) {
      floorMs = await floor(floorIds);
      realMs = await real(ids);
    } else {
      realMs = await real(ids);
      floorMs = await floor(floorIds);
    }
    rounds.push({ floorMs, realMs });
    measured.push(...ids);
  }

  const sessions = await db().liveSession.findMany({
    where: { id: { in: measured } },
    select: { id: true, taken: true, capacity: true },
  });
  const booked = await db().liveBooking.groupBy({
    by: ['sessionId', 'status'],
    where: { sessionId: { in: measured } },
    _count: true,
  });
  for (const s of sessions) {
    const n = booked.find((b) => b.sessionId === s.id && b.status === 'BOOKED')?._count ?? 0;
    const w = booked.find((b) => b.sessionId === s.id && b.status === 'WAITING')?._count ?? 0;
    if (n > s.capacity || n !== s.taken || n !== SEATS || w !== PER_SESSION - SEATS)
      throw new Error(`session ${s.id}: ${n} booked, ${w} waiting, taken ${s.taken}, capacity ${s.capacity}`);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const perSecond = (N / median(rounds.map((r) => r.realMs))) * 1000;
  const floorPerSecond = (N / median(rounds.map((r) => r.floorMs))) * 1000;
  const ratios = rounds.map((r) => +(r.floorMs / r.realMs).toFixed(3));
  report({
    bench: 'booking',
    value: Math.round(perSecond),
    unit: 'bookings/s',
    baseline: Math.round(floorPerSecond),
    ratio: median(ratios),
    rounds: ratios,
    target: 0.5,
    concurrency: CONCURRENCY,
    requests: N,
    overbooked: 0,
  });
} catch (e) {
  console.error(e);
  process.exitCode = 1;
} finally {
  await database.close();
}
