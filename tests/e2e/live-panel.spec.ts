// Staff and teacher pages of live classes: a group whose weekly schedule crosses a public holiday
// (previewed, the holiday skipped), a teacher clash refused beside the start time, members booked,
// then the teacher inside the join window marks attendance and opens the simulated BBB room; the
// seats form's refusal beside its field; removing a school break and a free slot after confirming.
import type { Page } from '@playwright/test';
import { checkPage, expect, login, logout, test } from './support/fixtures';

const SHOTS = process.env.LIVE_SHOTS; // a directory: screenshots at 1280 and 390 px
async function shoot(page: Page, name: string) {
  if (!SHOTS) return;
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${SHOTS}/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (day: string, n: number) => iso(new Date(Date.parse(`${day}T12:00:00Z`) + n * 86_400_000));

/** The next 6 January (Trzech Króli) at least two weeks after `today`, and the week around it. */
function aroundEpiphany(today: string) {
  let year = Number(today.slice(0, 4));
  while (Date.parse(`${year}-01-06`) - Date.parse(today) < 14 * 86_400_000) year++;
  const holiday = `${year}-01-06`;
  const weekday = ((new Date(`${holiday}T12:00:00Z`).getUTCDay() + 6) % 7) + 1;
  return { holiday, weekday, first: addDays(holiday, -7), last: addDays(holiday, 7) };
}

async function fillGroup(page: Page, title: string, time: string, s: ReturnType<typeof aroundEpiphany>) {
  await page.getByLabel('Nazwa grupy').fill(title);
  await page.getByLabel('Program (kod)').fill('e2e-live');
  await page.getByLabel('Prowadzący').selectOption({ label: 'Lena Lektorska' });
  await page.getByLabel('Dzień tygodnia').selectOption(String(s.weekday));
  await page.getByLabel('Godzina rozpoczęcia').fill(time);
  await page.getByLabel('Czas trwania (minut, z przerwą)').fill('45');
  await page.getByLabel('Przerwa (minut)').fill('0');
  await page.getByLabel('Pierwszy dzień').fill(s.first);
  await page.getByLabel('Ostatni dzień').fill(s.last);
}

test('staff schedule a group across a holiday, a clash is refused, the teacher runs the class', async ({ page }) => {
  const now = new Date((await (await page.request.get('/api/test/clock')).json()).now as string);
  const s = aroundEpiphany(iso(now));
  const minute = String(Math.floor(Math.random() * 60)).padStart(2, '0');
  const time = `06:${minute}`;
  const title = `Konwersacje e2e ${Date.now()}`;
  try {
    await login(page, 'zespol');
    await page.goto('/panel/zajecia');
    await expect(page.getByRole('heading', { name: 'Zajęcia na żywo', level: 1 })).toBeVisible();
    await page.getByRole('link', { name: 'Nowa grupa zajęć' }).click();
    await expect(page.getByRole('heading', { name: 'Nowa grupa zajęć' })).toBeVisible();
    await checkPage(page);
    await fillGroup(page, title, time, s);

    // The preview: two dates, the holiday between them skipped.
    await page.getByRole('button', { name: 'Pokaż terminy' }).click();
    const preview = page.getByTestId('schedule-preview');
    await expect(preview.getByRole('heading', { name: '2 terminy zajęć' })).toBeVisible();
    await expect(preview.getByText(new RegExp(`${s.holiday}: Święto — .*Trzech Króli`))).toBeVisible();
    await expect(page.getByLabel('Nazwa grupy')).toHaveValue(title); // what was typed is kept
    await page.getByRole('button', { name: 'Utwórz grupę' }).click();
    await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible();
    await expect(page.getByTestId('group-session')).toHaveCount(2);
    await checkPage(page);

    // Members are booked on every session ahead.
    await page.getByLabel('E-mail lub login').fill('kursant');
    await page.getByRole('button', { name: 'Dodaj uczestnika' }).click();
    await expect(page.getByText('Dodano uczestnika')).toBeVisible();
    await expect(page.getByTestId('group-session').first()).toContainText('Zapisani: 1/12');
    await shoot(page, 'group');

    // The seats form: a minimum above the seats is refused beside the minimum, what was typed kept.
    await page.getByLabel('Minimum', { exact: true }).fill('20');
    await page.getByRole('button', { name: 'Zmień liczbę miejsc' }).click();
    await expect(
      page.locator('.field-error', { hasText: 'Minimalna liczba uczestników nie może być większa' }),
    ).toBeVisible();
    await expect(page.getByLabel('Minimum', { exact: true })).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel('Minimum', { exact: true })).toHaveValue('20');
    await shoot(page, 'group-seats-error');

    // The same teacher at the same time: refused beside the start time, naming the clashing date.
    await page.goto('/panel/zajecia/nowa');
    await fillGroup(page, `${title} (druga)`, time, s);
    await page.getByRole('button', { name: 'Utwórz grupę' }).click();
    const startError = page.locator('.field-error', { hasText: 'Prowadzący ma w tym czasie inne zajęcia' });
    await expect(startError).toBeVisible();
    await expect(startError).toContainText(`${Number(s.first.slice(8, 10))} `);
    await expect(page.getByLabel('Godzina rozpoczęcia')).toHaveAttribute('aria-invalid', 'true');
    await shoot(page, 'group-form-error');

    // The calendar of that week, the new group's session in it.
    await page.goto(`/panel/zajecia?tydzien=${s.first}`);
    await expect(page.getByTestId('calendar-session').filter({ hasText: title })).toBeVisible();
    await shoot(page, 'calendar');
    await logout(page);

    // Ten minutes before the first class: the teacher sees it first, marks attendance, opens the room.
    // Late December/early January is winter time in Warsaw (UTC+1): 06:MM there is 05:MM UTC.
    const [y, mo, d] = s.first.split('-').map(Number);
    const start = Date.UTC(y, mo - 1, d, 5, Number(minute));
    const clockNow = Date.parse((await (await page.request.get('/api/test/clock')).json()).now as string);
    await page.request.post('/api/test/clock', { data: { advanceMs: start - 10 * 60_000 - clockNow } });

    await login(page, 'lektor');
    await page.goto('/panel/zajecia');
    const mine = page.getByTestId('my-sessions');
    await mine
      .getByRole('link', { name: new RegExp(title) })
      .first()
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(title);
    await expect(page.getByText('Jan Kowalski')).toBeVisible();
    await page.getByRole('checkbox').first().check();
    await page.getByRole('button', { name: 'Zapisz obecność' }).click();
    await expect(page.getByText('Zapisano obecność.')).toBeVisible();
    await page.reload();
    await expect(page.getByRole('checkbox').first()).toBeChecked();
    await checkPage(page);
    await shoot(page, 'session');

    await page.getByRole('button', { name: 'Otwórz pokój' }).click();
    await expect(page.locator('main')).toContainText('Jesteś w pokoju jako Lena Lektorska');
  } finally {
    await page.request.post('/api/test/clock', { data: { reset: true } });
  }
});

