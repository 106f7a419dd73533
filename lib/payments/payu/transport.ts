// One place turns "no usable answer" (network error, timeout, 5xx, non-JSON) into
// PayuUnavailableError, so the client's methods only deal with PayU's own answers.
import { PayuUnavailableError } from './errors';

export type FetchLike = typeof fetch;

export type PayuResponse = { status: number; headers: Headers; body: unknown };

export async function payuFetch(
  fetchImpl: FetchLike,
  url: string,
  init: RequestInit,
  timeoutMs: number,
): Promise<PayuResponse> {
  let res: Response;
  try {
    // redirect:'manual' — order creation answers 302 and the body (orderId, redirectUri) is the
    // result; following it would fetch PayU's HTML payment page instead.
    res = await fetchImpl(url, { ...init, redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
  } catch (cause) {
    throw new PayuUnavailableError(`PayU unreachable: ${init.method ?? 'GET'} ${url}`, { cause });
  }
  const text = await res.text().catch(() => '');
  if (res.status >= 500) {
    throw new PayuUnavailableError(`PayU answered HTTP ${res.status}`, { httpStatus: res.status });
  }
  let body: unknown = null;
  if (text) {
    try {
      body = JSON.parse(text);
    } catch (cause) {
      throw new PayuUnavailableError(`PayU answered HTTP ${res.status} with a non-JSON body`, {
        httpStatus: res.status,
        cause,
      });
    }
  }
  return { status: res.status, headers: res.headers, body };
}
