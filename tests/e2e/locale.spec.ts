// The interface language: a visitor whose browser asks for English gets it, switches to Polish and
// back in the header, <html lang> follows and the choice survives a reload; signing in keeps it
// and stores it on the profile, so another browser gets English too. Ends back in Polish so the
// demo account stays as the other specs expect it.
import { DEMO_PASSWORD, expect, test } from './support/fixtures';

test('language from Accept-Language, the header switch, the cookie and the profile', async ({ browser, baseURL }) => {
  const ctx = await browser.newContext({
    baseURL,
    locale: 'en-GB',
    extraHTTPHeaders: { 'Accept-Language': 'en-GB,en;q=0.9' },
  });
  const page = await ctx.newPage();
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('link', { name: 'Courses', exact: true }).first()).toBeVisible();

  await page.getByRole('button', { name: 'Polski' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
  await expect(page.getByRole('link', { name: 'Kursy', exact: true }).first()).toBeVisible();
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'pl');

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  // Signing in keeps the language, and the choice made while signed in goes to the profile.
  await page.goto('/logowanie');
  await page.getByLabel('E-mail or login').fill('nauczycielka');
  await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('signed-in-as')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  // Another browser, asking for Polish: the profile's English wins once signed in.
  const other = await browser.newContext({ baseURL, locale: 'pl-PL', extraHTTPHeaders: { 'Accept-Language': 'pl' } });
  const second = await other.newPage();
  await second.goto('/logowanie');
  await expect(second.locator('html')).toHaveAttribute('lang', 'pl');
  await second.getByLabel('E-mail lub login').fill('nauczycielka');
  await second.getByLabel('Hasło', { exact: true }).fill(DEMO_PASSWORD);
  await second.getByRole('button', { name: 'Zaloguj się' }).click();
  await expect(second.getByTestId('signed-in-as')).toBeVisible();
  await expect(second.locator('html')).toHaveAttribute('lang', 'en');

  await second.getByRole('button', { name: 'Polski' }).click();
  await expect(second.locator('html')).toHaveAttribute('lang', 'pl');
  await other.close();
  await ctx.close();
});
