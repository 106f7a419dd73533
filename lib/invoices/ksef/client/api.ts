// The wire layer every client part shares: base URL, JSON in and out, the bearer token and the
// retry policy. A non-success answer becomes KsefRequestError here, once.
import { KsefUnavailableError } from '../types';
import { ksefRequestErrorFrom } from './errors';
import { ksefFetch, type FetchLike, type KsefResponse, type RetryPolicy } from './transport';

export type ApiCall = {
  method: 'GET' | 'POST' | 'DELETE';
  path: string;
  body?: unknown;
  bearer?: string;
  /** HTTP statuses that count as success; anything else is KSeF's refusal. */
  ok: number[];
  accept?: string;
};

export type Api = (call: ApiCall) => Promise<KsefResponse>;

export function createApi(o: { baseUrl: string; fetchImpl: FetchLike; timeoutMs: number; retry: RetryPolicy }): Api {
  return async (call) => {
    const headers: Record<string, string> = { Accept: call.accept ?? 'application/json' };
    if (call.body !== undefined) headers['Content-Type'] = 'application/json';
    if (call.bearer) headers.Authorization = `Bearer ${call.bearer}`;
    const res = await ksefFetch(
      o.fetchImpl,
      `${o.baseUrl}${call.path}`,
      { method: call.method, headers, body: call.body === undefined ? undefined : JSON.stringify(call.body) },
      { timeoutMs: o.timeoutMs, retry: o.retry },
    );
    if (!call.ok.includes(res.status)) throw ksefRequestErrorFrom(res.status, res.body, `${call.method} ${call.path}`);
    return res;
  };
}

/**
 * The string at `path` (dot-separated) of a success body. A 2xx without it is no usable answer:
 * KsefUnavailableError, as for a 5xx, so the caller tries again later.
 */
export function field(res: KsefResponse, path: string, what: string): string {
  let v: unknown = res.body;
  for (const key of path.split('.'))
    v = typeof v === 'object' && v !== null ? (v as Record<string, unknown>)[key] : undefined;
  if (typeof v === 'string' && v) return v;
  if (typeof v === 'number') return String(v);
  throw new KsefUnavailableError(`KSeF answered ${what} with HTTP ${res.status} but without ${path}`);
}
