// Buying right for a company: "how many people?" recommends the package with its price per
// person and no quantity; the demo company admin sees every step of the demo group; the header
// folds into a menu button on a phone.
import { checkPage, expect, login, test } from './support/fixtures';

const SLUG = 'bhp-pracownicy-biurowi';

test('60 people → the 100 package, priced per person, bought once', async ({ page }) => {
  await page.goto(`/kursy/${SLUG}`);
  await expect(page.getByTestId('group-steps').getByRole('listitem')).toHaveCount(6);
  const box = page.getByTestId('purchase-box');
  await expect(box.getByTestId('price')).toHaveText(/99,00\s*zł/);
  await box.getByLabel('Ilu osób dotyczy szkolenie?').fill('60');
  await expect(box.getByText(/Polecamy: Pakiet grupowy — 100 kont \(40 kont zapasu\)/)).toBeVisible();
  await expect(box.getByLabel('Opcja zakupu').locator('option:checked')).toHaveText(/100 kont/);
  // 100 × 99 zł × 0,75 = 7 425 zł for the package; 7 425 / 60 = 123,75 zł a person.
  await expect(box.getByTestId('price')).toHaveText(/7\s?425,00\s*zł/);
  await expect(box.getByTestId('price-per-person')).toHaveText(/123,75\s*zł za osobę/);
  await box.getByLabel('Ilu osób dotyczy szkolenie?').fill('1001');
  await expect(box.getByText(/Największy pakiet ma 1000 kont/)).toBeVisible();
  await box.getByLabel('Ilu osób dotyczy szkolenie?').fill('60');
  await checkPage(page);
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: test.info().outputPath(`course-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
  await box.getByRole('button', { name: 'Dodaj do koszyka' }).click();
  await expect(page).toHaveURL(/\/koszyk/);
  await expect(page.getByText(/pakiet grupowy — 100 kont/i)).toBeVisible();
  await expect(page.getByRole('spinbutton')).toHaveCount(0);
  await checkPage(page);
});

test('firma sees the demo group at every step: agreement accepted, people learning, report in review', async ({
  page,
}) => {
  await login(page, 'firma');
  await page.goto('/grupy');
  const card = page.getByTestId('group').filter({ hasText: 'Hydro-Tech' });
  await card
    .getByRole('link', { name: /Szkolenie okresowe BHP/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/grupy\/[^/]+$/);
  for (const step of ['umowa', 'lista']) {
    await expect(page.getByTestId(`step-${step}`).getByTestId('step-state')).toHaveText('Zakończony');
  }
  const participants = page.getByTestId('participants');
  await expect(participants).toContainText('Anna Zielińska');
  await expect(participants).toContainText(/PL-/);
  const finished = page.getByTestId('report').filter({ hasText: 'lista-pracownikow.xlsx' });
  await expect(finished).toContainText('Raport czeka na sprawdzenie');
  await checkPage(page);
  // On a phone every participant is a card, each value labelled with its column.
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(participants.locator('td[data-label="Uczestnik"]').first()).toBeVisible();
  await expect(participants.locator('thead')).toHaveCSS('position', 'absolute');
  await participants.scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('group-390.png') });
  await page.setViewportSize({ width: 1280, height: 900 });
  // The course page offers the admin seats for the group.
  await page.goto(`/kursy/${SLUG}`);
  await page.getByLabel('Ile miejsc dokupić?').fill('20');
  await expect(page.getByTestId('top-up-price')).toContainText(/za konto przy 30 kontach/);
  await checkPage(page, true);
});

test('on a phone the header is a menu button: it opens, says so, and Escape closes it', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  const menu = page.getByRole('button', { name: 'Menu' });
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  const nav = page.getByRole('navigation', { name: 'Nawigacja główna' });
  await expect(nav.getByRole('link', { name: 'Kursy' })).toBeHidden();
  await menu.click();
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await expect(nav.getByRole('link', { name: 'Kursy' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Koszyk' })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('header-menu-390.png') });
  await checkPage(page);
  await page.keyboard.press('Escape');
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(menu).toBeFocused();
  await expect(nav.getByRole('link', { name: 'Kursy' })).toBeHidden();
  // From md up the links are simply there.
  await page.setViewportSize({ width: 1280, height: 900 });
  await expect(menu).toBeHidden();
  await expect(nav.getByRole('link', { name: 'Kursy' })).toBeVisible();
});
