// Ids for the items inside a question's config (matching sides, ordering items): random, so the
// browser cannot tell a pairing or an order from them.
import { randomBytes } from 'node:crypto';

export function newItemId(): string {
  return randomBytes(6).toString('base64url');
}
