// login: successful logins per second (user lookup, both rate-limit checks, argon2id verify,
// clearing counters, last-login update) as a ratio to argon2id verification alone, the floor.
import { benchDatabase, report, timed } from './support';

const N = 200;
const CONCURRENCY = 4;

const database = await benchDatabase('login');
try {
  const { db } = await import('../lib/db/client');
  const { hashPassword, verifyPassword } = await import('../lib/auth/password');
  const { authenticate } = await import('../lib/auth/authenticate');
  const passwordHash = await hashPassword('Haslo12345');
  await db().user.createMany({
    data: Array.from({ length: 50 }, (_, i) => ({
      email: `u${i}@bench.pl`,
      login: `u${i}`,
      firstName: 'B',
      lastName: 'B',
      passwordHash,
    })),
  });
  await authenticate('u0', 'Haslo12345', '127.0.0.1'); // warm-up: pool, prepared statements

  const floorMs = await timed(N, CONCURRENCY, () => verifyPassword(passwordHash, 'Haslo12345'));
  const loginMs = await timed(N, CONCURRENCY, async (i) => {
    const r = await authenticate(`u${i % 50}`, 'Haslo12345', `10.0.${i % 250}.1`);
    if (!r.ok) throw new Error('login failed in benchmark');
  });
  const value = N / (loginMs / 1000);
  const baseline = N / (floorMs / 1000);
  report({
    bench: 'login',
    value: +value.toFixed(1),
    unit: 'logins/s',
    baseline: +baseline.toFixed(1),
    ratio: +(value / baseline).toFixed(3),
  });
} finally {
  await database.close();
}
