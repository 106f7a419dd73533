// Which pages still show Polish to a reader of English: against a running `npm start` (its demo
// data), each demo account signs in, switches to English and walks the site breadth-first over its
// own links (one page per URL pattern, up to --max per account), and every Polish phrase of a
// page's own text is listed — the same check the e2e specs make (tests/e2e/support/no-polish.ts),
// so course content, the legal Polish originals and anything marked lang="pl" do not count.
// Proper names (people, places, companies) are Polish too and show up: read the list, not the count.
//
//   npm run audit:locale [-- --base http://localhost:3000 --accounts anon,rodzic --max 60]
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { NOT_INTERFACE, polishIn } from '../tests/e2e/support/no-polish';

const DEMO_PASSWORD = 'Planeta2026';
const ACCOUNTS = 'anon,kuba,rodzic,firma,szkola,maria,nauczycielka,zespol,ksiegowosc';
const SKIP = /wyloguj|\/api\/|\.pdf|\.xlsx|\.csv|\.ics|\.xml|pobierz|plik/;

const { values } = parseArgs({
  options: {
    base: { type: 'string', default: 'http://localhost:3000' },
    accounts: { type: 'string', default: ACCOUNTS },
    max: { type: 'string', default: '60' },
  },
});
const base = values.base!;
const max = Number(values.max);
// Pages differing only in ids are one page: /grupy/<id> once, not once per group.
const pattern = (path: string) => path.replace(/[a-z0-9]{20,}/g, ':id').replace(/\d+/g, 'N');

const browser = await chromium.launch(existsSync('/usr/bin/chromium') ? { executablePath: '/usr/bin/chromium' } : {});
let total = 0;
for (const account of values.accounts!.split(',')) {
  const ctx = await browser.newContext({ locale: 'en-GB', extraHTTPHeaders: { 'accept-language': 'en-GB,en' } });
  const page = await ctx.newPage();
  if (account !== 'anon') {
    await page.goto(`${base}/logowanie`);
    await page.getByLabel(/E-mail or login|E-mail lub login/).fill(account);
    await page.getByLabel(/^(Password|Hasło)$/).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: /Sign in|Zaloguj się/ }).click();
    await page.waitForURL((u) => !u.pathname.startsWith('/logowanie'));
    // The profile's language wins over the browser's: choose English on it.
    const english = page.getByRole('button', { name: 'English' });
    if (await english.count()) {
      await english.first().click();
      await page.waitForLoadState('networkidle');
    }
  }
  const seen = new Set<string>();
  const queue = ['/'];
  const found: string[] = [];
  while (queue.length > 0 && seen.size < max) {
    const path = queue.shift()!;
    seen.add(pattern(path));
    const res = await page.goto(base + path).catch(() => null);
    if (!res || !(res.headers()['content-type'] ?? '').includes('text/html')) continue;
    const links = await page.$$eval('a[href]', (as) => as.map((a) => a.getAttribute('href') ?? ''));
    // The live page's rendered text (innerText keeps line breaks) without what is not interface.
    const text = await page.evaluate((sel) => {
      document.body.querySelectorAll(`${sel}, script, style`).forEach((e) => e.remove());
      return document.body.innerText;
    }, NOT_INTERFACE);
    const polish = polishIn(text);
    if (polish.length > 0) found.push(`  ${path}: ${polish.slice(0, 8).join(' | ').slice(0, 600)}`);
    for (const href of links) {
      if (!href.startsWith('/') || href.startsWith('//') || SKIP.test(href)) continue;
      const next = href.split('#')[0]!;
      if (!seen.has(pattern(next)) && !queue.some((q) => pattern(q) === pattern(next))) queue.push(next);
    }
  }
  total += found.length;
  console.log(`\n## ${account}: ${seen.size} pages, ${found.length} with Polish`);
  for (const line of found) console.log(line);
  await ctx.close();
}
await browser.close();
console.log(`\n${total} pages with Polish in all.`);
