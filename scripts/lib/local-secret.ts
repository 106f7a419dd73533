// Secrets of a local install, made once and kept in .data/ (never committed), so sessions and
// Server Actions survive restarts and rebuilds. A deployment sets its own (docs/deploy.md).
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

function kept(dataDir: string, name: string, make: () => string): string {
  const file = path.join(dataDir, name);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = make();
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

/** A session-signing secret kept in .data/ so sessions survive restarts of a local install. */
export const localSecret = (dataDir: string): string =>
  kept(dataDir, 'auth-secret', () => randomBytes(48).toString('base64url'));

/** The Server Actions key a local build is made with (NEXT_SERVER_ACTIONS_ENCRYPTION_KEY unset). */
export const localActionsKey = (dataDir: string): string =>
  kept(dataDir, 'actions-key', () => randomBytes(32).toString('base64'));
