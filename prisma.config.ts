import { defineConfig } from 'prisma/config';

// Used by the Prisma CLI (generate, and `migrate deploy` on machines that reach Prisma's host).
// Locally migrations run through scripts/migrate.ts on the WebAssembly schema engine.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://localhost:5432/planeta' },
});
