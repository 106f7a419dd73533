// A fingerprint of everything `next build` reads, so `npm start` rebuilds only after a change.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const INPUTS = [
  'app',
  'components',
  'lib',
  'emails',
  'public',
  'instrumentation.ts',
  'next.config.ts',
  'postcss.config.mjs',
  'tsconfig.json',
  'package-lock.json',
];
const STAMP = '.next/.planeta-build-stamp';

function walk(p: string, out: string[]) {
  if (!existsSync(p)) return;
  const st = statSync(p);
  if (st.isDirectory()) for (const e of readdirSync(p).sort()) walk(path.join(p, e), out);
  else out.push(`${p}:${st.size}:${st.mtimeMs}`);
}

export function sourceFingerprint(extra = ''): string {
  const entries: string[] = [];
  for (const i of INPUTS) walk(i, entries);
  return createHash('sha256')
    .update(entries.join('\n') + extra)
    .digest('hex');
}

export const buildIsCurrent = (fp: string) =>
  existsSync('.next/BUILD_ID') && existsSync(STAMP) && readFileSync(STAMP, 'utf8') === fp;
export const markBuilt = (fp: string) => writeFileSync(STAMP, fp);
