// The language school's whole story (issue 20), as one visitor lives it: the placement test
// without an account, a monthly sign-up paid with BLIK, the password set from the e-mail, a class
// booked in the zone, the level test passed (the next level opens), the clock past the next due
// date (suspended: no lessons, no booking), the month paid from the link, and the level
// certificate requested and downloaded.
import type { Page } from '@playwright/test';
import { checkPage, expect, login, mailTo, test } from './support/fixtures';
import { answer, questionOf } from './support/answer';
import { pdfText } from './support/pdf';
import { LANGUAGE_LEVELS, PLACEMENT_QUESTIONS } from '../../lib/demo/language';

const unique = () => `${Date.now()}${Math.floor(Math.random() * 1000)}`;

test.beforeAll(async ({ request }) => {
  await request.post('/api/test/clock', { data: { reset: true } });
});
test.afterAll(async ({ request }) => {
  await request.post('/api/test/clock', { data: { reset: true } });
});

async function payWithBlik(page: Page) {
  await expect(page.getByRole('heading', { name: 'Zapłać za zamówienie' })).toBeVisible();
  await page.getByLabel('Kod BLIK').fill('777123');
  await page.getByRole('button', { name: /^Zapłać \d/ }).click();
}

/** The zone once PayU's notification has been handled (the payment lands asynchronously). */
async function expectZone(page: Page, state: 'open' | 'blocked') {
  await expect(async () => {
    await page.goto('/strefa-sluchacza');
    if (state === 'blocked') await expect(page.getByTestId('zone-blocked')).toBeVisible({ timeout: 1000 });
    else await expect(page.getByRole('heading', { name: 'Lekcje multimedialne' })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 30_000 });
}

test('a visitor is placed, signs up monthly, studies, passes A2, is suspended, pays and gets the certificate', async ({
  page,
}) => {
  test.setTimeout(300_000);
  const email = `sluchacz.${unique()}@example.com`;

  // 1. The placement test: A1 answered right, the rest left — A2 is the level to learn.
  await page.goto('/jezyk-polski');
  await page.getByRole('link', { name: 'Rozwiąż test kwalifikacyjny' }).click();
  await page.getByRole('button', { name: 'Rozpocznij test' }).click();
  const a1Band = page.getByTestId('placement-band').first();
  await expect(a1Band.getByRole('heading', { name: 'Poziom A1' })).toBeVisible();
  const a1Bank = PLACEMENT_QUESTIONS.filter((q) => q.category === 'A1');
  for (const card of await a1Band.getByTestId('question').all()) await answer(card, await questionOf(card, a1Bank));
  await page.getByRole('button', { name: 'Wyślij test' }).click();
  await page.getByRole('button', { name: 'Wyślij mimo to' }).click();
  const result = page.getByTestId('placement-result');
  await expect(result).toContainText('Polecany poziom: A2');
  await checkPage(page);
  await page.getByRole('link', { name: 'Zapisz się na poziom A2' }).click();

  // 2. Sign-up without an account, monthly by the e-mailed link; the binding button; BLIK.
  await expect(page.getByRole('heading', { level: 1, name: 'Zapisy na kurs języka polskiego' })).toBeVisible();
  await expect(page.getByLabel('Poziom, od którego zaczynasz')).toHaveValue('A2');
  await page.getByLabel('Imię').fill('Lucía');
  await page.getByLabel('Nazwisko').fill('Fernández');
  await page.getByLabel('E-mail', { exact: true }).fill(email);
  await page.getByLabel('Data urodzenia').fill('1996-03-14');
  await page.getByLabel(/Co miesiąc z góry/).check();
  await page.getByLabel('Linkiem z e-maila').check();
  await page.getByLabel(/Akceptuję/).check();
  await page.getByLabel(/Potwierdzam otrzymanie pouczenia/).check();
  await page.getByRole('button', { name: 'Zawieram umowę z obowiązkiem zapłaty' }).click();
  await payWithBlik(page);

  // 3. The account comes into force with the payment: the set-password link from the e-mail.
  const activation = await mailTo(page, email, /jest aktywne/);
  expect(activation).not.toMatch(/^\s*hasło\s*:/im); // a link to set it, never a password
  const link = activation.match(/https?:\/\/\S+\/haslo\/nowe\/[A-Za-z0-9_-]+/)![0];
  await page.goto(new URL(link).pathname);
  await page.getByLabel('Nowe hasło', { exact: true }).fill('LuciaPolski2026');
  await page.getByLabel('Powtórz nowe hasło').fill('LuciaPolski2026');
  await page.getByRole('button', { name: 'Zapisz nowe hasło' }).click();
  await login(page, email, 'LuciaPolski2026');

  // 4. The zone: A2 is the current level; a class of A2 booked.
  await page.getByTestId('zone-link').click();
  await expect(page.getByTestId('zone-summary')).toContainText(/Twój poziom: .*A2/);
  await checkPage(page);
  const booked = page.getByTestId('live-state').filter({ hasText: /^Zapisano$/ });
  await expect(booked).toHaveCount(0);
  const free = page.getByTestId('live-session').filter({ has: page.getByRole('button', { name: 'Zapisz się' }) });
  await free.first().getByRole('button', { name: 'Zapisz się' }).click();
  await expect(booked).toHaveCount(1);

  // 5. The A2 level test, every question answered from the bank's key: passed, B1 opens.
  await page.getByRole('link', { name: 'Przejdź do testu poziomu' }).click();
  await page.getByRole('button', { name: 'Rozpocznij test' }).click();
  const a2Bank = LANGUAGE_LEVELS.find((l) => l.cefr === 'A2')!.questions;
  const cards = page.getByTestId('question');
  await expect(cards.first()).toBeVisible();
  for (const card of await cards.all()) await answer(card, await questionOf(card, a2Bank));
  await page.getByRole('button', { name: 'Wyślij odpowiedzi' }).click();
  await expect(page.getByTestId('result')).toContainText('(100 %)');
  await page.goto('/strefa-sluchacza');
  await expect(page.locator('[data-testid="zone-level"][data-cefr="A2"]')).toHaveAttribute('data-kind', 'passed');
  await expect(page.locator('[data-testid="zone-level"][data-cefr="B1"]')).toHaveAttribute('data-kind', 'current');

  // 6. A month and two days on, the next month unpaid: the daily run suspends the zone.
  await page.request.post('/api/test/clock', { data: { advanceDays: 33 } });
  expect((await page.request.post('/api/test/rozliczenia', { data: { payer: email } })).ok()).toBe(true);
  await expectZone(page, 'blocked');
  await expect(page.getByTestId('zone-blocked')).toContainText('Dostęp do Strefy Słuchacza jest zawieszony');
  await expect(page.getByRole('button', { name: 'Zapisz się' })).toHaveCount(0);
  await checkPage(page, true);

  // A certificate asked for now is refused: the month is overdue.
  const a2 = page.locator('[data-testid="zone-level"][data-cefr="A2"]');
  await a2.getByRole('button', { name: 'Poproś o certyfikat' }).click();
  await expect(page.getByText(/Certyfikatu nie można jeszcze wydać/).first()).toBeVisible();

  // 7. Paid from the zone's link: access is back.
  await page.getByTestId('zone-pay').first().click();
  await payWithBlik(page);
  await expectZone(page, 'open');

  // 8. The A2 certificate: requested, issued, a real PDF, verifiable.
  await a2.getByRole('button', { name: 'Poproś o certyfikat' }).click();
  await expect(a2.getByTestId('zone-certificate')).toContainText('Certyfikat nr');
  const download = page.waitForEvent('download');
  await a2.getByRole('link', { name: 'Pobierz certyfikat' }).click();
  const text = await pdfText(await download);
  expect(text).toContain('Lucía Fernández');
  expect(text).toContain('A2');
  await a2.getByRole('link', { name: 'Sprawdź autentyczność' }).click();
  await expect(page.getByTestId('verification')).toContainText('Lucía Fernández');
});
