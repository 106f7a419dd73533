// Bodies are counted while they are read: a chunked body without Content-Length is refused once it
// passes the route's limit, having pulled at most one chunk more from the stream.
import { describe, expect, it, vi } from 'vitest';
import { BodyTooLarge, readBodyLimited } from '@/lib/http/body';
import { formFile } from '@/lib/http/form-file';

vi.mock('@/lib/http/route', () => ({
  routeUser: async () => ({ id: 'admin', roles: ['COMPANY_ADMIN'] }),
  crossSite: () => false,
}));

const CHUNK = 64 * 1024;

/** A body of `total` bytes sent in chunks, with no Content-Length; `pulled` counts what was read. */
function chunked(total: number) {
  const counter = { pulled: 0 };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (counter.pulled >= total) return controller.close();
      const chunk = new Uint8Array(Math.min(CHUNK, total - counter.pulled)).fill(0x61);
      counter.pulled += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  return { stream, counter };
}

const post = (url: string, body: ReadableStream<Uint8Array>, headers: Record<string, string> = {}) =>
  new Request(url, { method: 'POST', body, headers, duplex: 'half' } as RequestInit);

describe('readBodyLimited', () => {
  it('returns a body under the limit whole', async () => {
    const { stream } = chunked(150_000);
    expect((await readBodyLimited(post('http://x/', stream), 200_000)).byteLength).toBe(150_000);
  });

  it('refuses a chunked body past the limit having read at most one chunk more', async () => {
    const { stream, counter } = chunked(100 * 1024 * 1024);
    await expect(readBodyLimited(post('http://x/', stream), 1024 * 1024)).rejects.toBeInstanceOf(BodyTooLarge);
    expect(counter.pulled).toBeLessThanOrEqual(1024 * 1024 + 2 * CHUNK);
  });

  it('refuses a declared length over the limit before reading anything', async () => {
    const { stream, counter } = chunked(2 * 1024 * 1024);
    const req = post('http://x/', stream, { 'content-length': String(2 * 1024 * 1024) });
    await expect(readBodyLimited(req, 1024 * 1024)).rejects.toBeInstanceOf(BodyTooLarge);
    expect(counter.pulled).toBeLessThanOrEqual(CHUNK);
  });

  it('does not trust a Content-Length below the limit: the bytes are counted', async () => {
    const { stream, counter } = chunked(5 * 1024 * 1024);
    const req = post('http://x/', stream, { 'content-length': '10' });
    await expect(readBodyLimited(req, 1024 * 1024)).rejects.toBeInstanceOf(BodyTooLarge);
    expect(counter.pulled).toBeLessThanOrEqual(1024 * 1024 + 2 * CHUNK);
  });
});

describe('uploads', () => {
  it('formFile still reads a multipart file', async () => {
    const form = new FormData();
    form.set('file', new File([new Uint8Array([1, 2, 3])], 'lista.csv'));
    const got = await formFile(new Request('http://x/', { method: 'POST', body: form }), 'file');
    expect(got).toEqual({ name: 'lista.csv', bytes: new Uint8Array([1, 2, 3]) });
  });

  it('a chunked 100 MB upload to the participant list is refused with 413 after about 11 MB', async () => {
    const { POST } = await import('@/app/grupy/[id]/lista/route');
    const { stream, counter } = chunked(100 * 1024 * 1024);
    const req = post('http://x/grupy/g1/lista', stream, { 'content-type': 'multipart/form-data; boundary=x' });
    const res = await POST(req, { params: Promise.resolve({ id: 'g1' }) });
    expect(res.status).toBe(413);
    expect(counter.pulled).toBeLessThanOrEqual(11 * 1024 * 1024 + 2 * CHUNK);
  }, 60_000);
});

describe('PayU notification endpoint', () => {
  it('refuses a 10 MB body with 413 having read at most its 64 kB limit, before the signature', async () => {
    const { POST } = await import('@/app/api/payu/notify/route');
    const { stream, counter } = chunked(10 * 1024 * 1024);
    const res = await POST(post('http://x/api/payu/notify', stream, { 'content-type': 'application/json' }));
    expect(res.status).toBe(413);
    expect(counter.pulled).toBeLessThanOrEqual(64 * 1024 + 2 * CHUNK);
  }, 60_000);
});
