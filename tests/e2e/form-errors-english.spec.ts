// A form's refusals follow the reader's language (issue 24): a visitor whose browser asks for
// English sends the parent registration with a bad e-mail, a short password, letters in the phone
// and no country; each error stands beside its field in English, what was typed stays, and the
// page shows no Polish. Switching to Polish, the same mistakes are refused in Polish.
import { checkPage, expect, test } from './support/fixtures';
import { expectNoPolish } from './support/no-polish';
import { messages } from '../../lib/i18n';

const en = messages('en');
const pl = messages('pl');

test('the parent registration refuses beside each field in the reader’s language', async ({ browser, baseURL }) => {
  const ctx = await browser.newContext({ baseURL, locale: 'en-GB', extraHTTPHeaders: { 'Accept-Language': 'en-GB' } });
  const page = await ctx.newPage();
  await page.goto('/rodzina/rejestracja');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  const fill = async (labels: { firstName: string; email: string; phone: string; password: string }) => {
    await page.getByLabel(labels.firstName, { exact: true }).fill('Emily');
    await page.getByLabel(labels.email, { exact: true }).fill('emily-at-example');
    await page.getByLabel(labels.phone, { exact: true }).fill('call me');
    await page.getByLabel(labels.password, { exact: true }).fill('short1');
  };
  await fill({
    firstName: en.families.firstName,
    email: en.families.email,
    phone: en.families.phone,
    password: en.auth.password,
  });
  await page.getByRole('button', { name: en.families.registerSubmit }).click();

  const email = page.getByLabel(en.families.email, { exact: true });
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await expect(email).toHaveValue('emily-at-example');
  await expect(page.getByText(en.auth.fields.emailFormat, { exact: true })).toBeVisible();
  await expect(page.getByText(en.auth.fields.passwordMin, { exact: true })).toBeVisible();
  await expect(page.getByText(en.families.fields.phone, { exact: true })).toBeVisible();
  await expect(page.getByText(en.families.fields.countryRequired, { exact: true })).toBeVisible();
  await checkPage(page, true);
  await expectNoPolish(page);

  await page.getByRole('button', { name: 'Polski' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
  await fill({
    firstName: pl.families.firstName,
    email: pl.families.email,
    phone: pl.families.phone,
    password: pl.auth.password,
  });
  await page.getByRole('button', { name: pl.families.registerSubmit }).click();
  await expect(page.getByText(pl.auth.fields.emailFormat, { exact: true })).toBeVisible();
  await expect(page.getByText(pl.auth.fields.passwordMin, { exact: true })).toBeVisible();
  await ctx.close();
});
