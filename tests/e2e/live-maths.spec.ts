// Matplaneta Live end to end (issue 21): a parent with no account buys a Live course for a new
// child with BLIK (age checked beside its field), sets the password from the e-mail, joins the
// first class on the child's behalf, the clock passes the period's third class, the daily run
// e-mails the next period's link, the parent pays it, and the same link again charges nothing.
import type { Page } from '@playwright/test';
import { checkPage, expect, login, test } from './support/fixtures';

const unique = () => `${Date.now()}${Math.floor(Math.random() * 1000)}`;
const GROUP = 'Matematyka Live — klasa 3';
const PASSWORD = 'RodzicLive2026';

async function payWithBlik(page: Page) {
  await expect(page.getByRole('heading', { name: 'Zapłać za zamówienie' })).toBeVisible();
  await page.getByLabel('Kod BLIK').fill('777123');
  await page.getByRole('button', { name: /^Zapłać \d/ }).click();
}

async function serverNow(page: Page): Promise<Date> {
  return new Date(((await (await page.request.get('/api/test/clock')).json()) as { now: string }).now);
}
async function moveClockTo(page: Page, when: Date) {
  const now = await serverNow(page);
  await page.request.post('/api/test/clock', { data: { advanceMs: when.getTime() - now.getTime() } });
}

/** The newest e-mail to `to` whose subject matches, read by staff in a separate browser context. */
async function mailWith(page: Page, to: string, subject: RegExp): Promise<string> {
  const ctx = await page
    .context()
    .browser()!
    .newContext({ baseURL: new URL(page.url()).origin });
  const staff = await ctx.newPage();
  try {
    await login(staff, 'zespol');
    let text = '';
    await expect(async () => {
      await staff.goto(`/panel/poczta?do=${encodeURIComponent(to)}`);
      await staff.getByRole('table').getByRole('link', { name: subject }).first().click({ timeout: 1000 });
      await expect(staff.getByTestId('mail-to')).toHaveText(to);
      text = (await staff.getByTestId('mail-text').textContent()) ?? '';
    }).toPass({ timeout: 30_000 });
    return text;
  } finally {
    await ctx.close();
  }
}

