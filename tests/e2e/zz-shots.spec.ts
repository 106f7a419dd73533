import { test, login } from './support/fixtures';

const sizes = [1280, 390];
async function shoot(page: import('@playwright/test').Page, name: string) {
  for (const w of sizes) {
    await page.setViewportSize({ width: w, height: 900 });
    await page.screenshot({ path: `/tmp/wtui-shots/${name}-${w}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

test('screens', async ({ page, browser }) => {
  test.setTimeout(180_000);
  await page.goto('/umowy');
  await shoot(page, 'offers');
  await page.goto('/umowy/centrum-dziesiec-rat');
  await shoot(page, 'signup-centre-anon');
  await login(page, 'rodzic');
  await page.goto('/umowy/matematyka-live-abonament');
  await shoot(page, 'signup-live');
  await page.goto('/umowy/angielski-razem-abonament');
  await page.getByLabel('Kod rabatowy').fill('LATO2025');
  await page.getByRole('button', { name: 'Zawieram umowę z obowiązkiem zapłaty' }).click();
  await page.getByText('Aby zawrzeć umowę').waitFor();
  await shoot(page, 'signup-errors');
  await page.goto('/konto/umowy');
  await shoot(page, 'my-contracts');
  await page.getByTestId('my-contract').filter({ hasText: 'Live' }).getByRole('link').first().click();
  await page.getByRole('heading', { name: /Umowa UM/ }).waitFor();
  await page.getByRole('button', { name: 'Sprawdź warunki zakończenia' }).click();
  await shoot(page, 'my-contract-live');
  await page.goto('/konto/umowy');
  await page.getByTestId('my-contract').filter({ hasText: 'dziesięć' }).getByRole('link').first().click();
  await page.getByRole('heading', { name: /Umowa UM/ }).waitFor();
  await shoot(page, 'my-contract-centre');
  const ctx = await browser.newContext({ baseURL: new URL(page.url()).origin });
  const s = await ctx.newPage();
  await login(s, 'zespol');
  await s.goto('/panel/umowy/lista');
  await shoot(s, 'panel-list');
  await s.goto('/panel/umowy/zalegle');
  await shoot(s, 'panel-overdue');
  await s.goto('/panel/umowy/lista?stan=SUSPENDED');
  await s.getByTestId('staff-contracts').getByRole('link').first().click();
  await s.getByRole('heading', { name: /Umowa UM/ }).waitFor();
  await s.getByRole('button', { name: 'Pokaż rozliczenie' }).click();
  await shoot(s, 'panel-contract');
  await s.goto('/panel/umowy/wyciagi');
  const mt = [
    ':20:MT940/2026/12/01', ':25:/PL61114020040000350230599137', ':28C:00246/001',
    ':60F:C261130PLN000000012345,67',
    ':61:2612011201CN000000000500,00NTRFNONREF//PF1', ':86:020~00PRZELEW~20PF/2026/999999 licencja~32SZKOLA',
    ':61:2612011201CN000000000100,00NTRFNONREF//PF2', ':86:020~00PRZELEW~20Wplata za kurs~32JAN KOWALSKI',
    ':62F:C261201PLN000000012945,67', '-',
  ].join('\r\n');
  await s.getByLabel(/Plik wyciągu/).setInputFiles({ name: 'wyciag.sta', mimeType: 'text/plain', buffer: Buffer.from(mt) });
  await s.getByRole('button', { name: 'Wczytaj wyciąg' }).click();
  await s.getByRole('heading', { name: /Wynik/ }).waitFor();
  await shoot(s, 'panel-statements');
  await ctx.close();
});
