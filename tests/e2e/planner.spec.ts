// The matura planner end to end (issue 23): a school orders a licence, sets its password from the
// e-mail, has its data-processing agreement accepted, imports 30 students (a file with errors first,
// named by row and column), fills a declaration (an error shown beside its field), is refused a
// printout while unpaid, staff book the transfer, and the printout downloads and reads correctly.
import { letters, SCAN_PDF, asStaff } from './support/groups';
import { checkPage, expect, login, mailTo, test } from './support/fixtures';
import { pdfText } from './support/pdf';

const tag = `${Date.now()}`.slice(-6);
const email = `dyrektor${tag}@lo-e2e.example.pl`;
const school = `XXI Liceum Ogólnokształcące nr ${tag}`;
const okeCode = `14${tag.slice(0, 4)}-${tag.slice(4, 6)}1AB`;
const students = Array.from({ length: 30 }, (_, i) => [
  `Nowak${letters(String(i)).padStart(2, 'a')}`,
  'Ala',
  i < 15 ? '4a' : '4b',
]);

test('a school orders, imports its students, fills a declaration and prints it once paid', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(240_000);
  // 1. The order, as a guest: pro-forma and the set-password link by e-mail.
  await page.goto('/planer/zamowienie');
  await page.getByLabel('Nazwa szkoły').fill(school);
  await page.getByLabel('Kod OKE szkoły').fill(okeCode);
  await page.getByLabel('NIP szkoły').fill('5260250274');
  await page.getByLabel('Ulica i numer').fill('ul. Szkolna 1');
  await page.getByLabel('Kod pocztowy').fill('00-950');
  await page.getByLabel('Miejscowość').fill('Warszawa');
  await page.getByLabel('Imię').fill('Dorota');
  await page.getByLabel('Nazwisko').fill('Dyrektorska');
  await page.getByLabel('E-mail', { exact: true }).fill(email);
  await page.getByLabel(/Akceptuję regulamin licencji/).check();
  await page.getByRole('button', { name: 'Zamawiam licencję' }).click();
  await expect(page).toHaveURL(/\/planer\/zamowienie\/wyslane/);
  const account = await mailTo(page, email, /ustal hasło/);
  const link = account.match(/https?:\/\/\S+\/haslo\/nowe\/[A-Za-z0-9_-]+/)![0];
  await page.goto(new URL(link).pathname);
  await page.getByLabel('Nowe hasło', { exact: true }).fill('Matura2027!x');
  await page.getByLabel('Powtórz nowe hasło').fill('Matura2027!x');
  await page.getByRole('button', { name: 'Zapisz nowe hasło' }).click();
  await login(page, email, 'Matura2027!x');

  // 2. The planner; students wait for the data-processing agreement.
  await page.goto('/planer/szkola');
  await page.getByTestId('open-planner').click();
  await expect(page.getByText(/Licencja nieopłacona/)).toBeVisible();
  await checkPage(page);
  const planner = new URL(page.url()).pathname;
  await page.goto(`${planner}/uczniowie`);
  await expect(page.getByTestId('dpa-required')).toBeVisible();
  await page.goto(`${planner}/szkola`);
  await page
    .getByLabel(/Podpisany skan umowy/)
    .setInputFiles({ name: 'umowa.pdf', mimeType: 'application/pdf', buffer: SCAN_PDF });
  await page.getByRole('button', { name: 'Prześlij skan' }).click();
  await expect(page.getByText(/czeka na sprawdzenie/)).toBeVisible();
  await asStaff(browser, baseURL!, async (staff) => {
    await staff.goto('/panel/umowy');
    await staff
      .getByTestId('school-agreement')
      .filter({ hasText: school })
      .getByRole('button', { name: 'Akceptuj' })
      .click();
    await expect(staff.getByTestId('school-agreement').filter({ hasText: school })).toHaveCount(0);
  });

  // 3. The import: a file with errors names them by row and column, writes nothing; the corrected one is added whole.
  await page.goto(`${planner}/uczniowie/import`);
  await checkPage(page);
  const bad = ['Nazwisko;Imię;Klasa;Formuła', 'Kowalska;Anna;4a;2023', 'Zieliński;Piotr;;2099'].join('\n');
  await page
    .getByLabel('Plik z listą uczniów')
    .setInputFiles({ name: 'lista.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
  await page.getByRole('button', { name: 'Wczytaj i pokaż podgląd' }).click();
  await expect(page.getByTestId('import-summary')).toContainText('1 z 2 wierszy ma błędy');
  const row3 = page.getByTestId('import-rows').getByRole('row').filter({ hasText: 'Zieliński' });
  await expect(row3).toContainText('Brak klasy.');
  await expect(row3).toContainText('„2099” to nie formuła egzaminu');
  await checkPage(page);
  const good = ['Nazwisko;Imię;Klasa', ...students.map((s) => s.join(';'))].join('\n');
  await page
    .getByLabel('Plik z listą uczniów')
    .setInputFiles({ name: 'lista.csv', mimeType: 'text/csv', buffer: Buffer.from(good) });
  await page.getByRole('button', { name: 'Wczytaj i pokaż podgląd' }).click();
  await expect(page.getByTestId('import-summary')).toContainText('Wszystkie wiersze są poprawne');
  await page.getByRole('button', { name: 'Dodaj 30 uczniów' }).click();
  await expect(page.getByText('Dodano 30 uczniów z pliku.')).toBeVisible();
  await expect(page.getByText('Na liście: 30 uczniów.')).toBeVisible();
  await checkPage(page);

  // 4. A declaration: a missing language and a subject twice are shown beside their fields; then saved.
  await page.getByTestId('student-table').getByRole('link', { name: students[0][0] }).click();
  const form = page.getByTestId('declaration-form');
  const row = (n: number) => form.getByRole('group', { name: `Przedmiot dodatkowy ${n}` });
  await row(1).getByLabel('Przedmiot', { exact: true }).selectOption({ label: 'biologia' });
  await form.getByRole('button', { name: 'Dodaj przedmiot dodatkowy' }).click();
  await row(2).getByLabel('Przedmiot', { exact: true }).selectOption({ label: 'biologia' });
  await form.getByRole('button', { name: 'Zapisz deklarację' }).click();
  await expect(page.getByText('Deklaracja ma błędy')).toBeVisible();
  await expect(form.getByText('Ten przedmiot jest już w deklaracji.')).toBeVisible();
  await expect(form.getByText(/Brakuje obowiązkowego egzaminu pisemnego z języka obcego/)).toBeVisible();
  await checkPage(page);
  await form.getByLabel('Język obcy nowożytny (pisemny i ustny)').selectOption({ label: 'język angielski' });
  await row(2).getByLabel('Przedmiot', { exact: true }).selectOption({ label: 'chemia' });
  await form.getByRole('button', { name: 'Zapisz deklarację' }).click();
  await expect(page.getByText(/^Zapisano deklarację/)).toBeVisible();

  // 5. Printouts are refused in the server while unpaid, saying what to pay.
  await page.goto(`${planner}/wydruki`);
  await page.getByRole('link', { name: /Pobierz — Deklaracje do podpisu/ }).click();
  await expect(page).toHaveURL(/odmowa=1/);
  await expect(page.getByText(/Pobranie pliku odmówione: licencja jest nieopłacona/)).toBeVisible();
  await checkPage(page);

  // 6. Staff book the transfer against the pro-forma.
  await asStaff(browser, baseURL!, async (staff) => {
    await staff.goto(`/panel/umowy/lista?produkt=licence&q=${encodeURIComponent(email)}`);
    await staff.getByTestId('staff-contracts').getByRole('link').first().click();
    const transfer = staff.getByTestId('transfer-form');
    await transfer.getByLabel('Kwota przelewu (zł)').fill('500,00');
    await transfer.getByRole('button', { name: 'Księguję przelew' }).click();
    await expect(staff.getByText('Przelew zaksięgowany, płatność opłacona.')).toBeVisible();
  });

  // 7. The printout downloads and reads correctly.
  await page.goto(`${planner}/wydruki`);
  await expect(page.getByText(/Licencja nieopłacona/)).toHaveCount(0);
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: /Pobierz — Deklaracje do podpisu/ }).click();
  const text = await pdfText(await downloading);
  expect(text).toContain(school);
  expect(text).toContain(students[0][0]);
  expect(text).toMatch(/język angielski/);
  expect(text).toMatch(/biologia/);
  expect(text).toMatch(/chemia/);
  expect(text.match(/\f/g)?.length ?? 0).toBeGreaterThanOrEqual(30); // one page per student
});

test('every planner section opens and passes axe, and the paid demo school prints its subject counts', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await login(page, 'szkola');
  await page.goto('/planer/szkola');
  await checkPage(page);
  await page
    .getByRole('region', { name: /II Liceum Ogólnokształcące/ })
    .getByTestId('open-planner')
    .click();
  const planner = new URL(page.url()).pathname;
  for (const [path, heading] of [
    ['', 'Planer maturalny'],
    ['/uczniowie', 'Uczniowie'],
    ['/podsumowania', 'Podsumowania'],
    ['/sale', 'Sale i zespoły'],
    ['/nauczyciele', 'Nauczyciele'],
    ['/wydruki', 'Wydruki i eksporty'],
    ['/szkola', 'Szkoła i zespół'],
    ['/licencja', 'Licencja'],
  ]) {
    await page.goto(planner + path);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await checkPage(page);
  }
  await page.goto(`${planner}/wydruki`);
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: /Pobierz — Liczby zdających z przedmiotów \(PDF\)/ }).click();
  const counts = await pdfText(await downloading);
  expect(counts).toMatch(/język polski/);
  expect(counts).toMatch(/32/);
});
