// One embedded PostgreSQL for the whole integration run, with a migrated template database;
// each test file then gets its own fresh copy (see setup.ts).
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '@/lib/db/dev/embedded';
import { dropDatabase, ensureDatabaseExists } from '@/lib/db/dev/admin';
import { applyMigrations } from '@/lib/db/dev/schema-engine';

declare module 'vitest' {
  export interface ProvidedContext {
    pgServerUrl: string;
  }
}

export const TEMPLATE_DB = 'planeta_template';

export default async function setup(project: TestProject) {
  const external = process.env.DATABASE_URL;
  const server = external ? null : await startEmbeddedPostgres({ temporary: true });
  const serverUrl = external ?? server!.url;
  if (external) await dropDatabase(serverUrl, TEMPLATE_DB);
  const templateUrl = await ensureDatabaseExists(serverUrl, TEMPLATE_DB);
  await applyMigrations(templateUrl);
  project.provide('pgServerUrl', serverUrl);
  return async () => {
    if (server) await server.stop();
    else await dropDatabase(serverUrl, TEMPLATE_DB);
  };
}
