// Learning centres end to end (issue 22): a visitor finds a group in a centre, enrols a child on
// ten instalments (a child outside the programme's ages is refused beside the field) and pays the
// first with BLIK; the parent sets the password from the e-mail and sees the child's schedule and
// payments; the clock passes the next due date and the daily run sends the demand 7 days later;
// staff at the centre's desk take the overdue instalment in cash and hand over the KP receipt.
import type { Page } from '@playwright/test';
import { checkPage, expect, login, logout, mailTo, test } from './support/fixtures';
import { pdfText } from './support/pdf';

const unique = () => `${Date.now()}${Math.floor(Math.random() * 1000)}`;

test.beforeAll(async ({ request }) => {
  await request.post('/api/test/clock', { data: { reset: true } });
});
test.afterAll(async ({ request }) => {
  await request.post('/api/test/clock', { data: { reset: true } });
});

/** The school year the app's clock is in (September to June; July and August belong to the next). */
async function schoolYearNow(page: Page): Promise<number> {
  const { now } = (await (await page.request.get('/api/test/clock')).json()) as { now: string };
  const d = new Date(now);
  return d.getUTCMonth() + 1 >= 7 ? d.getUTCFullYear() : d.getUTCFullYear() - 1;
}

async function payWithBlik(page: Page) {
  await expect(page.getByRole('heading', { name: 'Zapłać za zamówienie' })).toBeVisible();
  await page.getByLabel('Kod BLIK').fill('777123');
  await page.getByRole('button', { name: /^Zapłać \d/ }).click();
}

/** Moves the clock a day at a time, running the payer's billing day each time, until it sends a demand. */
async function runDaysUntilDemand(page: Page, payer: string) {
  for (let day = 0; day < 60; day++) {
    await page.request.post('/api/test/clock', { data: { advanceDays: 1 } });
    const res = await page.request.post('/api/test/rozliczenia', { data: { payer } });
    expect(res.ok()).toBe(true);
    const { summary } = (await res.json()) as { summary: { steps: Record<string, number> } };
    if ((summary.steps.demand ?? 0) > 0) return;
  }
  throw new Error('no demand within 60 days');
}

