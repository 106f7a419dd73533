// Issue 14 in the browser: the strict CSP (a fresh nonce per response, no inline scripts) lets
// every main page work without a single violation, the fixed headers stay on every response,
// and a server action or a post without this site's Origin changes nothing.
import type { Page } from '@playwright/test';
import { expect, login, logout, readLatestMail, test } from './support/fixtures';

const scriptSrc = (csp: string) =>
  csp
    .split(';')
    .map((d) => d.trim())
    .find((d) => d.startsWith('script-src '))!;
const nonceOf = (csp: string) => /'nonce-([^']+)'/.exec(scriptSrc(csp))?.[1];

/** Every CSP complaint Chromium logs while `walk` runs, with the page it happened on. */
async function cspViolations(page: Page, walk: () => Promise<void>): Promise<string[]> {
  const seen: string[] = [];
  const record = (text: string) => {
    if (/Content Security Policy/i.test(text)) seen.push(`${page.url()}: ${text}`);
  };
  page.on('console', (msg) => record(msg.text()));
  page.on('pageerror', (err) => record(err.message));
  await walk();
  return seen;
}

async function visit(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBeLessThan(400);
  await page.waitForLoadState('load');
  // Client components hydrate after load; give a blocked chunk time to be reported.
  await page.waitForTimeout(300);
}

/** The first link on the current page whose address starts with `prefix` (and goes deeper). */
async function firstLink(page: Page, prefix: string): Promise<string> {
  const hrefs = await page
    .locator(`main a[href^="${prefix}"]`)
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  const href = hrefs.find((h) => h.length > prefix.length);
  expect(href, `a link under ${prefix}`).toBeTruthy();
  return href!;
}

test('the main pages of every role work under the strict CSP without a single violation', async ({ page }) => {
  test.setTimeout(240_000);
  const violations = await cspViolations(page, async () => {
    for (const p of ['/', '/kursy', '/logowanie', '/rejestracja', '/rodzina/rejestracja', '/koszyk'])
      await visit(page, p);
    for (const p of ['/regulamin', '/prywatnosc', '/kontakt', '/reklamacje', '/nie-ma-takiej-strony-csp']) {
      await page.goto(p);
      await page.waitForLoadState('load');
    }
    await visit(page, '/kursy');
    await visit(page, await firstLink(page, '/kursy/'));
    // Logging in runs next-auth's client code: it works only if the page's scripts ran.
    await login(page, 'kursant');
    await visit(page, '/moje-kursy');
    await visit(page, await firstLink(page, '/nauka/'));
    await visit(page, '/konto');
    await logout(page);
    await login(page, 'zespol');
    for (const p of [
      '/panel',
      '/panel/zamowienia',
      '/panel/kursy',
      '/panel/grupy',
      '/panel/poczta',
      '/panel/reklamacje',
    ])
      await visit(page, p);
    await visit(page, await firstLink(page, '/panel/reklamacje/'));
    await logout(page);
    await login(page, 'rodzic');
    await visit(page, '/rodzina');
    await logout(page);
    await login(page, 'firma');
    await visit(page, '/grupy');
  });
  expect(violations).toEqual([]);
});

test('every response has a fresh nonce in script-src, no unsafe-inline, the fixed headers, and no HSTS over http', async ({
  request,
}) => {
  const first = await request.get('/');
  const second = await request.get('/');
  const html = await first.text();
  const csp = first.headers()['content-security-policy'];
  expect(scriptSrc(csp)).not.toContain('unsafe-inline');
  expect(scriptSrc(csp)).toContain("'strict-dynamic'");
  const nonce = nonceOf(csp)!;
  expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  expect(nonceOf(second.headers()['content-security-policy'])).not.toBe(nonce);
  // Every script Next wrote into the page carries this response's nonce.
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  expect(scripts.length).toBeGreaterThan(3);
  for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);

  const asset = /<script\b[^>]*\ssrc="([^"]+)"/.exec(html)![1];
  const nonces = new Set<string>();
  for (const path of ['/', '/kursy', '/logowanie', '/api/health', '/nie-ma-takiej-strony-csp', asset]) {
    const res = await request.get(path);
    const h = res.headers();
    expect(scriptSrc(h['content-security-policy']), path).not.toContain('unsafe-inline');
    nonces.add(nonceOf(h['content-security-policy'])!);
    expect(h['x-frame-options'], path).toBe('DENY');
    expect(h['x-content-type-options'], path).toBe('nosniff');
    expect(h['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
    expect(h['permissions-policy'], path).toContain('camera=()');
    expect(h['strict-transport-security'], path).toBeUndefined();
  }
  expect(nonces.size).toBe(6);
});

