// A reader of English (issue 24) gets the legal texts as courtesy translations, each marked as
// such with the binding Polish original beside it: the privacy policy, and the data-processing
// agreement a company's representative reads before accepting it (with its courtesy PDF). Each
// page shows no Polish outside the original and the parties' own names and addresses.
import type { Page } from '@playwright/test';
import { checkPage, expect, login, test } from './support/fixtures';
import { expectNoPolish } from './support/no-polish';
import { pdfTextOfBuffer } from './support/pdf';
import { seller } from '../../lib/invoices/seller';

/** Proper names the English text quotes as they are: the seller's name, address and registry court. */
const s = seller();
const NAMES = [s.name, s.addressLines.join(', '), ...s.addressLines, s.registryCourt ?? ''].filter(Boolean);
/** Addresses the text quotes: the seller's e-mails, this site's Polish URLs, PayU's seat in Poznań. */
const addresses = (baseURL: string) => [
  s.email,
  s.complaintsEmail,
  ...['/konto', '/kontakt', '/prywatnosc', '/regulamin', '/rodzina/regulamin', '/reklamacje'].map(
    (p) => new URL(p, baseURL).href,
  ),
  'Poznań',
];

// Screenshots for review when SHOTS_DIR is set (1280 and 390 px wide).
async function shoot(page: Page, name: string) {
  const dir = process.env.SHOTS_DIR;
  if (!dir) return;
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${dir}/${name}-${width}-top.png` });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

test('the privacy policy in English: marked as a courtesy translation, the Polish original one click away', async ({
  browser,
  baseURL,
}) => {
  const ctx = await browser.newContext({ baseURL, locale: 'en-GB', extraHTTPHeaders: { 'Accept-Language': 'en' } });
  const page = await ctx.newPage();
  // The policy published for 16 Dec 2026 (the one new accounts accept), whether or not in force yet.
  await page.goto('/prywatnosc/2026-12-16');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Privacy policy of the Planeta platform');
  await expect(page.getByText('Courtesy translation — the Polish original is binding.')).toBeVisible();
  await expect(page.getByRole('heading', { name: /How long we keep the data/ })).toBeVisible();
  await expectNoPolish(page, { content: [...addresses(baseURL!), ...NAMES] });
  await checkPage(page);
  await shoot(page, 'privacy-en');

  const original = page.getByTestId('legal-original');
  await expect(original.locator('[data-legal-original][lang="pl"]')).toBeAttached();
  await page.getByRole('link', { name: 'Go to the Polish original' }).click();
  await original.locator('summary').click();
  await expect(original.getByRole('heading', { name: 'Polityka prywatności platformy Planeta' })).toBeVisible();
  // Opened, the original is still skipped by the check: it is the legal Polish text.
  await expectNoPolish(page, { content: [...addresses(baseURL!), ...NAMES] });
  await checkPage(page, true);
  await ctx.close();
});

test('the data-processing agreement in English: the translation above the Polish original, and a courtesy PDF', async ({
  browser,
  baseURL,
}) => {
  const ctx = await browser.newContext({ baseURL });
  const page = await ctx.newPage();
  await login(page, 'firma');
  await page.goto('/grupy');
  await page
    .getByRole('link', { name: /Otwórz grupę/ })
    .first()
    .click();
  await page.waitForURL(/\/grupy\/[^/?#]+$/);
  const groupUrl = new URL(page.url()).pathname;
  // English from the cookie; the demo profile's own language stays unset for the other specs.
  await ctx.addCookies([{ name: 'locale', value: 'en', url: baseURL! }]);

  await page.goto(`${groupUrl}/umowa-akceptacja`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const translation = page.getByTestId('agreement-courtesy');
  await expect(translation.getByText(/Courtesy translation — it is not signed and does not bind/)).toBeVisible();
  await expect(translation.getByTestId('agreement-translation')).toContainText('§ 6. Further processors');
  const original = page.getByTestId('agreement-text');
  await expect(original).toHaveAttribute('lang', 'pl');
  await expect(original).toHaveAttribute('data-legal-original', '');
  await expect(original).toContainText('UMOWA POWIERZENIA PRZETWARZANIA DANYCH OSOBOWYCH');
  const company = (await original.locator('p').nth(1).locator('span').first().textContent())!;
  const address = (await original.locator('p').nth(1).locator('span').nth(1).textContent())!.split(', Tax')[0]!;
  const englishAddress = (await translation
    .getByTestId('agreement-translation')
    .locator('p')
    .nth(1)
    .locator('span')
    .nth(1)
    .textContent())!;
  // The course's title (its content, quoted in the agreement's sentence) and the signed-in person's name.
  const courseTitle = (await page.locator('h1 + p [data-course-content]').textContent())!;
  const person = (await page.getByTestId('signed-in-as').textContent())!;
  await expectNoPolish(page, {
    content: [...NAMES, courseTitle, person, company, englishAddress.split(', Tax identification')[0]!, address],
  });
  await checkPage(page);
  await shoot(page, 'dpa-en');

  const pdf = await page.request.get(`${groupUrl}/umowa-tlumaczenie`);
  expect(pdf.status()).toBe(200);
  const text = pdfTextOfBuffer(await pdf.body());
  expect(text).toContain('COURTESY TRANSLATION — NOT SIGNED AND NOT BINDING');
  expect(text).toContain('DATA PROCESSING');
  expect(text).toMatch(/Courtesy translation, not binding — order \S+, .* · page 1 of \d/);
  // The Polish draft is still the Polish draft.
  const draft = pdfTextOfBuffer(await (await page.request.get(`${groupUrl}/umowa-projekt`)).body());
  expect(draft).toContain('UMOWA POWIERZENIA');
  expect(draft).not.toContain('COURTESY');
  await ctx.close();
});

// What an English reader accepts today (issue 24: "register, buy, pay" with no Polish): the terms
// and the privacy policy in force now, not only the upcoming versions, have a courtesy translation.
for (const [path, heading, section] of [
  ['/regulamin', 'Terms of sale and provision of services of the Planeta platform', /Right of withdrawal/],
  ['/prywatnosc', 'Privacy policy of the Planeta platform', /How long we keep the data/],
] as const) {
  test(`${path} in English today: the version in force as a courtesy translation, with the Polish original`, async ({
    browser,
    baseURL,
  }) => {
    const ctx = await browser.newContext({ baseURL, locale: 'en-GB', extraHTTPHeaders: { 'Accept-Language': 'en' } });
    const page = await ctx.newPage();
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await expect(page.getByText('Courtesy translation — the Polish original is binding.')).toBeVisible();
    await expect(page.getByText(/no English courtesy translation/i)).toHaveCount(0);
    await expect(page.getByRole('heading', { name: section })).toBeVisible();
    await expect(page.getByTestId('legal-original').locator('[data-legal-original][lang="pl"]')).toBeAttached();
    // Consumer organisations named as they are called in Poland.
    await expectNoPolish(page, {
      content: [...addresses(baseURL!), ...NAMES, 'Federacja Konsumentów', 'Stowarzyszenie Konsumentów Polskich'],
    });
    await checkPage(page);
    await shoot(page, `${path.slice(1)}-en-today`);
    await ctx.close();
  });
}

test('the school planner’s data-processing agreement in English: the translation above the Polish original, and a courtesy PDF', async ({
  browser,
  baseURL,
}) => {
  const ctx = await browser.newContext({ baseURL });
  const page = await ctx.newPage();
  await login(page, 'szkola');
  await page.goto('/planer/szkola');
  await page
    .getByRole('region', { name: /II Liceum Ogólnokształcące/ })
    .getByTestId('open-planner')
    .click();
  const planner = new URL(page.url()).pathname;
  await ctx.addCookies([{ name: 'locale', value: 'en', url: baseURL! }]);

  await page.goto(`${planner}/szkola`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByTestId('dpa-status')).toContainText(
    /Agreement accepted on|not been uploaded|waiting to be checked|Scan rejected/,
  );
  const translation = page.getByTestId('agreement-courtesy');
  await expect(translation.getByText(/Courtesy translation — it is not signed and does not bind/)).toBeVisible();
  await expect(translation.getByTestId('agreement-translation')).toContainText('matura planner');
  const original = page.getByTestId('agreement-text');
  await expect(original).toHaveAttribute('lang', 'pl');
  await expect(original).toHaveAttribute('data-legal-original', '');
  await expect(original).toContainText('UMOWA POWIERZENIA PRZETWARZANIA DANYCH OSOBOWYCH');
  await checkPage(page);
  await shoot(page, 'school-dpa-en');

  const pdf = await page.request.get(`${planner}/szkola/umowa-tlumaczenie`);
  expect(pdf.status()).toBe(200);
  const text = pdfTextOfBuffer(await pdf.body());
  expect(text).toContain('COURTESY TRANSLATION — NOT SIGNED AND NOT BINDING');
  expect(text).toContain('matura');
  const draft = pdfTextOfBuffer(await (await page.request.get(`${planner}/szkola/umowa-projekt`)).body());
  expect(draft).toContain('UMOWA POWIERZENIA');
  expect(draft).not.toContain('COURTESY');
  await ctx.close();
});
