// npm run db:seed: demo data (idempotent) in DATABASE_URL, or in the embedded database.
import { DATA_DIR, openLocalDatabase } from '../lib/db/dev/local';
import { localSecret } from './lib/local-secret';
import { applyMigrations } from '../lib/db/dev/schema-engine';

const database = await openLocalDatabase();
process.env.DATABASE_URL = database.url;
// As scripts/start.ts: the demo data goes through services that link to the site and seal passwords.
process.env.AUTH_SECRET ??= localSecret(DATA_DIR);
process.env.APP_URL ??= 'http://localhost:3000';
try {
  await applyMigrations(database.url);
  const { seedDemoData } = await import('../lib/demo/seed');
  await seedDemoData();
  console.log('Dane demonstracyjne są gotowe.');
} finally {
  const { db } = await import('../lib/db/client');
  await db().$disconnect();
  await database.stop();
}
