// npm run start:worker: the background jobs of a deployment (pg-boss workers and cron schedules) in
// a process of their own, without HTTP (issue 25, docs/deploy.md). The same handlers `npm start`
// runs inside its one process; pg-boss makes each job run once however many workers there are.
import { existsSync } from 'node:fs';
import { ConfigError, parseEnv } from '../lib/config/env';
import { messages } from '../lib/i18n';

if (existsSync('.env')) process.loadEnvFile('.env');
if (!process.env.NODE_ENV) Object.assign(process.env, { NODE_ENV: 'production' });
const m = messages().ops;
try {
  parseEnv(process.env);
} catch (e) {
  console.error(e instanceof ConfigError ? e.message : e);
  process.exit(1);
}

const { boss, stopBoss } = await import('../lib/jobs/boss');
const { QUEUES, startWorkers } = await import('../lib/jobs/registry');
await startWorkers(await boss());
console.log(m.instances.workerReady(Object.keys(QUEUES).length));

let stopping = false;
for (const sig of ['SIGINT', 'SIGTERM'] as const) {
  process.on(sig, () => {
    if (stopping) return;
    stopping = true;
    console.log(m.instances.workerStopping);
    // Jobs in flight finish (pg-boss waits up to its timeout); unfinished ones are retried elsewhere.
    void stopBoss().finally(() => process.exit(0));
  });
}
