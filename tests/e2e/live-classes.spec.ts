// Live classes end to end: staff create an OPEN recorded group, a learner books its one session, a
// second learner (who bought the course) waits and gets the seat when the first cancels (with the
// e-mail), the learner joins the simulated room only inside the join window, the teacher ends the
// meeting, the recordings job brings the recording to the learner's page, 31 days later it is gone.
// Also the private calendar feed (a new address stops the old one) and a parent's child switcher.
import type { Browser, Page } from '@playwright/test';
import { checkPage, expect, login, readLatestMail, test } from './support/fixtures';

const unique = () => `${Date.now()}${Math.floor(Math.random() * 1000)}`;
const PASSWORD = 'Kursantka2026';

async function serverNow(page: Page): Promise<Date> {
  return new Date(((await (await page.request.get('/api/test/clock')).json()) as { now: string }).now);
}
async function moveClockTo(page: Page, when: Date) {
  const now = await serverNow(page);
  await page.request.post('/api/test/clock', { data: { advanceMs: when.getTime() - now.getTime() } });
}
// The BBB simulator of scripts/e2e-server.ts (E2E_BBB_PORT, else PayU's port + 20) has a switch for "down".
const bbbPort = Number(
  process.env.E2E_BBB_PORT ?? (process.env.E2E_PAYU_PORT ? Number(process.env.E2E_PAYU_PORT) + 20 : 8440),
);
async function setBbb(page: Page, mode: 'up' | 'down') {
  const res = await page.request.post(`http://127.0.0.1:${bbbPort}/simulator/mode`, { form: { mode } });
  expect(res.status()).toBeLessThan(400);
}
const runLiveJobs = async (page: Page) => expect((await page.request.post('/api/test/zajecia')).ok()).toBe(true);

/** The Warsaw calendar day `days` after `d`, as YYYY-MM-DD, and its ISO weekday. */
function warsawDay(d: Date, days: number) {
  const t = new Date(d.getTime() + days * 86_400_000);
  const key = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Warsaw' }).format(t);
  const weekday = ((new Date(`${key}T12:00:00Z`).getUTCDay() + 6) % 7) + 1;
  return { key, weekday: String(weekday) };
}

async function personIn(browser: Browser, baseURL: string, who: string, password?: string) {
  const ctx = await browser.newContext({ baseURL });
  const page = await ctx.newPage();
  await login(page, who, password);
  return page;
}

