// One place turns "no usable answer" into retries and then KsefUnavailableError: a network error,
// a 5xx or a 429 is tried again with bounded exponential backoff (a 429's Retry-After is honoured),
// so the client's methods only deal with KSeF's own answers.
import { KsefUnavailableError } from '../types';

export type FetchLike = typeof fetch;

export type KsefResponse = {
  status: number;
  headers: Headers;
  /** Parsed JSON when KSeF answered JSON, otherwise null. */
  body: unknown;
  /** The bytes as received (the UPO is XML). */
  raw: Buffer;
};

export type RetryPolicy = {
  /** Tries in all, the first included. */
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** A Retry-After longer than this is not waited for: the call gives up at once. */
  maxRetryAfterMs: number;
  /** Waits between tries; tests pass one that records and resolves at once. */
  sleep: (ms: number) => Promise<void>;
};

export const DEFAULT_RETRY: RetryPolicy = {
  attempts: 4,
  baseDelayMs: 500,
  maxDelayMs: 8_000,
  maxRetryAfterMs: 60_000,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** Retry-After in seconds (what KSeF sends) or as an HTTP date; null when absent or unreadable. */
export function retryAfterMs(value: string | null, now = Date.now()): number | null {
  if (!value) return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

export const backoffMs = (policy: RetryPolicy, attempt: number) =>
  Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);

async function once(fetchImpl: FetchLike, url: string, init: RequestInit, timeoutMs: number): Promise<KsefResponse> {
  const res = await fetchImpl(url, { ...init, redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
  const raw = Buffer.from(await res.arrayBuffer());
  const type = res.headers.get('content-type') ?? '';
  let body: unknown = null;
  if (raw.length && /json/i.test(type)) {
    try {
      body = JSON.parse(raw.toString('utf8'));
    } catch {
      body = null;
    }
  }
  return { status: res.status, headers: res.headers, body, raw };
}

export async function ksefFetch(
  fetchImpl: FetchLike,
  url: string,
  init: RequestInit,
  options: { timeoutMs: number; retry: RetryPolicy },
): Promise<KsefResponse> {
  const { retry } = options;
  const what = `${init.method ?? 'GET'} ${new URL(url).pathname}`;
  let last = '';
  let cause: unknown;
  for (let attempt = 0; attempt < retry.attempts; attempt++) {
    let wait = backoffMs(retry, attempt);
    try {
      const res = await once(fetchImpl, url, init, options.timeoutMs);
      if (res.status < 500 && res.status !== 429) return res;
      last = `HTTP ${res.status}`;
      cause = undefined;
      if (res.status === 429) {
        const after = retryAfterMs(res.headers.get('retry-after'));
        if (after !== null && after > retry.maxRetryAfterMs) {
          throw new KsefUnavailableError(`KSeF rate limit on ${what}: retry after ${Math.ceil(after / 1000)} s`);
        }
        if (after !== null) wait = after;
      }
    } catch (e) {
      if (e instanceof KsefUnavailableError) throw e;
      last = e instanceof Error ? e.message : String(e);
      cause = e;
    }
    if (attempt < retry.attempts - 1) await retry.sleep(wait);
  }
  throw new KsefUnavailableError(`KSeF unavailable: ${what} failed ${retry.attempts} times (last: ${last})`, { cause });
}
