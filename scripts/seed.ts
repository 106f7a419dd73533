// npm run db:seed: demo data (idempotent) in DATABASE_URL, or in the embedded database.
import { openLocalDatabase } from '../lib/db/dev/local';
import { applyMigrations } from '../lib/db/dev/schema-engine';

const database = await openLocalDatabase();
process.env.DATABASE_URL = database.url;
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
