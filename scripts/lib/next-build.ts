import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { buildIsCurrent, markBuilt, sourceFingerprint } from './build-stamp';
import { actionsKeyHash, type BuildInfo } from '../../lib/config/instances';
import path from 'node:path';
import { localActionsKey } from './local-secret';
import { completeStandalone, standaloneIsComplete } from './standalone';

/** What the build was made with, for the web instances' start-up check (lib/config/instances.ts). */
export const BUILD_INFO = '.next/planeta-build.json';

let running: ChildProcess | null = null;

/** Stops a build in progress (npm start failed elsewhere while it built). */
export const stopBuild = () => void running?.kill('SIGTERM');

/**
 * Runs `next build` unless the last build was made from the same sources; resolves to how long the
 * build took in ms (0 when skipped), for `npm start`'s timing line. The build needs no database,
 * so `npm start` runs it while the migrations and the demo data go in.
 */
export async function buildIfNeeded(input: NodeJS.ProcessEnv = process.env): Promise<number> {
  // A local build gets this checkout's own Server Actions key (.data/actions-key), so several local
  // instances started from it (the multi-instance test) can share it; a deployment sets its own.
  const env: NodeJS.ProcessEnv = {
    ...input,
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY:
      input.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY || localActionsKey(path.resolve('.data')),
  };
  // The CSP names PayU's host, so the configured PayU address is part of the build's inputs.
  // So are the Server Actions key and the build id that every instance of a deployment shares.
  const keyHash = actionsKeyHash(env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY);
  const fp = sourceFingerprint(`${env.PAYU_BASE_URL ?? ''}|${keyHash ?? ''}|${env.BUILD_ID ?? ''}`);
  if (buildIsCurrent(fp) && standaloneIsComplete()) {
    console.log('▸ Build aktualny — pomijam `next build`.');
    return 0;
  }
  const started = performance.now();
  console.log('▸ Buduję aplikację (next build)…');
  running = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'build'], {
    stdio: 'inherit',
    env: { ...env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
  });
  const child = running;
  const status = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  running = null;
  if (status !== 0) process.exit(status ?? 1);
  completeStandalone();
  const info: BuildInfo = { buildId: readFileSync('.next/BUILD_ID', 'utf8').trim(), actionsKeyHash: keyHash };
  writeFileSync(BUILD_INFO, JSON.stringify(info));
  markBuilt(fp);
  return performance.now() - started;
}
