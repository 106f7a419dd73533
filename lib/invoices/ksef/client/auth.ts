// Authentication with a KSeF token (uwierzytelnianie.md §2.2): challenge → `token|timestampMs`
// encrypted for the Ministry → poll the operation → redeem the access and refresh tokens once.
// The access token is kept until shortly before it expires and then refreshed; a refused refresh
// (revoked, expired) starts over. Concurrent callers share one flight.
import { KsefRequestError, KsefUnavailableError } from '../types';
import { field, type Api } from './api';
import { encryptKsefToken } from './crypto';
import { ksefCodeOf } from './errors';
import type { PublicKeys } from './public-keys';

/** Renew this long before `validUntil`: a token must not expire between the check and the call. */
const RENEW_MARGIN_MS = 60_000;
/** KSeF: "the submitted key id is unknown or points to a withdrawn key". */
export const UNKNOWN_PUBLIC_KEY = 21470;

export type AccessTokens = {
  get(): Promise<string>;
  /** Drops `token` if it is still the cached one (KSeF answered 401 to it). */
  invalidate(token: string): void;
};

export type AuthOptions = {
  api: Api;
  keys: PublicKeys;
  nip: string;
  token: string;
  now: () => number;
  /** Waits between status polls while KSeF answers 100 "in progress". */
  pollDelaysMs: number[];
  sleep: (ms: number) => Promise<void>;
};

type TokenInfo = { token: string; validUntil: string };
type Held = { access: string; accessUntil: number; refresh: string; refreshUntil: number };

export function createAccessTokens(o: AuthOptions): AccessTokens {
  let held: Held | null = null;
  let inflight: Promise<string> | null = null;

  async function startOperation(retried = false): Promise<{ referenceNumber: string; authenticationToken: TokenInfo }> {
    const res = await o.api({ method: 'POST', path: '/auth/challenge', ok: [200] });
    const challenge = {
      challenge: field(res, 'challenge', 'the challenge'),
      timestampMs: field(res, 'timestampMs', 'the challenge'),
    };
    const key = await o.keys.get('KsefTokenEncryption');
    try {
      const res = await o.api({
        method: 'POST',
        path: '/auth/ksef-token',
        ok: [202],
        body: {
          challenge: challenge.challenge,
          contextIdentifier: { type: 'Nip', value: o.nip },
          encryptedToken: encryptKsefToken(key.publicKey, o.token, challenge.timestampMs),
          publicKeyId: key.publicKeyId,
        },
      });
      return {
        referenceNumber: field(res, 'referenceNumber', 'the token authentication'),
        authenticationToken: {
          token: field(res, 'authenticationToken.token', 'the token authentication'),
          validUntil: field(res, 'authenticationToken.validUntil', 'the token authentication'),
        },
      };
    } catch (e) {
      if (ksefCodeOf(e) !== UNKNOWN_PUBLIC_KEY || retried) throw e;
      o.keys.forget();
      return startOperation(true);
    }
  }

  async function awaitOperation(referenceNumber: string, bearer: string): Promise<void> {
    for (let i = 0; ; i++) {
      const res = await o.api({
        method: 'GET',
        path: `/auth/${encodeURIComponent(referenceNumber)}`,
        bearer,
        ok: [200],
      });
      const status = (res.body as { status?: { code?: number; description?: string; details?: string[] } }).status;
      const code = status?.code ?? 0;
      if (code === 200) return;
      if (code === 100 && i < o.pollDelaysMs.length) {
        await o.sleep(o.pollDelaysMs[i]);
        continue;
      }
      const text = `${code} ${status?.description ?? ''}${status?.details?.length ? `: ${status.details.join('; ')}` : ''}`;
      // 100 for too long, 500 "unknown error", 550 "cancelled by the system, try again": KSeF's side.
      if (code === 100 || code >= 500) throw new KsefUnavailableError(`KSeF authentication did not finish: ${text}`);
      throw new KsefRequestError(`KSeF refused the authentication: ${text}`, 401, code, status?.details ?? []);
    }
  }

  async function authenticate(): Promise<string> {
    const op = await startOperation();
    await awaitOperation(op.referenceNumber, op.authenticationToken.token);
    const res = await o.api({
      method: 'POST',
      path: '/auth/token/redeem',
      bearer: op.authenticationToken.token,
      ok: [200],
    });
    held = {
      access: field(res, 'accessToken.token', 'the redeem'),
      accessUntil: Date.parse(field(res, 'accessToken.validUntil', 'the redeem')),
      refresh: field(res, 'refreshToken.token', 'the redeem'),
      refreshUntil: Date.parse(field(res, 'refreshToken.validUntil', 'the redeem')),
    };
    return held.access;
  }

  async function refresh(h: Held): Promise<string> {
    try {
      const res = await o.api({ method: 'POST', path: '/auth/token/refresh', bearer: h.refresh, ok: [200] });
      held = {
        ...h,
        access: field(res, 'accessToken.token', 'the refresh'),
        accessUntil: Date.parse(field(res, 'accessToken.validUntil', 'the refresh')),
      };
      return held.access;
    } catch (e) {
      // The refresh token was revoked or outlived: authenticate from scratch.
      if (!(e instanceof KsefRequestError)) throw e;
      held = null;
      return authenticate();
    }
  }

  function obtain(): Promise<string> {
    const now = o.now();
    if (held && now < held.accessUntil - RENEW_MARGIN_MS) return Promise.resolve(held.access);
    inflight ??= (held && now < held.refreshUntil - RENEW_MARGIN_MS ? refresh(held) : authenticate()).finally(() => {
      inflight = null;
    });
    return inflight;
  }

  return {
    get: obtain,
    invalidate(token) {
      if (held?.access === token) held = { ...held, accessUntil: 0 };
    },
  };
}
