// The anonymous placement attempt's token: the browser keeps it in a cookie, the database only its
// hash, so a leaked table names no visitor's attempt.
import { createHash, randomBytes } from 'node:crypto';

export const newPlacementToken = (): string => randomBytes(32).toString('base64url');

export const hashPlacementToken = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex');

/** Only a token this site could have issued is looked up (43 URL-safe characters). */
export const isPlacementToken = (token: string | undefined): token is string =>
  typeof token === 'string' && /^[A-Za-z0-9_-]{43}$/.test(token);
