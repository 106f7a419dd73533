// npm run db:migrate: applies prisma/migrations to DATABASE_URL, or to the embedded database.
import { applyMigrations } from '../lib/db/dev/schema-engine';
import { openLocalDatabase } from '../lib/db/dev/local';

const database = await openLocalDatabase();
try {
  const applied = await applyMigrations(database.url);
  console.log(applied.length ? `Zastosowano migracje: ${applied.join(', ')}` : 'Baza jest aktualna.');
} finally {
  await database.stop();
}
