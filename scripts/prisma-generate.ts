// Generates the Prisma client into lib/db/generated. `prisma generate` never runs the native
// schema engine, so pointing its variable at any file skips the download that fails offline.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';

const stampFile = 'lib/db/generated/.schema-hash';
const hash = createHash('sha256').update(readFileSync('prisma/schema.prisma')).digest('hex');
if (!process.argv.includes('--force') && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === hash)
  process.exit(0);

execFileSync(process.execPath, ['node_modules/prisma/build/index.js', 'generate'], {
  stdio: 'inherit',
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? '/bin/true',
    PRISMA_HIDE_UPDATE_MESSAGE: '1',
  },
});
writeFileSync(stampFile, hash);
