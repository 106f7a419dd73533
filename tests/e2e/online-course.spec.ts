// "Kursy On-Line" as a buyer sees it (O1–O5): the on-line maths course bought once through the
// cart with BLIK (the consent names it as digital content), its lesson video streamed from a
// short-lived signed address with no download, and a sign-up for this week's consultation.
import { checkPage, expect, login, test } from './support/fixtures';

const unique = () => `${Date.now()}${Math.floor(Math.random() * 1000)}`;
const COURSE = 'Matematyka On-Line — ułamki i procenty';
const SLUG = 'matematyka-online-ulamki';

async function shots(page: import('@playwright/test').Page, name: string) {
  await page.screenshot({ path: `test-results/online-${name}-1280.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `test-results/online-${name}-390.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });
}

test('a buyer of the on-line course plays a lesson video and signs up for a consultation', async ({ page }) => {
  test.setTimeout(120_000); // a purchase, a played video and a booking, with axe on each page
  await page.setViewportSize({ width: 1280, height: 800 });
  const email = `online.${unique()}@example.pl`;
  await page.goto(`/kursy/${SLUG}`);
  await expect(page.getByRole('heading', { name: COURSE })).toBeVisible();
  await checkPage(page);
  await page.getByRole('button', { name: 'Dodaj do koszyka' }).click();
  await expect(page.getByTestId('cart-total')).toHaveText('249,00 zł');
  await page.getByRole('link', { name: 'Przejdź do zamówienia' }).click();

  const register = page.locator('section', { has: page.getByRole('heading', { name: 'Nowe konto' }) });
  await register.getByLabel('Imię').fill('Olga');
  await register.getByLabel('Nazwisko').fill('Wrześniak');
  await register.getByLabel('E-mail', { exact: true }).fill(email);
  await register.getByLabel('Hasło', { exact: true }).fill('Kursantka2026');
  await register.getByLabel(/Akceptuję regulamin/).check();
  await register.getByRole('button', { name: 'Załóż konto' }).click();

  // The consent, unticked, says what it costs for this course: no withdrawal once it is made available.
  const consent = page.getByLabel(/Żądam rozpoczęcia świadczenia/);
  await expect(consent).not.toBeChecked();
  await expect(page.getByTestId('online-course-consent')).toContainText(`„${COURSE}” to kurs on-line`);
  await expect(page.getByTestId('online-course-consent')).toContainText('12 miesięcy');
  await expect(page.getByTestId('online-course-consent')).toContainText('art. 38 pkt 13');
  await checkPage(page, true);
  await shots(page, 'checkout');
  await page.getByLabel(/Akceptuję regulamin/).check();
  await consent.check();
  await page.getByRole('button', { name: 'Zamawiam i płacę' }).click();

  await expect(page.getByRole('heading', { name: 'Zapłać za zamówienie' })).toBeVisible();
  await page.getByLabel('Kod BLIK').fill('777123');
  await page.getByRole('button', { name: /^Zapłać / }).click();
  await expect(page.getByTestId('order-status')).toHaveText('Opłacone', { timeout: 20_000 });

  // The course page: materials without end, consultations for 12 months from today.
  await page.goto(`/nauka/${SLUG}`);
  await expect(page.getByRole('heading', { name: COURSE })).toBeVisible();
  const box = page.getByTestId('consultation-window');
  await expect(box).toContainText('Z cotygodniowych konsultacji');
  await expect(box).toContainText('bez ograniczeń czasowych');
  await checkPage(page);
  await shots(page, 'course');

  // The lesson video: a signed, short-lived address; no download control or link.
  await page
    .getByRole('link', { name: /Dodawanie w pamięci/ })
    .first()
    .click();
  const video = page.getByTestId('lesson-video');
  await expect(video).toBeVisible();
  await expect(video).toHaveAttribute('controlslist', /nodownload/);
  const src = (await video.getAttribute('src'))!;
  expect(src).toMatch(/^\/api\/learning\/wideo\/[\w-]+\?e=\d+&s=[\w-]+$/);
  await expect(page.locator('a[href*="/api/learning/wideo/"]')).toHaveCount(0);
  // It really plays: the browser decodes frames of the stored WebM.
  await video.evaluate(async (v: HTMLVideoElement) => {
    v.muted = true;
    await v.play();
  });
  await expect
    .poll(() => video.evaluate((v: HTMLVideoElement) => v.currentTime), { timeout: 15_000 })
    .toBeGreaterThan(0.3);
  expect(await video.evaluate((v: HTMLVideoElement) => v.videoWidth)).toBe(320);
  await checkPage(page);
  await shots(page, 'lesson');

  // The stream answers ranges and shows inline; the same address in another session is not found.
  const part = await page.request.get(src, { headers: { range: 'bytes=0-99' } });
  expect(part.status()).toBe(206);
  expect(part.headers()['content-disposition']).toMatch(/^inline;/);
  expect((await part.body()).byteLength).toBe(100);
  const anon = await page
    .context()
    .browser()!
    .newContext({ baseURL: new URL(page.url()).origin });
  expect((await anon.request.get(src)).status()).toBe(404);
  await anon.close();

  // This week's consultation: sign up from the course page.
  await page.goto(`/nauka/${SLUG}`);
  await page.getByRole('link', { name: 'Zapisz się na konsultacje' }).click();
  const item = page
    .getByTestId('live-session')
    .filter({ hasText: 'Matematyka On-Line — konsultacje tygodniowe' })
    .first();
  await expect(item).toBeVisible();
  await checkPage(page);
  await item.getByRole('button', { name: 'Zapisz się' }).click();
  // Booked for this week only: the first consultation shows the seat, the next ones stay open.
  const sessions = page.getByTestId('live-session').filter({ hasText: 'Matematyka On-Line — konsultacje tygodniowe' });
  await expect(sessions.first().getByTestId('live-state')).toHaveText('Zapisano');
  await expect(sessions.first().getByRole('button', { name: 'Wypisz się' })).toBeVisible();
  await expect(sessions.nth(1).getByRole('button', { name: 'Zapisz się' })).toBeVisible();
  await shots(page, 'consultations');
});

test('staff attach a lesson video in the course editor: a renamed file is refused beside the field', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await login(page, 'tresci');
  await page.goto('/panel/kursy');
  await page.getByRole('link', { name: COURSE }).click();
  await page.getByRole('link', { name: 'Lekcje', exact: true }).click();
  await page.getByRole('link', { name: 'Dodawanie w pamięci — film' }).click();
  await expect(page.getByTestId('lesson-video-current')).toContainText('matematyka-online-lekcja.webm');

  const file = page.getByLabel('Plik filmu (MP4 lub WebM, do 50 MB)');
  await file.setInputFiles({ name: 'film.mp4', mimeType: 'video/mp4', buffer: Buffer.from('<html>nie film</html>') });
  await page.getByRole('button', { name: 'Zastąp film' }).click();
  await expect(page.getByText('To nie jest film MP4 ani WebM')).toBeVisible();
  await expect(file).toHaveAttribute('aria-invalid', 'true');
  await checkPage(page);
  await shots(page, 'editor');

  await file.setInputFiles('lib/demo/assets/matematyka-online-lekcja.webm');
  await page.getByRole('button', { name: 'Zastąp film' }).click();
  await expect(page.getByText('Dodano film lekcji.')).toBeVisible();
  await expect(page.getByTestId('lesson-video-current')).toContainText('matematyka-online-lekcja.webm');
});
