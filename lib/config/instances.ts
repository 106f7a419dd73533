// What every web instance of one deployment must share (issue 25): the session secret, the key that
// names and encrypts Server Actions (embedded in the build), and the build itself. Each is checked
// before `npm run start:web` serves in production, so a mismatch stops the instance instead of
// surfacing later as logged-out users or "Failed to find Server Action".
import { createHash } from 'node:crypto';
import { messages } from '@/lib/i18n';

/** Written next to the build by scripts/lib/next-build.ts: what the build was made with. */
export type BuildInfo = { buildId: string; actionsKeyHash: string | null };

export const SHARED_VARIABLES = ['AUTH_SECRET', 'NEXT_SERVER_ACTIONS_ENCRYPTION_KEY', 'BUILD_ID'] as const;

/** A fingerprint of the key, never the key: the build records which key it was made with. */
export const actionsKeyHash = (key: string | undefined): string | null =>
  key ? createHash('sha256').update(key).digest('hex').slice(0, 16) : null;

/** Next.js wants base64 of a valid AES key length. */
export function validActionsKey(key: string): boolean {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(key)) return false;
  return [16, 24, 32].includes(Buffer.from(key, 'base64').length);
}

/** The problems that stop a production web instance, one line each (empty: it may start). */
export function instanceProblems(source: Record<string, string | undefined>, build: BuildInfo | null): string[] {
  const m = messages().ops;
  const lines: string[] = [];
  const line = (name: string, text: string) => lines.push(`  ${name}: ${text}`);
  if (!source.AUTH_SECRET) line('AUTH_SECRET', m.notSet('AUTH_SECRET'));
  else if (source.AUTH_SECRET.length < 32) line('AUTH_SECRET', m.authSecret);
  const key = source.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY;
  if (!key) line('NEXT_SERVER_ACTIONS_ENCRYPTION_KEY', m.notSet('NEXT_SERVER_ACTIONS_ENCRYPTION_KEY'));
  else if (!validActionsKey(key)) line('NEXT_SERVER_ACTIONS_ENCRYPTION_KEY', m.instances.actionsKey);
  else if (build && build.actionsKeyHash !== actionsKeyHash(key))
    line('NEXT_SERVER_ACTIONS_ENCRYPTION_KEY', m.instances.actionsKeyNotBuilt);
  if (!build) line('.next', m.instances.noBuild);
  if (!source.BUILD_ID) line('BUILD_ID', m.notSet('BUILD_ID'));
  else if (build && build.buildId !== source.BUILD_ID)
    line('BUILD_ID', m.instances.buildIdMismatch(source.BUILD_ID, build.buildId));
  return lines;
}
