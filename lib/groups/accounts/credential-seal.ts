// Issued passwords are kept sealed (AES-256-GCM) so the group's admins can download the
// credentials later; the key is derived from AUTH_SECRET with HKDF, never stored.
import { messages } from '@/lib/i18n';
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { authSecret } from '@/lib/config/env';

let cachedKey: { secret: string; key: Buffer } | undefined;

function key(): Buffer {
  const secret = authSecret();
  if (secret.length < 32) throw new Error(messages().ops.notSet('AUTH_SECRET'));
  if (cachedKey?.secret !== secret) {
    cachedKey = { secret, key: Buffer.from(hkdfSync('sha256', secret, 'planeta', 'group-credentials-v1', 32)) };
  }
  return cachedKey.key;
}

/** "v1.<iv>.<tag>.<ciphertext>", all base64url. */
export function sealPassword(password: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key(), iv);
  const data = Buffer.concat([cipher.update(password, 'utf8'), cipher.final()]);
  return ['v1', iv, cipher.getAuthTag(), data]
    .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
    .join('.');
}

export function unsealPassword(sealed: string): string {
  const [version, iv, tag, data] = sealed.split('.');
  if (version !== 'v1' || !iv || !tag || data === undefined) throw new Error('Unknown sealed password format');
  const decipher = createDecipheriv('aes-256-gcm', key(), Buffer.from(iv, 'base64url'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8');
}
