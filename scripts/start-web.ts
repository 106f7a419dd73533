// npm run start:web: one web instance of a deployment with several (issue 25, docs/deploy.md): HTTP
// only (JOBS=off; `npm run start:worker` runs the jobs), on DATABASE_URL, from an existing build's
// standalone server (.next/standalone/server.js).
// It refuses to start unless it shares the secret, the Server Actions key and the build with the rest.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { ConfigError, parseEnv } from '../lib/config/env';
import { instanceProblems, type BuildInfo } from '../lib/config/instances';
import { messages } from '../lib/i18n';
import { BUILD_INFO } from './lib/next-build';
import { standaloneIsComplete, standaloneServer } from './lib/standalone';

if (existsSync('.env')) process.loadEnvFile('.env');
const port = process.env.PORT ?? '3000';
const m = messages().ops;
process.env.JOBS = 'off';
Object.assign(process.env, { NODE_ENV: 'production' });
process.env.NEXT_TELEMETRY_DISABLED = '1';
process.env.NEXTAUTH_URL ??= process.env.APP_URL;

try {
  parseEnv(process.env);
} catch (e) {
  console.error(e instanceof ConfigError ? e.message : e);
  process.exit(1);
}
const build: BuildInfo | null = existsSync(BUILD_INFO) ? JSON.parse(readFileSync(BUILD_INFO, 'utf8')) : null;
const problems = instanceProblems(process.env, build);
if (problems.length) {
  console.error(m.instances.refused(problems.join('\n')));
  process.exit(1);
}

// The web instance runs Next's standalone server, the one the Docker image ships (docs/deploy.md).
if (!standaloneIsComplete()) {
  console.error(m.instances.noStandalone);
  process.exit(1);
}
const server = standaloneServer(port, process.env);
const next = spawn(process.execPath, server.args, { stdio: 'inherit', env: server.env });
console.log(m.instances.webReady(port));
for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => next.kill(sig));
next.on('exit', (code) => process.exit(code ?? 0));