test('a server action replayed without Origin or with a foreign one writes nothing; the same request from the site does', async ({
  page,
  browser,
  baseURL,
}) => {
  const email = `origin-${Date.now()}@example.com`;
  await page.goto('/kontakt');
  await page.getByLabel('Imię i nazwisko').fill('Jan Origin');
  await page.getByLabel('Adres e-mail').fill(email);
  await page.getByLabel('Temat').selectOption({ label: 'Pakiet grupowy dla firmy' });
  await page.getByLabel('Wiadomość').fill('Wiadomość wysłana tylko z tej witryny.');

  // Catch the browser's own action request, untouched, and stop it there.
  let captured: { url: string; headers: Record<string, string>; body: Buffer } | undefined;
  await page.route('**/kontakt', async (route) => {
    const req = route.request();
    if (req.method() !== 'POST' || !req.headers()['next-action']) return route.continue();
    captured = { url: req.url(), headers: req.headers(), body: req.postDataBuffer()! };
    await route.abort();
  });
  await page.getByRole('button', { name: 'Wyślij wiadomość' }).click();
  await expect.poll(() => captured).toBeTruthy();
  expect(captured!.headers.origin).toBe(new URL(baseURL!).origin);
  const rest = Object.fromEntries(Object.entries(captured!.headers).filter(([k]) => k !== 'origin'));
  const replay = (headers: Record<string, string>) =>
    page.request.post(captured!.url, { headers: { ...rest, ...headers }, data: captured!.body });

  // No Origin at all (Next lets this through); a foreign one dressed up so that Next's own
  // Host comparison passes; a foreign one Next itself refuses.
  for (const headers of [
    {} as Record<string, string>,
    { origin: 'http://evil.example', 'x-forwarded-host': 'evil.example' },
    { origin: 'http://evil.example' },
  ]) {
    const res = await replay(headers);
    const body = await res.text();
    expect(body, JSON.stringify(headers)).not.toContain('Dziękujemy, wiadomość została wysłana');
    if (res.ok()) expect(body, JSON.stringify(headers)).toContain('Niedozwolone źródło żądania');
  }

  const ctx = await browser.newContext({ baseURL });
  const staff = await ctx.newPage();
  await login(staff, 'zespol');
  await staff.goto(`/panel/poczta?do=${encodeURIComponent(email)}`);
  await expect(staff.getByText('Brak wiadomości.')).toBeVisible();
  await ctx.close();

  // The very same request with this site's Origin goes through: the refusals above were the Origin's.
  const ok = await replay({ origin: new URL(baseURL!).origin });
  expect(await ok.text()).toContain('Dziękujemy, wiadomość została wysłana');
  expect(await readLatestMail(page, email)).toContain('Wiadomość wysłana tylko z tej witryny.');
});

test("next-auth's posts need this site's Origin too", async ({ request, baseURL }) => {
  const csrf = ((await (await request.get('/api/auth/csrf')).json()) as { csrfToken: string }).csrfToken;
  const form = { csrfToken: csrf, identifier: 'kursant', password: 'Planeta2026', json: 'true' };
  for (const headers of [{}, { origin: 'http://evil.example' }] as Record<string, string>[]) {
    const res = await request.post('/api/auth/callback/credentials', { form, headers, maxRedirects: 0 });
    expect(res.status(), JSON.stringify(headers)).toBe(403);
  }
  const res = await request.post('/api/auth/callback/credentials', {
    form,
    headers: { origin: new URL(baseURL!).origin },
    maxRedirects: 0,
  });
  expect(res.status()).toBeLessThan(400);
  expect((await request.storageState()).cookies.map((c) => c.name)).toContain('next-auth.session-token');
});

test('a hostile next= after log-in stays on the site', async ({ page, baseURL }) => {
  for (const next of [
    '/\\evil.example',
    '/%5Cevil.example',
    '/\t/evil.example',
    '/.//evil.example',
    'https://evil.example',
  ]) {
    await page.context().clearCookies();
    await page.goto(`/logowanie?next=${encodeURIComponent(next)}`);
    await page.getByLabel('E-mail lub login').fill('kursant');
    await page.getByLabel('Hasło', { exact: true }).fill('Planeta2026');
    await page.getByRole('button', { name: 'Zaloguj się' }).click();
    await expect(page.getByTestId('signed-in-as')).toBeVisible();
    expect(new URL(page.url()).origin, next).toBe(new URL(baseURL!).origin);
    expect(new URL(page.url()).pathname, next).not.toContain('evil');
  }
});
