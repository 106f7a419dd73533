// One interactive session per process (sesja-interaktywna.md): its own AES-256 key and IV, the key
// wrapped for the Ministry, FA (3) declared. Reused until shortly before validUntil (12 h) or the
// per-session invoice limit, and reopened when KSeF says it is closed, expired or unknown.
import { randomBytes } from 'node:crypto';
import { field, type Api } from './api';
import { rsaOaepEncrypt, type SessionKey } from './crypto';
import { ksefCodeOf } from './errors';
import type { PublicKeys } from './public-keys';
import { UNKNOWN_PUBLIC_KEY } from './auth';

/** Reopen this long before validUntil, so an invoice never lands in a session closing under it. */
const REOPEN_MARGIN_MS = 10 * 60_000;
/** weryfikacja-faktury.md: at most 10 000 invoices in one session. */
export const SESSION_INVOICE_LIMIT = 10_000;
/** KSeF's refusals that mean "this session cannot take invoices any more": open another. */
export const SESSION_GONE_CODES = new Set([21155, 21173, 21180]);

export const FA3_FORM_CODE = { systemCode: 'FA (3)', schemaVersion: '1-0E', value: 'FA' } as const;

export type OnlineSession = SessionKey & { referenceNumber: string; validUntil: number; sent: number };

export type OnlineSessions = {
  /** The open session, opened now if there is none usable. */
  current(bearer: () => Promise<string>): Promise<OnlineSession>;
  /** Forgets `referenceNumber` if it is the current one (KSeF refused to use it). */
  drop(referenceNumber: string): void;
  /** Closes the current session at KSeF (starts its collective UPO). */
  close(bearer: () => Promise<string>): Promise<void>;
};

export function createOnlineSessions(api: Api, keys: PublicKeys, now: () => number): OnlineSessions {
  let session: OnlineSession | null = null;
  let opening: Promise<OnlineSession> | null = null;

  async function open(bearer: string, retried = false): Promise<OnlineSession> {
    const key = await keys.get('SymmetricKeyEncryption');
    const sessionKey = { key: randomBytes(32), iv: randomBytes(16) };
    try {
      const res = await api({
        method: 'POST',
        path: '/sessions/online',
        bearer,
        ok: [201],
        body: {
          formCode: FA3_FORM_CODE,
          encryption: {
            encryptedSymmetricKey: rsaOaepEncrypt(key.publicKey, sessionKey.key).toString('base64'),
            initializationVector: sessionKey.iv.toString('base64'),
            publicKeyId: key.publicKeyId,
          },
        },
      });
      return {
        ...sessionKey,
        referenceNumber: field(res, 'referenceNumber', 'the session opening'),
        validUntil: Date.parse(field(res, 'validUntil', 'the session opening')),
        sent: 0,
      };
    } catch (e) {
      if (ksefCodeOf(e) !== UNKNOWN_PUBLIC_KEY || retried) throw e;
      keys.forget();
      return open(bearer, true);
    }
  }

  const usable = (s: OnlineSession | null): s is OnlineSession =>
    !!s && now() < s.validUntil - REOPEN_MARGIN_MS && s.sent < SESSION_INVOICE_LIMIT;

  return {
    async current(bearer) {
      if (usable(session)) return session;
      opening ??= bearer()
        .then((token) => open(token))
        .then((s) => (session = s))
        .finally(() => {
          opening = null;
        });
      return opening;
    },
    drop(referenceNumber) {
      if (session?.referenceNumber === referenceNumber) session = null;
    },
    async close(bearer) {
      const s = session;
      session = null;
      if (!s || now() >= s.validUntil) return;
      await api({
        method: 'POST',
        path: `/sessions/online/${encodeURIComponent(s.referenceNumber)}/close`,
        bearer: await bearer(),
        ok: [204],
      });
    },
  };
}
