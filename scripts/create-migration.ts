// npm run db:migration -- <name>: writes prisma/migrations/<timestamp>_<name>/migration.sql
// with the SQL that takes the last migration's schema to prisma/schema.prisma.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { withScratchDatabase } from '../lib/db/dev/embedded';
import { diffSchemas, MIGRATIONS_DIR, SCHEMA_PATH, SNAPSHOT_PATH } from '../lib/db/dev/schema-engine';

const name = (process.argv[2] ?? '')
  .toLowerCase()
  .replace(/[^a-z0-9]+/g, '_')
  .replace(/^_|_$/g, '');
if (!name) {
  console.error('Podaj nazwę migracji: npm run db:migration -- <nazwa>');
  process.exit(1);
}
const schema = readFileSync(SCHEMA_PATH, 'utf8');
const previous = existsSync(SNAPSHOT_PATH) ? readFileSync(SNAPSHOT_PATH, 'utf8') : null;
const sql = await withScratchDatabase((url) => diffSchemas(url, previous, schema));
if (!sql.trim() || /^-- This is an empty migration/.test(sql.trim())) {
  console.log('Schemat się nie zmienił — brak migracji do utworzenia.');
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
const dir = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, 'migration.sql'), sql);
writeFileSync(SNAPSHOT_PATH, schema);
console.log(`Utworzono ${path.relative(process.cwd(), dir)}/migration.sql`);