/** A new learner registers at checkout and buys the English course with BLIK (then they may book its classes). */
async function buyEnglish(page: Page, email: string) {
  await page.goto('/kursy/angielski-b1');
  const option = page.getByLabel('Opcja zakupu');
  const single = await option.locator('option', { hasText: 'Dla jednej osoby' }).first().getAttribute('value');
  await option.selectOption(single!);
  await page.getByRole('button', { name: 'Dodaj do koszyka' }).click();
  await page.getByRole('link', { name: 'Przejdź do zamówienia' }).click();
  const register = page.locator('section', { has: page.getByRole('heading', { name: 'Nowe konto' }) });
  await register.getByLabel('Imię').fill('Ewa');
  await register.getByLabel('Nazwisko').fill('Czekająca');
  await register.getByLabel('E-mail', { exact: true }).fill(email);
  await register.getByLabel('Hasło', { exact: true }).fill(PASSWORD);
  await register.getByLabel(/Akceptuję regulamin/).check();
  await register.getByRole('button', { name: 'Załóż konto' }).click();
  await expect(page.getByRole('button', { name: 'Zamawiam i płacę' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Nowe konto' })).toHaveCount(0);
  await page.getByLabel(/Akceptuję regulamin/).check();
  await page.getByLabel(/Żądam rozpoczęcia świadczenia/).check();
  await page.getByRole('button', { name: 'Zamawiam i płacę' }).click();
  await page.getByLabel('Kod BLIK').fill('777123');
  await page.getByRole('button', { name: /^Zapłać / }).click();
  await expect(page.getByTestId('order-status')).toHaveText('Opłacone', { timeout: 20_000 });
}

test.afterEach(async ({ request }) => {
  await request.post('/api/test/clock', { data: { reset: true } });
});

test('staff create a group; booking, waiting list, joining, the recording for 30 days', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(240_000);
  const id = unique();
  const title = `Konwersacje e2e ${id}`;
  const staff = await personIn(browser, baseURL!, 'zespol');
  const day = warsawDay(await serverNow(staff), 2);

  // Staff: one recorded OPEN session of the English course, one seat, in two days at 12:00.
  await staff.goto('/panel/zajecia/nowa');
  await staff.getByLabel('Nazwa grupy').fill(title);
  await staff.getByLabel('Program (kod)').fill(`razem-e2e-${id}`);
  await staff.getByLabel('Prowadzący').selectOption({ label: 'Lena Lektorska' });
  await staff.getByLabel('Kurs', { exact: true }).selectOption({ label: 'Angielski B1 — kurs z certyfikatem' });
  await staff.getByLabel('Liczba miejsc').fill('1');
  await staff.getByLabel('Minimalna liczba uczestników').fill('1');
  await staff.getByLabel('Zapisy').selectOption('OPEN');
  await staff.getByLabel(/Nagrywaj zajęcia/).check();
  await staff.getByLabel('Dzień tygodnia').selectOption(day.weekday);
  await staff.getByLabel('Godzina rozpoczęcia').fill('12:00');
  await staff.getByLabel('Czas trwania (minut, z przerwą)').fill('60');
  await staff.getByLabel('Pierwszy dzień').fill(day.key);
  await staff.getByLabel('Ostatni dzień').fill(day.key);
  await staff.getByRole('button', { name: 'Utwórz grupę' }).click();
  await expect(staff.getByRole('heading', { name: title })).toBeVisible();

  // The first learner books from the header's link.
  const learner = await personIn(browser, baseURL!, 'kursant');
  await learner.getByRole('link', { name: 'Zajęcia na żywo' }).first().click();
  await expect(learner.getByRole('heading', { name: 'Zajęcia na żywo', level: 1 })).toBeVisible();
  await checkPage(learner);
  const mine = learner.getByTestId('live-session').filter({ hasText: title });
  await expect(mine.getByTestId('live-state')).toHaveText('1 wolne miejsce');
  await mine.getByRole('button', { name: 'Zapisz się' }).click();
  await expect(mine.getByTestId('live-state')).toHaveText('Zapisano');
  await expect(mine.getByText(/Dołączenie możliwe od/)).toBeVisible();
  await expect(mine.getByTestId('live-join')).toHaveCount(0);
  const startsAt = new Date((await mine.locator('time').getAttribute('datetime'))!);
  await checkPage(learner, true);

  // A second learner buys the course, finds the session full and queues.
  const email = `czekajaca.${id}@example.pl`;
  const ctx2 = await browser.newContext({ baseURL });
  const second = await ctx2.newPage();
  await buyEnglish(second, email);
  await second.goto('/zajecia');
  const theirs = second.getByTestId('live-session').filter({ hasText: title });
  await expect(theirs.getByTestId('live-state')).toHaveText('Brak wolnych miejsc');
  await theirs.getByRole('button', { name: 'Zapisz na listę oczekujących' }).click();
  await expect(theirs.getByTestId('live-state')).toHaveText('Lista oczekujących — miejsce 1.');

  // The first cancels: the seat passes to the second, with an e-mail.
  await mine.getByRole('button', { name: 'Wypisz się' }).click();
  await expect(mine.getByTestId('live-state')).toHaveText('Brak wolnych miejsc');
  await expect(async () => expect(await readLatestMail(second, email)).toContain(title)).toPass({ timeout: 20_000 });
  await second.reload();
  await expect(theirs.getByTestId('live-state')).toHaveText('Zapisano');

  // 20 minutes before: too late to cancel, and no way into the room yet.
  await moveClockTo(second, new Date(startsAt.getTime() - 20 * 60_000));
  await second.reload();
  await expect(theirs.getByText(/Rezygnacja była możliwa do/)).toBeVisible();
  await expect(theirs.getByRole('button', { name: 'Wypisz się' })).toHaveCount(0);
  await expect(theirs.getByTestId('live-join')).toHaveCount(0);

  // 15 minutes before: "Dołącz" leads into the simulated BBB room.
  await moveClockTo(second, new Date(startsAt.getTime() - 14 * 60_000));
  await second.reload();
  await checkPage(second, true);
  const join = theirs.getByTestId('live-join');
  const roomPath = (await join.getAttribute('href'))!;
  // BBB down: back on the page with "not available yet", the booking kept; then BBB is back.
  await setBbb(second, 'down');
  await join.click();
  await expect(second.getByTestId('live-room-notice')).toContainText('nie jest jeszcze dostępny');
  await expect(second.getByTestId('live-room-notice')).toContainText('rezerwacja jest zachowana');
  await checkPage(second, true);
  await setBbb(second, 'up');
  await theirs.getByTestId('live-join').click();
  await expect(second.getByText(/Jesteś w pokoju jako/)).toContainText('Ewa Czekająca');

  // The teacher opens the same room as moderator and ends it for everyone: BBB keeps a recording.
  const teacher = await personIn(browser, baseURL!, 'lektor');
  await teacher.goto(roomPath);
  await expect(teacher.locator('#attendees')).toContainText('Ewa Czekająca');
  await teacher.getByRole('button', { name: 'Zakończ dla wszystkich' }).click();

  // After the end the recordings job runs; the learner sees the recording with its last day.
  await moveClockTo(second, new Date(startsAt.getTime() + 65 * 60_000));
  await runLiveJobs(second);
  await second.goto('/zajecia');
  const past = second.getByTestId('live-past-session').filter({ hasText: title });
  await expect(past.getByTestId('live-recording')).toBeVisible();
  await expect(past).toContainText(/dostępne do/);
  await checkPage(second, true);
  // After the end the room route sends back to the page with a notice.
  await second.goto(roomPath);
  await expect(second.getByTestId('live-room-notice')).toHaveText('Pokój tych zajęć jest teraz zamknięty.');
  // The first learner cancelled in time: no recording for them.
  await learner.goto('/zajecia');
  await expect(learner.getByTestId('live-past-session').filter({ hasText: title })).toHaveCount(0);

  // 31 days on, the expiry job deletes it: the link is gone.
  await second.request.post('/api/test/clock', { data: { advanceDays: 31 } });
  await runLiveJobs(second);
  const later = await personIn(browser, baseURL!, email, PASSWORD);
  await later.goto('/zajecia');
  await expect(later.getByRole('heading', { name: 'Zajęcia na żywo', level: 1 })).toBeVisible();
  await expect(later.getByTestId('live-recording')).toHaveCount(0);
});

test('the private calendar feed: a new address stops the old one', async ({ browser, baseURL }) => {
  const page = await personIn(browser, baseURL!, 'kursant');
  await page.goto('/zajecia');
  const box = page.getByTestId('live-calendar');
  await box.getByRole('button', { name: /adres kalendarza|Utwórz nowy adres/ }).click();
  const first = await box.getByTestId('live-calendar-url').inputValue();
  const ics = await page.request.get(first);
  expect(ics.status()).toBe(200);
  expect(ics.headers()['content-type']).toContain('text/calendar');
  const body = await ics.text();
  expect(body).toContain('BEGIN:VTIMEZONE');
  expect(body).toContain('Angielski B1');

  await page.reload();
  await expect(box).toContainText('Adres utworzono');
  await box.getByRole('button', { name: 'Utwórz nowy adres (stary przestanie działać)' }).click();
  const second = await box.getByTestId('live-calendar-url').inputValue();
  expect(second).not.toBe(first);
  expect((await page.request.get(first)).status()).toBe(404);
  expect((await page.request.get(second)).status()).toBe(200);
});

test('a parent sees and books for the child, and books a make-up in another group', async ({
  browser,
  baseURL,
}, testInfo) => {
  test.setTimeout(120_000);
  // Staff open a second group of the demo maths programme, three days ahead.
  const staff = await personIn(browser, baseURL!, 'zespol');
  const day = warsawDay(await serverNow(staff), 3);
  const groupB = `Matematyka Live — grupa B ${unique()}`;
  await staff.goto('/panel/zajecia/nowa');
  await staff.getByLabel('Nazwa grupy').fill(groupB);
  await staff.getByLabel('Program (kod)').fill('matplaneta-live-3');
  await staff.getByLabel('Prowadzący').selectOption({ label: 'Lena Lektorska' });
  await staff.getByLabel('Dzień tygodnia').selectOption(day.weekday);
  await staff.getByLabel('Godzina rozpoczęcia').fill('10:00');
  await staff.getByLabel('Czas trwania (minut, z przerwą)').fill('100');
  await staff.getByLabel('Przerwa (minut)').fill('10');
  await staff.getByLabel('Pierwszy dzień').fill(day.key);
  await staff.getByLabel('Ostatni dzień').fill(day.key);
  await staff.getByRole('button', { name: 'Utwórz grupę' }).click();
  await expect(staff.getByRole('heading', { name: groupB })).toBeVisible();

  const page = await personIn(browser, baseURL!, 'rodzic');
  await page.goto('/zajecia');
  const switcher = page.getByTestId('live-switcher');
  await expect(switcher.getByRole('link', { name: 'Zosia Nowak' })).toHaveAttribute('aria-current', 'page');
  const maths = page.getByTestId('live-session').filter({ hasText: 'Matematyka Live — klasa 3' });
  await expect(maths.first().getByTestId('live-state')).toHaveText('Zapisano');
  await expect(maths.first().getByText('Dziecko dołącza ze swojego konta albo Ty w jego imieniu.')).toBeVisible();
  // zosia may also be in a centre group (lib/demo/centres.ts): one make-up form per programme.
  await expect(page.getByRole('heading', { name: 'Odrabianie zajęć' }).first()).toBeVisible();
  await checkPage(page);
  // The make-up: the first maths class is missed (still free of charge), group B's class instead.
  const form = page.locator('section[aria-labelledby="make-up-matplaneta-live-3"]').getByTestId('make-up-form');
  const missed = form.getByLabel('Zajęcia, które opuszczasz');
  await expect(missed.locator('option').nth(1)).toContainText('bezpłatnie do');
  await missed.selectOption({ index: 1 });
  const target = await form.locator('option', { hasText: groupB }).getAttribute('value');
  await form.getByLabel('Zajęcia, na które przyjdziesz').selectOption(target!);
  await form.getByRole('button', { name: 'Zapisz na odrabianie' }).click();
  await expect(form.getByText('Zapisano na odrabianie zajęć — bezpłatnie.')).toBeVisible();
  const makeUp = page.getByTestId('live-session').filter({ hasText: groupB });
  await expect(makeUp.getByTestId('live-state')).toHaveText('Zapisano');
  await expect(makeUp.getByText('Odrabianie')).toBeVisible();
  // The missed class's seat was given up.
  await expect(maths.first().getByTestId('live-state')).toHaveText(/wolnych miejsc|wolne miejsc/);
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: testInfo.outputPath(`zajecia-rodzic-${width}.png`), fullPage: true });
  }
  // The child's next place is cancelled and booked again by the parent.
  const next = maths.nth(1);
  await next.getByRole('button', { name: 'Wypisz się' }).click();
  await expect(next.getByTestId('live-state')).toHaveText(/wolnych miejsc|wolne miejsc/);
  await next.getByRole('button', { name: 'Zapisz się' }).click();
  await expect(next.getByTestId('live-state')).toHaveText('Zapisano');

  const learner = await personIn(browser, baseURL!, 'kursant');
  await learner.goto('/zajecia');
  for (const width of [1280, 390]) {
    await learner.setViewportSize({ width, height: 900 });
    await learner.screenshot({ path: testInfo.outputPath(`zajecia-kursant-${width}.png`), fullPage: true });
    await learner.screenshot({ path: testInfo.outputPath(`zajecia-kursant-${width}-top.png`) });
  }
});
