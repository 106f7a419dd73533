// Issue 14 tried again against the production server: malformed ids are 404, oversize bodies to
// the PayU webhook are 413 whether they declare their length or stream it in chunks.
import { request as httpRequest } from 'node:http';
import { expect, test } from '@playwright/test';

test('malformed ids in the address answer 404, never 500', async ({ request }) => {
  for (const path of [
    '/zamowienia/%00',
    '/grupy/a%00b',
    `/zamowienia/${'x'.repeat(300)}/faktura`,
    '/api/zamowienia/%00/status',
    '/kursy/excel%00',
    '/certyfikaty/AB%00CD',
    '/regulamin/%00',
  ]) {
    const res = await request.get(path, { maxRedirects: 0 });
    expect(res.status(), path).toBe(404);
  }
});

test('a 10 MB notification is refused with 413', async ({ request }) => {
  const res = await request.post('/api/payu/notify', {
    data: Buffer.alloc(10 * 1024 * 1024, 0x20),
    headers: { 'content-type': 'application/json' },
  });
  expect(res.status()).toBe(413);
});

test('a chunked oversize notification without Content-Length is refused with 413 while it is sent', async ({
  baseURL,
}) => {
  const url = new URL('/api/payu/notify', baseURL);
  let sent = 0;
  const status = await new Promise<number>((resolve, reject) => {
    const req = httpRequest(url, { method: 'POST', headers: { 'content-type': 'application/json' } }, (res) => {
      resolve(res.statusCode ?? 0);
      res.resume();
      req.destroy();
    });
    req.on('error', (e) => (sent > 0 ? resolve(-1) : reject(e)));
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    const pump = () => {
      // The server answers long before 100 MB; stop sending once it has.
      while (sent < 100 * 1024 * 1024 && !req.destroyed) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      if (!req.destroyed) req.end();
    };
    pump();
  });
  expect(status).toBe(413);
  expect(sent).toBeLessThan(100 * 1024 * 1024);
});

test('a handler that takes no body refuses one, and a small JSON endpoint refuses more than its 4 kB', async ({
  request,
}) => {
  const withBody = await request.post('/api/test/przypomnienia', { data: 'x'.repeat(100) });
  expect(withBody.status()).toBe(413);
  const big = await request.post('/api/test/clock', {
    data: Buffer.alloc(8 * 1024, 0x20),
    headers: { 'content-type': 'application/json' },
  });
  expect(big.status()).toBe(413);
  const small = await request.get('/api/test/clock');
  expect(small.status()).toBe(200);
});
