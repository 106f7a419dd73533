// Lifecycle e-mails as their recipients get them: a trial's start and, a day before its end,
// the reminder (once, however often the job runs); a changed password. Read in the staff mailbox.
import type { Page } from '@playwright/test';
import { checkPage, expect, login, logout, readLatestMail, test } from './support/fixtures';

const unique = () => `${Date.now()}${Math.floor(Math.random() * 1000)}`;
const PASSWORD = 'Rodzina2026x';

/** Subjects of the messages to `to`, newest first, as staff see them in /panel/poczta. */
async function subjectsTo(page: Page, to: string): Promise<string[]> {
  const ctx = await page
    .context()
    .browser()!
    .newContext({ baseURL: new URL(page.url()).origin });
  const staff = await ctx.newPage();
  try {
    await login(staff, 'zespol');
    await staff.goto(`/panel/poczta?do=${encodeURIComponent(to)}`);
    return await staff.getByRole('table').getByRole('link').allTextContents();
  } finally {
    await ctx.close();
  }
}

test('a parent gets the trial’s start, and one reminder a day before it ends', async ({ page }) => {
  const id = unique();
  const email = `test.${id}@example.pl`;
  await page.goto('/rodzina/rejestracja');
  await page.getByLabel('Imię', { exact: true }).fill('Marta');
  await page.getByLabel('E-mail', { exact: true }).fill(email);
  await page.getByLabel('Kraj zamieszkania').selectOption('GB');
  await page.getByLabel('Hasło', { exact: true }).fill(PASSWORD);
  await page.getByLabel(/Akceptuję regulamin pakietów/).check();
  await page.getByRole('button', { name: 'Załóż konto rodzica' }).click();
  await expect(page.getByRole('heading', { name: 'Moja rodzina' })).toBeVisible();
  await page.getByLabel('Imię i nazwisko dziecka').fill('Hania Lis');
  await page.getByLabel('Rok urodzenia').fill('2017');
  await page.getByLabel('Login dziecka').fill(`hania.${id}`);
  await page.getByLabel('Hasło dziecka').fill(PASSWORD);
  await page.getByRole('button', { name: 'Dodaj dziecko' }).click();
  await expect(page.getByText('Dodano: Hania Lis.')).toBeVisible();
  await page.getByRole('button', { name: 'Przetestuj przez 2 dni' }).click();
  await expect(page.getByTestId('trial-status')).toContainText('Okres testowy trwa do');

  const started = await readLatestMail(page, email);
  expect(started).toContain('bezpłatny okres testowy Pakietu Standard trwa do');
  expect(started).toContain('- Hania Lis');
  expect(started).toMatch(/Moja rodzina: https?:\/\/\S+\/rodzina\n/);

  try {
    // Not yet: a minute before the day before.
    await page.request.post('/api/test/clock', { data: { advanceMs: 24 * 3600_000 - 60_000 } });
    await page.request.post('/api/test/przypomnienia');
    expect(await subjectsTo(page, email)).not.toContain('Okres testowy kończy się jutro');
    // Due: the job runs twice (a retry, a second instance), the parent gets one reminder.
    await page.request.post('/api/test/clock', { data: { advanceMs: 2 * 60_000 } });
    await page.request.post('/api/test/przypomnienia');
    await page.request.post('/api/test/przypomnienia');
    const subjects = await subjectsTo(page, email);
    expect(subjects.filter((s) => s === 'Okres testowy kończy się jutro')).toHaveLength(1);
    const reminder = await readLatestMail(page, email);
    expect(reminder).toContain('kończy się');
    expect(reminder).toMatch(/https?:\/\/\S+\/rodzina\/pakiety/);
  } finally {
    await page.request.post('/api/test/clock', { data: { reset: true } });
  }
});

test('changing a password sends a notice without the password, saying what to do if it was not you', async ({
  page,
}) => {
  const email = `haslo.${unique()}@example.pl`;
  await page.goto('/rejestracja');
  await page.getByLabel('Imię').fill('Witold');
  await page.getByLabel('Nazwisko').fill('Żak');
  await page.getByLabel('E-mail', { exact: true }).fill(email);
  await page.getByLabel('Hasło', { exact: true }).fill('Pierwsze2026');
  await page.getByLabel(/Akceptuję regulamin/).check();
  await page.getByRole('button', { name: 'Załóż konto' }).click();
  await expect(page.getByTestId('signed-in-as')).toHaveText('Witold Żak');
  await page.goto('/konto');
  await page.getByLabel('Obecne hasło').fill('Pierwsze2026');
  await page.getByLabel('Nowe hasło', { exact: true }).fill('Drugie-haslo-2026');
  await page.getByLabel('Powtórz nowe hasło').fill('Drugie-haslo-2026');
  await page.getByRole('button', { name: 'Zmień hasło' }).click();
  await expect(page.getByText('Hasło zostało zmienione. Inne sesje zostały wylogowane.')).toBeVisible();
  await checkPage(page, true);

  const notice = await readLatestMail(page, email);
  expect(notice).toContain('hasło do Twojego konta w Planecie zostało zmienione');
  expect(notice).toContain('Jeśli to nie Ty');
  expect(notice).toMatch(/https?:\/\/\S+\/haslo\/reset/);
  expect(notice).not.toContain('Drugie-haslo-2026');
  await logout(page);
});
