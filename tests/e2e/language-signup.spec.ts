// A visitor signs up to the Polish course without an account: refusals beside their fields, the
// binding button, BLIK in PayU, then the staff mailbox holds the confirmation with its PDFs and,
// once the payment is booked, the activation with the login and the set-password link.
import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { checkPage, expect, login, test } from './support/fixtures';

/** Staff's mailbox in a context of its own: one message to `to` by its subject, as text. */
async function staffMailbox(page: Page, baseURL: string) {
  const ctx = await page.context().browser()!.newContext({ baseURL });
  const staff = await ctx.newPage();
  await login(staff, 'zespol');
  async function open(to: string, subject: RegExp) {
    await expect(async () => {
      await staff.goto(`/panel/poczta?do=${encodeURIComponent(to)}`);
      await staff.getByRole('table').getByRole('link', { name: subject }).first().click({ timeout: 1000 });
      await expect(staff.getByTestId('mail-to')).toHaveText(to, { timeout: 1000 });
    }).toPass({ timeout: 30_000 });
    return (await staff.getByTestId('mail-text').textContent()) ?? '';
  }
  /** The open message's PDFs are listed and served; saved for a look (pdftoppm). */
  async function documents() {
    const files = staff.getByTestId('mail-attachments').getByRole('link');
    await expect(files).toHaveText([
      /Regulamin w wersji/,
      'Potwierdzenie żądania rozpoczęcia świadczenia (PDF)',
      'Pouczenie o prawie odstąpienia od umowy (PDF)',
      'Formularz odstąpienia od umowy (PDF)',
    ]);
    await staff.screenshot({ path: '.test-reports/language-signup-mail.png', fullPage: true });
    for (const [i, link] of (await files.all()).entries()) {
      const res = await staff.request.get((await link.getAttribute('href'))!);
      expect(res.headers()['content-type']).toBe('application/pdf');
      writeFileSync(`.test-reports/language-signup-${i}.pdf`, await res.body());
    }
  }
  return { open, documents, close: () => ctx.close() };
}

const unique = () => `${Date.now()}${Math.floor(Math.random() * 1000)}`;

test('a visitor signs up monthly, pays with BLIK and sets the password from the e-mail', async ({ page, baseURL }) => {
  test.setTimeout(180_000);
  const email = `kursant.${unique()}@example.com`;
  await page.goto('/jezyk-polski/zapisy?poziom=A2');
  await expect(page.getByRole('heading', { level: 1, name: 'Zapisy na kurs języka polskiego' })).toBeVisible();
  await expect(page.getByLabel('Poziom, od którego zaczynasz')).toHaveValue('A2');
  await checkPage(page);
  await page.screenshot({ path: '.test-reports/language-signup-1280.png', fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: '.test-reports/language-signup-390.png', fullPage: true });
  await page.setViewportSize({ width: 1280, height: 720 });

  const sign = page.getByRole('button', { name: 'Zawieram umowę z obowiązkiem zapłaty' });
  await sign.click();
  await expect(page.getByText('Aby zawrzeć umowę, zaakceptuj regulamin.')).toBeVisible();
  await expect(page.getByLabel('Data urodzenia')).toHaveAttribute('aria-invalid', 'true');

  await page.getByLabel('Imię').fill('Ana');
  await page.getByLabel('Nazwisko').fill('Pérez');
  await page.getByLabel('E-mail', { exact: true }).fill(email);
  await page.getByLabel('Data urodzenia').fill('2012-05-01');
  await page.getByLabel(/Akceptuję/).check();
  await page.getByLabel(/Potwierdzam otrzymanie pouczenia/).check();
  await page.getByLabel(/Co miesiąc z góry/).check();
  await page.getByLabel('Linkiem z e-maila').check();
  await sign.click();
  await expect(page.getByText('Umowę o kurs może zawrzeć osoba, która ukończyła 18 lat.')).toBeVisible();
  await checkPage(page, true);
  await page.screenshot({ path: '.test-reports/language-signup-errors.png', fullPage: true });

  await page.getByLabel('Data urodzenia').fill('1994-05-01');
  await page.getByLabel(/Akceptuję/).check();
  await page.getByLabel(/Potwierdzam otrzymanie pouczenia/).check();
  await page.getByLabel(/Żądam rozpoczęcia kursu/).check();
  await sign.click();

  await expect(page.getByRole('heading', { name: 'Zapłać za zamówienie' })).toBeVisible();
  const mailbox = await staffMailbox(page, baseURL!);
  const confirmation = await mailbox.open(email, /potwierdzenie i płatność/);
  expect(confirmation).toContain('/platnosc/umowa/');
  await mailbox.documents();
  await page.getByLabel('Kod BLIK').fill('777123');
  await page.getByRole('button', { name: /^Zapłać \d/ }).click();

  const mail = await mailbox.open(email, /jest aktywne/);
  await mailbox.close();
  expect(mail).toContain(`Twój login: ${email}`);
  const link = mail.match(/https?:\/\/\S+\/haslo\/nowe\/[A-Za-z0-9_-]+/)![0];
  await page.goto(new URL(link).pathname);
  await page.getByLabel('Nowe hasło', { exact: true }).fill('PolskiA2nowe');
  await page.getByLabel('Powtórz nowe hasło').fill('PolskiA2nowe');
  await page.getByRole('button', { name: 'Zapisz nowe hasło' }).click();
  await login(page, email, 'PolskiA2nowe');
  await page.goto('/konto/umowy');
  await page.getByTestId('my-contract').getByRole('link').first().click();
  await expect(page.getByTestId('contract-status')).toHaveText('Aktywna');
  await page.getByRole('button', { name: 'Sprawdź warunki zakończenia' }).click();
  await expect(page.getByTestId('end-preview')).toContainText('14-dniowym terminie na odstąpienie');
  await checkPage(page, true);
  await page.screenshot({ path: '.test-reports/language-withdrawal-preview.png', fullPage: true });
});
