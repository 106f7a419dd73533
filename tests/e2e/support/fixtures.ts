import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

/** Fails on serious or critical WCAG 2.1 AA violations of the page as it is now. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

const checkedPaths = new Set<string>();

/**
 * Each test calls this on every page it reaches, once the page has settled. The path is
 * checked once per test file run (the same page in another state is checked again by passing
 * `force`).
 */
export async function checkPage(page: Page, force = false) {
  const path = new URL(page.url()).pathname;
  if (!force && checkedPaths.has(path)) return;
  checkedPaths.add(path);
  // Next streams a page's metadata after its body; a server action that revalidates the layout
  // re-streams it, so the <title> can be a moment late. It must arrive, though: this waits, then fails.
  await expect(page).toHaveTitle(/\S/);
  await expectAccessible(page);
}

export const test = base;
export { expect };

export const DEMO_PASSWORD = 'Planeta2026';

export async function login(page: Page, identifier: string, password = DEMO_PASSWORD) {
  await page.goto('/logowanie');
  await page.getByLabel('E-mail lub login').fill(identifier);
  await page.getByLabel('Hasło', { exact: true }).fill(password);
  await checkPage(page);
  await page.getByRole('button', { name: 'Zaloguj się' }).click();
  await expect(page.getByTestId('signed-in-as')).toBeVisible();
}

export async function logout(page: Page) {
  await page.getByRole('button', { name: 'Wyloguj się' }).click();
  await expect(page.getByText('Wylogowano.')).toBeVisible();
}

/** The newest message to `to` whose subject matches, from the staff mailbox in a context of its own (it may still be on its way). */
export async function mailTo(page: Page, to: string, subject: RegExp): Promise<string> {
  const ctx = await page
    .context()
    .browser()!
    .newContext({ baseURL: new URL(page.url()).origin });
  const staff = await ctx.newPage();
  try {
    await login(staff, 'zespol');
    await expect(async () => {
      await staff.goto(`/panel/poczta?do=${encodeURIComponent(to)}`);
      await staff.getByRole('table').getByRole('link', { name: subject }).first().click({ timeout: 1000 });
      await expect(staff.getByTestId('mail-to')).toHaveText(to, { timeout: 1000 });
    }).toPass({ timeout: 30_000 });
    return (await staff.getByTestId('mail-text').textContent()) ?? '';
  } finally {
    await ctx.close();
  }
}

/** Reads the newest e-mail to `to` from the staff mailbox, as staff in a separate browser context. */
export async function readLatestMail(page: Page, to: string): Promise<string> {
  const ctx = await page
    .context()
    .browser()!
    .newContext({ baseURL: new URL(page.url()).origin });
  const staff = await ctx.newPage();
  try {
    await login(staff, 'zespol');
    await staff.goto(`/panel/poczta?do=${encodeURIComponent(to)}`);
    await staff.getByRole('table').getByRole('link').first().click();
    await expect(staff.getByTestId('mail-to')).toHaveText(to);
    return (await staff.getByTestId('mail-text').textContent()) ?? '';
  } finally {
    await ctx.close();
  }
}