test('staff remove a school break and a teacher a free slot, each only after confirming', async ({ page }) => {
  const name = `Przerwa e2e ${Date.now()}`;
  await login(page, 'zespol');
  await page.goto('/panel/zajecia/przerwy');
  await page.getByLabel('Nazwa').fill(name);
  await page.getByLabel('Od', { exact: true }).fill('2031-02-10');
  await page.getByLabel('Do', { exact: true }).fill('2031-02-14');
  await page.getByRole('button', { name: 'Dodaj przerwę' }).click();
  const row = page.locator('li', { hasText: name });
  await expect(row).toBeVisible();
  await checkPage(page);
  await shoot(page, 'breaks');
  page.once('dialog', (d) => void d.dismiss());
  await row.getByRole('button', { name: 'Usuń' }).click();
  await expect(row).toBeVisible(); // not confirmed: kept
  page.once('dialog', (d) => {
    expect(d.message()).toContain(name);
    void d.accept();
  });
  await row.getByRole('button', { name: 'Usuń' }).click();
  await expect(row).toHaveCount(0);
  await logout(page);

  await login(page, 'lektor');
  await page.goto('/panel/zajecia/terminy');
  const minute = String(Math.floor(Math.random() * 4) * 15).padStart(2, '0');
  await page.getByLabel('Kurs').selectOption({ index: 1 });
  await page.getByLabel('Dzień').fill('2031-03-04');
  await page.getByLabel('Od godziny').fill(`07:${minute}`);
  await page.getByLabel('Długość (minut)').fill('15');
  await page.getByLabel('Ile spotkań po kolei').fill('1');
  await page.getByRole('button', { name: 'Opublikuj terminy' }).click();
  await expect(page.getByText('Opublikowano 1 termin.')).toBeVisible();
  const slot = page.locator('li', { hasText: new RegExp(`2031,? 07:${minute}`) });
  await expect(slot).toContainText('wolny');
  await checkPage(page);
  await shoot(page, 'slots');
  page.once('dialog', (d) => void d.accept());
  await slot.getByRole('button', { name: 'Usuń termin' }).click();
  await expect(slot).toHaveCount(0);
});
