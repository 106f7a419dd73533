// The application's group commit of the one-statement booking (lib/live/bookings/group-commit.ts,
// place-at-once.ts): concurrent requests go in batches through the live_book_batch function with
// the same results as alone, a twin or a failing element touches only itself, a failed batch is
// retried element by element (a lost answer of a committed batch is found, not booked twice).
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/client';
import { newRowId, sqlPool } from '@/lib/db/sql';
import { UserError } from '@/lib/errors';
import { bookSession } from '@/lib/live/bookings/book';
import { groupCommit } from '@/lib/live/bookings/group-commit';
import {
  BOOK_AT_ONCE,
  BOOK_BATCH_BODY,
  bookAtOnceBatches,
  placeAlone,
  placeBatch,
  retryAlone,
} from '@/lib/live/bookings/place-at-once';
import { sessionRoster } from '@/lib/live/sessions/teacher';
import { DAY, enrol, makeCourse, makeGroupWithSession, makeUser, makeUsers } from './live-fixtures';
import type { LiveViewer } from '@/lib/live/access';

vi.mock('@/lib/jobs/queues', () => ({
  dispatchEmails: async () => {},
  enqueueMany: async () => {},
  enqueue: async () => {},
}));

let teacher: LiveViewer;
beforeAll(async () => {
  teacher = await makeUser(['TEACHER'], 'Lektor');
});

/** A session of `capacity` seats in an OPEN group and `n` learners enrolled in its course. */
async function world(n: number, capacity = 12) {
  const course = await makeCourse();
  const { session } = await makeGroupWithSession(
    { teacherId: teacher.id, courseId: course.id, capacity },
    new Date(Date.now() + 3 * DAY),
  );
  const learners = await makeUsers(n);
  await enrol(
    learners.map((l) => l.id),
    course.id,
    new Date(Date.now() - DAY),
  );
  return { session, learners };
}

const item = (sessionId: string, learner: LiveViewer) => ({
  sessionId,
  bookingId: newRowId(),
  learnerId: learner.id,
  bookedById: learner.id,
  now: new Date(),
});

async function counts(sessionId: string) {
  const rows = await db().liveBooking.groupBy({ by: ['status'], where: { sessionId }, _count: true });
  const taken = (await db().liveSession.findUniqueOrThrow({ where: { id: sessionId } })).taken;
  return { ...Object.fromEntries(rows.map((r) => [r.status, r._count])), taken };
}

async function refusal(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (e instanceof UserError) return e.codes.map((c) => (typeof c === 'string' ? c : c.code)).join(' ');
    throw e;
  }
  throw new Error('expected a refusal');
}

describe('the batch function', () => {
  it('is installed with the body written from BOOK_AT_ONCE (a changed statement needs a new migration)', async () => {
    const { rows } = await sqlPool().query<{ src: string }>(
      `SELECT prosrc AS src FROM pg_proc WHERE proname = 'live_book_batch'`,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].src).toBe(BOOK_BATCH_BODY);
    expect(BOOK_BATCH_BODY).not.toMatch(/\$\d/); // every parameter became the element's variable
  });

  it('elements of one session see each other: seats, then waiting places in order; a twin in the batch writes nothing', async () => {
    const { session, learners } = await world(4, 2);
    const [a, b, c, d] = learners;
    const out = await placeBatch([a, b, a, c, d].map((l) => item(session.id, l)));
    expect(out.map((p) => p && [p.status, p.position])).toEqual([
      ['BOOKED', null],
      ['BOOKED', null],
      null, // a's twin: a already has a place; the locking path refuses it
      ['WAITING', 1],
      ['WAITING', 2],
    ]);
    expect(await counts(session.id)).toEqual({ BOOKED: 2, WAITING: 2, taken: 2 });
    expect(await refusal(bookSession(a, a.id, session.id))).toBe('liveEngine.alreadyBooked');
  });

  it('a twin committed by another transaction under the batch loses alone: its seat undone, the others kept', async () => {
    const { session, learners } = await world(3);
    const [a, b, c] = learners;
    const other = await world(1);
    // a's first request holds the session row (its seat UPDATE) and its booking, uncommitted.
    const first = await sqlPool().connect();
    try {
      await first.query('BEGIN');
      await first.query(BOOK_AT_ONCE, [session.id, newRowId(), a.id, a.id, new Date()]);
      const batch = placeBatch([
        item(session.id, a),
        item(other.session.id, other.learners[0]),
        item(session.id, b),
        item(session.id, c),
      ]);
      // The batch's element for a has passed its checks (a's place not committed yet) and waits for the row.
      const waiting = async () =>
        (
          await db().$queryRaw<{ n: number }[]>`
            SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%live_book_batch%'`
        )[0].n;
      while ((await waiting()) === 0) await new Promise((r) => setTimeout(r, 20));
      await first.query('COMMIT');
      const out = await batch;
      expect(out.map((p) => p?.status ?? null)).toEqual([null, 'BOOKED', 'BOOKED', 'BOOKED']);
    } finally {
      first.release();
    }
    expect(await counts(session.id)).toEqual({ BOOKED: 3, taken: 3 });
    expect(await counts(other.session.id)).toEqual({ BOOKED: 1, taken: 1 });
  });
});

