// Server-level operations (create a database, from a template too) over a plain pg client.
import pg from 'pg';

export function withDatabaseUrl(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function onServer<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: withDatabaseUrl(url, 'postgres') });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

const ident = (name: string) => {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Niedozwolona nazwa bazy: ${name}`);
  return `"${name}"`;
};

export async function databaseExists(url: string, name: string): Promise<boolean> {
  return onServer(
    url,
    async (c) => (await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount === 1,
  );
}

/**
 * Creates `name` unless it exists; returns its URL. Copying a template needs it to have no
 * other sessions, and two copies of one template cannot run at once: retry briefly.
 */
export async function ensureDatabaseExists(url: string, name: string, template?: string): Promise<string> {
  for (let attempt = 0; ; attempt++) {
    try {
      await onServer(url, async (c) => {
        const exists = (await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount === 1;
        if (exists) return;
        if (template) {
          await c.query(
            'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
            [template],
          );
        }
        await c.query(`CREATE DATABASE ${ident(name)}${template ? ` TEMPLATE ${ident(template)}` : ''}`);
      });
      return withDatabaseUrl(url, name);
    } catch (e) {
      const busy = (e as { code?: string }).code === '55006';
      if (!template || !busy || attempt >= 50) throw e;
      await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
    }
  }
}

export async function dropDatabase(url: string, name: string): Promise<void> {
  await onServer(url, (c) => c.query(`DROP DATABASE IF EXISTS ${ident(name)} WITH (FORCE)`));
}
