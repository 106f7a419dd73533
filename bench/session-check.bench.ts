// session-check: what every request now pays to know who is asking — the JWT decrypt plus the
// live-session read (lib/auth/session.ts + liveSession) — against the floor of what it paid
// before (the same decrypt plus the user read by primary key). lastSeenAt writes are included
// at their real rate (none within five minutes), so the ratio is the steady-state cost.
import { benchDatabase, report, timed } from './support';

const N = 4000;
const CONCURRENCY = 4;
const SECRET = 'bench-secret-bench-secret-bench-secret';

const database = await benchDatabase('session-check');
try {
  const { db } = await import('../lib/db/client');
  const { encode, decode } = await import('next-auth/jwt');
  const { openSession, liveSession } = await import('../lib/auth/sessions');
  const users = await Promise.all(
    Array.from({ length: 50 }, (_, i) =>
      db().user.create({ data: { email: `s${i}@bench.pl`, firstName: 'B', lastName: 'B', passwordHash: 'x' } }),
    ),
  );
  const tokens = await Promise.all(
    users.map(async (u) => {
      const sid = await openSession({
        userId: u.id,
        userAgent: 'Mozilla/5.0 (X11; Linux) Chrome/131.0',
        ip: '10.0.0.1',
      });
      return encode({ token: { sub: u.id, sid }, secret: SECRET });
    }),
  );
  const userSelect = { id: true, email: true, login: true, firstName: true, lastName: true, roles: true } as const;
  const before = async (i: number) => {
    const t = await decode({ token: tokens[i % tokens.length], secret: SECRET });
    if (!(await db().user.findUnique({ where: { id: t!.sub! }, select: userSelect }))) throw new Error('no user');
  };
  const now = async (i: number) => {
    const t = await decode({ token: tokens[i % tokens.length], secret: SECRET });
    if (!(await liveSession(t!.sid as string, t!.sub!))) throw new Error('session not live in benchmark');
  };
  await timed(200, CONCURRENCY, before); // warm-up: pool, prepared statements
  await timed(200, CONCURRENCY, now);
  const floorMs = await timed(N, CONCURRENCY, before);
  const checkMs = await timed(N, CONCURRENCY, now);
  const value = N / (checkMs / 1000);
  const baseline = N / (floorMs / 1000);
  report({
    bench: 'session-check',
    value: +value.toFixed(1),
    unit: 'checks/s',
    baseline: +baseline.toFixed(1),
    ratio: +(value / baseline).toFixed(3),
  });
} finally {
  await database.close();
}
