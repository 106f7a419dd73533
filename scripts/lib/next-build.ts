import { spawnSync } from 'node:child_process';
import { buildIsCurrent, markBuilt, sourceFingerprint } from './build-stamp';

/** Runs `next build` unless the last build was made from the same sources. */
export function buildIfNeeded(env: NodeJS.ProcessEnv = process.env): void {
  // The CSP names PayU's host, so the configured PayU address is part of the build's inputs.
  const fp = sourceFingerprint(env.PAYU_BASE_URL ?? '');
  if (buildIsCurrent(fp)) {
    console.log('▸ Build aktualny — pomijam `next build`.');
    return;
  }
  console.log('▸ Buduję aplikację (next build)…');
  const r = spawnSync(process.execPath, ['node_modules/next/dist/bin/next', 'build'], {
    stdio: 'inherit',
    env: { ...env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
  markBuilt(fp);
}
