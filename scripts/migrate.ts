// npm run db:migrate: applies prisma/migrations to DATABASE_URL, or to the embedded database.
import { applyMigrations } from '../lib/db/schema-engine';
import { openLocalDatabase } from '../lib/db/local';

const database = await openLocalDatabase();
try {
  const applied = await applyMigrations(database.url);
  console.log(applied.length ? `Zastosowano migracje: ${applied.join(', ')}` : 'Baza jest aktualna.');
} finally {
  await database.stop();
}