describe('group commit', () => {
  it('50 concurrent bookings for 12 seats go in batches: 12 booked, 38 waiting, the roster in order', async () => {
    const { session, learners } = await world(50);
    const before = bookAtOnceBatches().stats();
    const results = await Promise.all(learners.map((l) => bookSession(l, l.id, session.id)));
    const after = bookAtOnceBatches().stats();
    expect(after.items - before.items).toBe(50);
    expect(after.batches - before.batches).toBeLessThan(50); // some requests shared a batch
    expect(after.largest).toBeGreaterThan(1);
    expect(results.filter((r) => r.status === 'BOOKED')).toHaveLength(12);
    expect(results.filter((r) => r.status === 'WAITING')).toHaveLength(38);
    for (const r of results.filter((x) => x.status === 'WAITING')) {
      expect(r.position).toBeGreaterThanOrEqual(1);
      expect(r.position).toBeLessThanOrEqual(38);
    }
    expect(new Set(results.map((r) => r.bookingId)).size).toBe(50);
    expect(await counts(session.id)).toEqual({ BOOKED: 12, WAITING: 38, taken: 12 });
    const roster = await sessionRoster(teacher, session.id);
    expect(roster.waiting.map((w) => w.position)).toEqual(Array.from({ length: 38 }, (_, i) => i + 1));
  });

  it('with nothing in flight a request goes alone at once', async () => {
    const { session, learners } = await world(1);
    const before = bookAtOnceBatches().stats();
    const placed = await bookSession(learners[0], learners[0].id, session.id);
    const after = bookAtOnceBatches().stats();
    expect(placed.status).toBe('BOOKED');
    expect([after.batches - before.batches, after.items - before.items, after.retried - before.retried]).toEqual([
      1, 1, 0,
    ]);
  });

  it('a batch failed by one element is retried element by element: the others booked once, the error only its own', async () => {
    const { session, learners } = await world(6, 4);
    let batches = 0;
    const commit = groupCommit({
      batch: (items: Parameters<typeof placeBatch>[0]) => {
        batches++;
        return placeBatch(items);
      },
      alone: placeAlone,
      retry: retryAlone,
      inFlight: 1,
      cap: 16,
    });
    // The first goes alone and holds the only slot; the others queue and then go as one batch,
    // which PostgreSQL refuses as a whole for the fourth's unreadable time.
    const items = learners.map((l, i) => ({ ...item(session.id, l), now: i === 3 ? new Date(NaN) : new Date() }));
    const all = items.map((x) =>
      commit.submit(x).then(
        (p) => p?.status ?? null,
        () => 'error',
      ),
    );
    expect(await Promise.all(all)).toEqual(['BOOKED', 'BOOKED', 'BOOKED', 'error', 'BOOKED', 'WAITING']);
    expect(batches).toBe(1);
    expect(commit.stats()).toMatchObject({ batches: 2, items: 6, largest: 5, retried: 5 });
    expect(await counts(session.id)).toEqual({ BOOKED: 4, WAITING: 1, taken: 4 });
  });

  it('a batch that committed but whose answer was lost: the retry finds each placement by its id', async () => {
    const { session, learners } = await world(5, 3);
    const commit = groupCommit({
      batch: async (items: Parameters<typeof placeBatch>[0]) => {
        await placeBatch(items);
        throw new Error('Connection terminated unexpectedly');
      },
      alone: placeAlone,
      retry: retryAlone,
      inFlight: 1,
      cap: 16,
    });
    const items = learners.map((l) => item(session.id, l));
    const out = await Promise.all(items.map((x) => commit.submit(x)));
    expect(out.map((p) => p?.bookingId)).toEqual(items.map((x) => x.bookingId));
    expect(out.map((p) => p && [p.status, p.position])).toEqual([
      ['BOOKED', null],
      ['BOOKED', null],
      ['BOOKED', null],
      ['WAITING', 1],
      ['WAITING', 2],
    ]);
    expect(await counts(session.id)).toEqual({ BOOKED: 3, WAITING: 2, taken: 3 });
  });
});