async function shots(page: Page, name: string, outputPath: (n: string) => string) {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: outputPath(`${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

test.beforeAll(async ({ request }) => {
  await request.post('/api/test/clock', { data: { reset: true } });
});
test.afterAll(async ({ request }) => {
  await request.post('/api/test/clock', { data: { reset: true } });
});

test('a parent buys Live for a child with BLIK, joins a class for the child and pays the next period from the e-mail', async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000);
  const out = (n: string) => testInfo.outputPath(n);
  const email = `live.${unique()}@example.pl`;
  const year = Number(
    new Intl.DateTimeFormat('en', { timeZone: 'Europe/Warsaw', year: 'numeric' }).format(await serverNow(page)),
  );

  await page.goto('/matematyka-live');
  await expect(page.getByRole('heading', { name: 'Matplaneta Live — matematyka na żywo' })).toBeVisible();
  const group = page.locator('label').filter({ hasText: GROUP });
  await expect(group).toContainText(/Wolnych miejsc: \d+/);
  await expect(group).toContainText('za Abonament (4 zajęcia)');
  await expect(group.locator('li')).toHaveCount(4);
  await expect(page.getByText(/art\. 35 ustawy o prawach konsumenta/)).toBeVisible();
  await checkPage(page);
  await shots(page, 'matematyka-live', out);

  await group.getByRole('radio').check();
  await page.getByLabel('Nowe dziecko').check();
  await page.getByLabel('Imię i nazwisko dziecka').fill('Ola Kowalska');
  await page.getByLabel('Rok urodzenia dziecka').fill(String(year - 2));
  await page.getByLabel('Imię', { exact: true }).fill('Anna');
  await page.getByLabel('Nazwisko', { exact: true }).fill('Kowalska');
  await page.getByLabel('E-mail', { exact: true }).fill(email);
  await page.getByLabel(/Akceptuję/).check();
  const submit = page.getByRole('button', { name: 'Zamawiam i płacę przez PayU' });
  await submit.click();
  // A child of 2 is refused beside the birth year; nothing is ordered.
  await expect(page.getByText('Zajęcia są dla dzieci od 4 lat — dziecko jest za młode.')).toBeVisible();
  await expect(page.getByLabel('Rok urodzenia dziecka')).toHaveAttribute('aria-invalid', 'true');
  await checkPage(page, true);

  // What was typed stays in the form; only the birth year is corrected.
  await expect(page.getByLabel('E-mail', { exact: true })).toHaveValue(email);
  await expect(page.getByLabel('Imię i nazwisko dziecka')).toHaveValue('Ola Kowalska');
  await page.getByLabel('Rok urodzenia dziecka').fill(String(year - 8));
  await page.getByLabel(/Akceptuję/).check();
  await page.getByLabel(/Proszę o rozpoczęcie zajęć/).check();
  await submit.click();
  await payWithBlik(page);

  // The account made at purchase: its set-password link, then the access e-mail after the payment.
  const welcome = await mailWith(page, email, /ustaw hasło/);
  const setPassword = welcome.match(/https?:\/\/\S+\/haslo\/nowe\/[A-Za-z0-9_-]+/)?.[0];
  expect(setPassword, welcome).toBeTruthy();
  const access = await mailWith(page, email, /Płatność przyjęta — umowa/);
  expect(access).toContain('/zajecia');
  await page.goto(new URL(setPassword!).pathname);
  await page.getByLabel('Nowe hasło', { exact: true }).fill(PASSWORD);
  await page.getByLabel('Powtórz nowe hasło').fill(PASSWORD);
  await page.getByRole('button', { name: 'Zapisz nowe hasło' }).click();
  await expect(page.getByText(/Hasło zostało zmienione/)).toBeVisible();
  await login(page, email, PASSWORD);

  // The classes of the group, booked for the child; the parent joins the first one for her.
  await page.goto(new URL(access.match(/https?:\/\/\S+\/zajecia/)![0]).pathname);
  await expect(page.getByRole('heading', { name: 'Zajęcia na żywo', level: 1 })).toBeVisible();
  const classes = page.getByTestId('live-session').filter({ hasText: GROUP });
  await expect(classes.first().getByTestId('live-state')).toHaveText('Zapisano');
  const starts = await Promise.all(
    [0, 1, 2].map(async (i) => new Date((await classes.nth(i).locator('time').getAttribute('datetime'))!)),
  );
  await checkPage(page);
  await moveClockTo(page, new Date(starts[0].getTime() - 10 * 60_000));
  await page.reload();
  await shots(page, 'zajecia-rodzic', out);
  await classes.first().getByTestId('live-join').click();
  await expect(page.getByText(/Jesteś w pokoju jako/)).toContainText('Ola Kowalska');
  await page.goto('/zajecia'); // back from the simulated BBB room to the site

  // The third class of the period ends: the daily run e-mails the next four classes' link.
  await moveClockTo(page, new Date(starts[2].getTime() + 3 * 3_600_000));
  expect((await page.request.post('/api/test/rozliczenia', { data: { payer: email } })).ok()).toBe(true);
  const next = await mailWith(page, email, /Do zapłaty/);
  const link = next.match(/https?:\/\/\S+\/platnosc\/umowa\/[A-Za-z0-9_.-]+/)?.[0];
  expect(link, next).toBeTruthy();
  await page.goto(new URL(link!).pathname);
  await payWithBlik(page);
  // Paid once PayU's notification is handled; the same link again answers so and charges nothing.
  await expect(async () => {
    await page.goto(new URL(link!).pathname);
    await expect(page.getByText('Ta płatność jest już opłacona.', { exact: false })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await checkPage(page);
  await page.goto('/konto/umowy');
  await expect(page.getByTestId('my-contract')).toContainText('Matematyka Live');
  await shots(page, 'umowy-rodzic', out);
});
