// OAuth access token (client_credentials for the POS, trusted_merchant for one customer), cached
// until ~60 s before it expires. Concurrent callers share one in-flight request so a burst of
// checkouts costs one OAuth call, not one each.
import { PayuUnavailableError, payuErrorFrom } from './errors';
import { payuFetch, type FetchLike } from './transport';

const RENEW_MARGIN_MS = 60_000;

export type TokenSource = {
  get(): Promise<string>;
  /** False once the cached token is past its renewal time (a cache of sources can drop it). */
  fresh(): boolean;
  /** Drops `token` if it is still the cached one (PayU rejected it, e.g. revoked or restarted). */
  invalidate(token: string): void;
};

export type TokenSourceOptions = {
  baseUrl: string;
  clientId: string;
  clientSecret: string;
  fetchImpl: FetchLike;
  now: () => number;
  timeoutMs: number;
  /** Form fields beyond client_id/client_secret; default: the POS's own client_credentials grant. */
  grant?: Record<string, string>;
};

export function createTokenSource(o: TokenSourceOptions): TokenSource {
  let cached: { token: string; renewAt: number } | null = null;
  let inflight: Promise<string> | null = null;

  async function request(): Promise<string> {
    const form = new URLSearchParams({
      grant_type: 'client_credentials',
      ...o.grant,
      client_id: o.clientId,
      client_secret: o.clientSecret,
    });
    const res = await payuFetch(
      o.fetchImpl,
      `${o.baseUrl}/pl/standard/user/oauth/authorize`,
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
        body: form.toString(),
      },
      o.timeoutMs,
    );
    if (res.status !== 200) throw payuErrorFrom(res.status, res.body);
    const body = res.body as { access_token?: unknown; expires_in?: unknown } | null;
    if (typeof body?.access_token !== 'string' || typeof body.expires_in !== 'number') {
      throw new PayuUnavailableError('PayU OAuth answered 200 without access_token/expires_in', { httpStatus: 200 });
    }
    cached = { token: body.access_token, renewAt: o.now() + body.expires_in * 1000 - RENEW_MARGIN_MS };
    return body.access_token;
  }

  return {
    get() {
      if (cached && o.now() < cached.renewAt) return Promise.resolve(cached.token);
      inflight ??= request().finally(() => {
        inflight = null;
      });
      return inflight;
    },
    fresh() {
      return inflight !== null || (cached !== null && o.now() < cached.renewAt);
    },
    invalidate(token) {
      if (cached?.token === token) cached = null;
    },
  };
}
