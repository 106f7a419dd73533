// usage: node .shots.mjs <baseURL> <outdir> <login|-> <path>...
import { chromium } from '@playwright/test';
const [base, out, login, ...paths] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const width of [1280, 390]) {
  const ctx = await browser.newContext({ viewport: { width, height: 900 }, locale: 'pl-PL', timezoneId: 'Europe/Warsaw' });
  const page = await ctx.newPage();
  if (login !== '-') {
    await page.goto(base + '/logowanie');
    await page.getByLabel('E-mail lub login').fill(login);
    await page.getByLabel('Hasło').fill('Planeta2026');
    await page.getByRole('button', { name: 'Zaloguj się' }).click();
    await page.waitForLoadState('networkidle');
  }
  for (const p of paths) {
    await page.goto(base + p);
    await page.waitForLoadState('networkidle');
    const name = `${out}/${login}${p.replace(/[^a-z0-9]+/gi, '_')}_${width}.png`;
    await page.screenshot({ path: name, fullPage: true });
    console.log(name);
  }
  await ctx.close();
}
await browser.close();
