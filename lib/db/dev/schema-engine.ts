// Prisma's schema engine compiled to WebAssembly, driven through the pg driver adapter.
// It writes the same migration SQL and `_prisma_migrations` rows as `prisma migrate`,
// without the native engine download that fails on machines with no internet.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';

type Engine = {
  diff(p: unknown): Promise<{ exitCode: number; stdout: string | null }>;
  applyMigrations(p: unknown): Promise<{ appliedMigrationNames: string[] }>;
  free(): void;
};

export const MIGRATIONS_DIR = path.resolve('prisma/migrations');
export const SCHEMA_PATH = path.resolve('prisma/schema.prisma');
/** The schema that the newest migration produces; kept by create-migration. */
export const SNAPSHOT_PATH = path.join(MIGRATIONS_DIR, 'schema_snapshot.prisma');
const filters = { externalTables: [], externalEnums: [] };

let lastPanic = '';
// The engine reports a Rust panic's message here before it throws.
(globalThis as { PRISMA_WASM_PANIC_REGISTRY?: unknown }).PRISMA_WASM_PANIC_REGISTRY = {
  set_message: (m: string) => {
    lastPanic = m;
  },
};
export const lastEnginePanic = () => lastPanic;

async function loadEngine(connectionString: string): Promise<Engine> {
  const require = createRequire(import.meta.url);
  const dir = path.dirname(require.resolve('@prisma/schema-engine-wasm/schema_engine_bg'));
  // The glue module is imported by its file path so the instance below is the one it binds to.
  const bg = await import(path.join(dir, 'schema_engine_bg.js'));
  const { instance } = await WebAssembly.instantiate(readFileSync(path.join(dir, 'schema_engine_bg.wasm')), {
    './schema_engine_bg.js': bg,
  });
  bg.__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start?: () => void }).__wbindgen_start?.();
  const schema = readFileSync(SCHEMA_PATH, 'utf8');
  const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPg({ connectionString }));
  return bg.SchemaEngine.new({ datamodels: [['schema.prisma', schema]] }, () => {}, adapter);
}

export function migrationList() {
  const dirs = existsSync(MIGRATIONS_DIR)
    ? readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];
  const lockPath = path.join(MIGRATIONS_DIR, 'migration_lock.toml');
  return {
    baseDir: MIGRATIONS_DIR,
    lockfile: { path: 'migration_lock.toml', content: existsSync(lockPath) ? readFileSync(lockPath, 'utf8') : null },
    shadowDbInitScript: '',
    migrationDirectories: dirs.map((name) => ({
      path: name,
      migrationFile: {
        path: 'migration.sql',
        content: { tag: 'ok', value: readFileSync(path.join(MIGRATIONS_DIR, name, 'migration.sql'), 'utf8') },
      },
    })),
  };
}

/** Applies every migration in prisma/migrations that the database has not seen yet. */
export async function applyMigrations(connectionString: string): Promise<string[]> {
  const engine = await loadEngine(connectionString);
  try {
    const out = await engine.applyMigrations({ migrationsList: migrationList(), filters });
    return out.appliedMigrationNames;
  } finally {
    engine.free();
  }
}

/**
 * SQL that takes the schema as of the last migration (its snapshot) to prisma/schema.prisma.
 * Diffing two datamodels needs no database: the engine's introspection through the driver
 * adapter cannot read PostgreSQL's catalog types here, so the snapshot stands in for it.
 */
export async function diffSchemas(connectionString: string, from: string | null, to: string): Promise<string> {
  // The engine opens a connection when it starts, although a datamodel diff does not use it.
  const engine = await loadEngine(connectionString);
  try {
    const out = await engine.diff({
      from:
        from === null
          ? { tag: 'empty' }
          : { tag: 'schemaDatamodel', files: [{ path: 'schema.prisma', content: from }] },
      to: { tag: 'schemaDatamodel', files: [{ path: 'schema.prisma', content: to }] },
      script: true,
      exitCode: null,
      filters,
    });
    return out.stdout ?? '';
  } finally {
    engine.free();
  }
}
