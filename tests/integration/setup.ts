// Gives this test file its own database, copied from the migrated template.
import { randomBytes } from 'node:crypto';
import { afterAll, inject } from 'vitest';
import { dropDatabase, ensureDatabaseExists } from '@/lib/db/dev/admin';

const serverUrl = inject('pgServerUrl');
const name = `t_${randomBytes(6).toString('hex')}`;
process.env.DATABASE_URL = await ensureDatabaseExists(serverUrl, name, 'planeta_template');
process.env.APP_URL ??= 'http://localhost:3000';
process.env.AUTH_SECRET ??= 'integration-secret-integration-secret-xx';
// No KSeF unless a test starts its simulator (tests/support/local-ksef.ts): the default address is
// where `npm start` runs one, and a test must never submit to a developer's running instance.
process.env.KSEF_BASE_URL ??= 'http://127.0.0.1:9/v2';
// The same for BigBlueButton: nothing answers until a test starts its simulator (tests/support/local-bbb.ts).
process.env.BBB_URL ??= 'http://127.0.0.1:9/bigbluebutton/';

afterAll(async () => {
  const { db } = await import('@/lib/db/client');
  const { stopBoss } = await import('@/lib/jobs/boss');
  await stopBoss();
  await db().$disconnect();
  await (await import('@/lib/db/sql')).closeSqlPool();
  await dropDatabase(serverUrl, name);
});
