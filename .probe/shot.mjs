import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const who = process.argv[2] ?? 'zespol';
for (const width of [1280, 390]) {
  const p = await b.newPage({ viewport: { width, height: 900 }, locale: 'pl-PL', timezoneId: 'Europe/Warsaw' });
  await p.goto('http://localhost:3730/logowanie');
  await p.fill('input[name=identifier]', who);
  await p.fill('input[name=password]', 'Planeta2026');
  await p.click('button[type=submit]');
  await p.waitForURL(/panel/);
  await p.waitForLoadState('networkidle');
  await p.screenshot({ path: `/tmp/dash-staff/${who}-${width}.png`, fullPage: true });
  await p.close();
}
await b.close();