test('a parent enrols a child in a centre group on ten instalments, misses one, gets the demand and pays at the desk', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const email = `rodzic.${unique()}@example.pl`;
  const year = await schoolYearNow(page);

  // 1. The finder: Warsaw, programming, a 9-year-old.
  await page.goto('/centra');
  await expect(page.getByRole('heading', { name: 'Zajęcia w centrach edukacyjnych' })).toBeVisible();
  await checkPage(page);
  await page.getByLabel('Miasto').selectOption('Warszawa');
  await page.getByLabel('Przedmiot').selectOption({ label: 'Programowanie' });
  await page.getByLabel('Wiek dziecka (lata)').fill('9');
  await page.getByRole('button', { name: 'Pokaż grupy' }).click();
  await expect(page.getByText(/^Znaleziono \d+ grup/)).toBeVisible();
  await checkPage(page, true);
  await page
    .getByRole('link', { name: /^Szczegóły i zapis: Programowanie w Scratchu/ })
    .first()
    .click();

  // 2. The group: its dates, plans and the guarantee; then the form.
  await expect(page.getByRole('heading', { name: /Programowanie w Scratchu/ }).first()).toBeVisible();
  await expect(page.getByText('Gwarancja satysfakcji')).toBeVisible();
  await checkPage(page);
  await page.getByRole('link', { name: 'Zapisz dziecko' }).first().click();
  await expect(page.getByRole('heading', { name: /Zapis na zajęcia: Programowanie w Scratchu/ })).toBeVisible();
  await checkPage(page);

  await page.getByLabel('Imię rodzica').fill('Ewa');
  await page.getByLabel('Nazwisko rodzica').fill('Centralska');
  await page.getByLabel('E-mail rodzica').fill(email);
  await page.getByLabel('Telefon rodzica').fill('600 100 200');
  await page.getByLabel('Imię dziecka').fill('Olek');
  await page.getByLabel('Nazwisko dziecka').fill('Centralski');
  // 3 years old on the first class: the programme is for 8–11.
  await page.getByLabel('Data urodzenia dziecka').fill(`${year - 3}-03-15`);
  await page.getByLabel('Dziesięć rat miesięcznych').check();
  await page.getByLabel(/Link do płatności PayU/).check();
  await page.getByLabel(/Zawieram umowę/).check();
  await page.getByRole('button', { name: 'Zapisuję dziecko i zawieram umowę' }).click();
  await expect(page.getByText(/Program jest dla dzieci w wieku 8–11 lat, a w dniu pierwszych zajęć/)).toBeVisible();
  await checkPage(page, true);

  // Nine on the first class: enrolled, straight to PayU for the first instalment.
  await page.getByLabel('Data urodzenia dziecka').fill(`${year - 9}-03-15`);
  await page.getByRole('button', { name: 'Zapisuję dziecko i zawieram umowę' }).click();
  await payWithBlik(page);

  // 3. The parent's account was opened at once: the password from the e-mail's link.
  const welcome = await mailTo(page, email, /ustaw hasło/);
  const link = welcome.match(/https?:\/\/\S+\/haslo\/nowe\/[A-Za-z0-9_-]+/)![0];
  await page.goto(new URL(link).pathname);
  await page.getByLabel('Nowe hasło', { exact: true }).fill('CentrumPlaneta2026');
  await page.getByLabel('Powtórz nowe hasło').fill('CentrumPlaneta2026');
  await page.getByRole('button', { name: 'Zapisz nowe hasło' }).click();
  await login(page, email, 'CentrumPlaneta2026');

  // 4. The child's schedule and payments: the first instalment paid once PayU's notification is in.
  await expect(async () => {
    await page.goto('/rodzina/centrum');
    await expect(page.getByText(/Olek Centralski/).first()).toBeVisible({ timeout: 1000 });
    await page.getByText(/Cały harmonogram płatności/).click({ timeout: 1000 });
    const first = page.getByRole('row').filter({ hasText: /Rata 1 z \d+/ });
    await expect(first).toContainText(/Zapłacono/, { timeout: 1000 });
  }).toPass({ timeout: 30_000 });
  await expect(page.getByText(/Programowanie w Scratchu/).first()).toBeVisible();
  await checkPage(page);
  await logout(page);

  // 5. The next instalment is missed: 7 days after its due date the demand goes out.
  await runDaysUntilDemand(page, email);
  const demand = await mailTo(page, email, /Wezwanie do zapłaty/);
  expect(demand).toMatch(/Rata 2 z \d+/);

  // 6. The parent pays at the centre's desk: staff find them, take cash, hand over the receipt.
  await login(page, 'wsparcie');
  await page.goto('/panel/centra/kasa');
  await expect(page.getByRole('heading', { name: 'Kasa centrum' })).toBeVisible();
  await checkPage(page);
  await page.getByLabel('Szukaj płatnika').fill(email);
  await page.getByRole('button', { name: 'Szukaj' }).click();
  const overdue = page.getByTestId('desk-charge').filter({ hasText: /Rata 2 z \d+/ });
  await expect(overdue).toContainText(/zaległa \d+ (dzień|dni)/);
  await checkPage(page, true);
  await overdue.getByLabel('Forma płatności').selectOption('CASH');
  await overdue.getByRole('button', { name: 'Przyjmij wpłatę' }).click();
  const booked = page.getByText(/Wpłata przyjęta — potwierdzenie KP\/\d{4}\/\d{6}\./);
  await expect(booked).toBeVisible();
  const number = (await booked.textContent())!.match(/KP\/\d{4}\/\d{6}/)![0];
  await checkPage(page, true);

  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Pobierz potwierdzenie (PDF)' }).first().click();
  const text = await pdfText(await download);
  expect(text).toContain(number);
  expect(text).toContain('Ewa Centralska');
  expect(text).toContain('Olek Centralski');
  expect(text).toMatch(/gotówka/);

  // Booked once: the charge is no longer open at the desk.
  await page.getByLabel('Szukaj płatnika').fill(email);
  await page.getByRole('button', { name: 'Szukaj' }).click();
  await expect(page.getByTestId('desk-charge').filter({ hasText: /Rata 2 z \d+/ })).toHaveCount(0);
});
