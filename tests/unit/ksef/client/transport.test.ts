// Retries: network errors, 5xx and 429 are tried again with bounded exponential backoff (a 429's
// Retry-After wins), then KsefUnavailableError; KSeF's own 4xx answers come back at once.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { ksefFetch, retryAfterMs, type RetryPolicy } from '@/lib/invoices/ksef/client/transport';
import { KsefUnavailableError } from '@/lib/invoices/ksef/types';

function policy(attempts = 4): RetryPolicy & { waits: number[] } {
  const waits: number[] = [];
  return {
    attempts,
    baseDelayMs: 500,
    maxDelayMs: 3_000,
    maxRetryAfterMs: 30_000,
    sleep: async (ms) => void waits.push(ms),
    waits,
  };
}

/** fetch answering from a script of (status, headers) steps, counting calls. */
function scripted(steps: Array<[number, Record<string, string>?]>) {
  let calls = 0;
  const impl: typeof fetch = async () => {
    const [status, headers] = steps[Math.min(calls++, steps.length - 1)];
    const body = status === 204 ? null : JSON.stringify({ status: { code: status } });
    return new Response(body, { status, headers: { 'Content-Type': 'application/json', ...headers } });
  };
  return { impl, calls: () => calls };
}

const URL_ = 'http://ksef.test/v2/sessions/online';

async function rejection(p: Promise<unknown>): Promise<Error> {
  try {
    await p;
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected a rejection');
}

describe('ksefFetch', () => {
  it('honours Retry-After on 429 and then returns the answer', async () => {
    const retry = policy();
    const f = scripted([[429, { 'Retry-After': '2' }], [429, { 'Retry-After': '1' }], [201]]);
    const res = await ksefFetch(f.impl, URL_, { method: 'POST' }, { timeoutMs: 1000, retry });
    expect(res.status).toBe(201);
    expect(retry.waits).toEqual([2000, 1000]);
    expect(f.calls()).toBe(3);
  });

  it('backs off exponentially on 503, capped, and gives up after the last try', async () => {
    const retry = policy(5);
    const f = scripted([[503]]);
    const e = await rejection(ksefFetch(f.impl, URL_, { method: 'POST' }, { timeoutMs: 1000, retry }));
    expect(e).toBeInstanceOf(KsefUnavailableError);
    expect(e.message).toMatch(/5 times .*HTTP 503/);
    expect(retry.waits).toEqual([500, 1000, 2000, 3000]);
    expect(f.calls()).toBe(5);
  });

  it('uses backoff for a 429 without Retry-After', async () => {
    const retry = policy(2);
    await rejection(ksefFetch(scripted([[429]]).impl, URL_, {}, { timeoutMs: 1000, retry }));
    expect(retry.waits).toEqual([500]);
  });

  it('does not wait out a Retry-After longer than the policy allows', async () => {
    const retry = policy();
    const f = scripted([[429, { 'Retry-After': '3600' }]]);
    const e = await rejection(ksefFetch(f.impl, URL_, {}, { timeoutMs: 1000, retry }));
    expect(e).toBeInstanceOf(KsefUnavailableError);
    expect(e.message).toMatch(/retry after 3600 s/);
    expect(f.calls()).toBe(1);
  });

  it('returns 4xx answers without retrying', async () => {
    const retry = policy();
    const f = scripted([[400]]);
    const res = await ksefFetch(f.impl, URL_, {}, { timeoutMs: 1000, retry });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ status: { code: 400 } });
    expect(f.calls()).toBe(1);
    expect(retry.waits).toEqual([]);
  });

  it('retries a refused connection and then reports KSeF unavailable with the cause', async () => {
    // A port that was just free: nothing listens there.
    const server = createServer();
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as AddressInfo).port;
    await new Promise((r) => server.close(r));
    const retry = policy(3);
    const e = await rejection(
      ksefFetch(fetch, `http://127.0.0.1:${port}/v2/auth/challenge`, { method: 'POST' }, { timeoutMs: 1000, retry }),
    );
    expect(e).toBeInstanceOf(KsefUnavailableError);
    expect(retry.waits).toEqual([500, 1000]);
    const cause = (e.cause as { cause?: { code?: string } } | undefined)?.cause;
    expect(cause?.code).toBe('ECONNREFUSED');
  });

  it('recovers when a network error is followed by an answer', async () => {
    let calls = 0;
    const impl: typeof fetch = async () => {
      if (calls++ === 0) throw new TypeError('fetch failed');
      return new Response('<UPO/>', { status: 200, headers: { 'Content-Type': 'application/xml' } });
    };
    const retry = policy();
    const res = await ksefFetch(impl, URL_, {}, { timeoutMs: 1000, retry });
    expect(res.raw.toString()).toBe('<UPO/>');
    expect(res.body).toBeNull();
    expect(retry.waits).toEqual([500]);
  });
});

describe('retryAfterMs', () => {
  it.each([
    ['5', 5000],
    [' 0 ', 0],
    ['Wed, 21 Oct 2015 07:28:30 GMT', 30_000],
    ['soon', null],
    [null, null],
  ])('%j → %j', (value, ms) => {
    expect(retryAfterMs(value, Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'))).toBe(ms);
  });
});
