// KSeF from the buyer's and the staff's side: a course bought with an invoice gets its KSeF
// number on the order page (sent by the server's jobs to the local simulator); its PDF shows the
// number and its XML is the invoice itself; a partial staff refund issues a correcting invoice
// that is e-mailed to the buyer; /panel/faktury lists both with their KSeF state.
import type { Page } from '@playwright/test';
import { create } from 'xmlbuilder2';
import { checkPage, expect, login, logout, test } from './support/fixtures';
import { pdfText, pdfTextOfBuffer } from './support/pdf';

const unique = () => `${Date.now()}${Math.floor(Math.random() * 1000)}`;
const KSEF_NUMBER = /\d{10}-\d{8}-[0-9A-F]{12}-[0-9A-F]{2}/;

/** A new consumer buys "RODO w praktyce" (149,00 zł) with an invoice to their address and pays with BLIK. */
async function buyCourseWithInvoice(page: Page, email: string) {
  await page.goto('/kursy/rodo-w-praktyce');
  await page.getByRole('button', { name: 'Dodaj do koszyka' }).click();
  await expect(page.getByTestId('cart-total')).toHaveText('149,00 zł');
  await page.goto('/rejestracja?next=/zamowienie');
  await page.getByLabel('Imię').fill('Teodor');
  await page.getByLabel('Nazwisko').fill('Żółkiewski');
  await page.getByLabel('E-mail', { exact: true }).fill(email);
  await page.getByLabel('Hasło', { exact: true }).fill('Kursant2026!');
  await page.getByLabel(/Akceptuję regulamin/).check();
  await page.getByRole('button', { name: 'Załóż konto' }).click();
  await expect(page.getByRole('button', { name: 'Zamawiam i płacę' })).toBeVisible();
  await page.getByLabel(/Akceptuję regulamin/).check();
  await page.getByLabel(/Żądam rozpoczęcia świadczenia/).check();
  await page.getByLabel('Chcę otrzymać fakturę z moim adresem').check();
  await page.getByLabel('Ulica i numer').fill('ul. Kwiatowa 7');
  await page.getByLabel('Kod pocztowy').fill('60-101');
  await page.getByLabel('Miejscowość').fill('Poznań');
  await page.getByRole('button', { name: 'Zamawiam i płacę' }).click();
  await expect(page.getByRole('heading', { name: 'Zapłać za zamówienie' })).toBeVisible();
  await page.getByLabel('Kod BLIK').fill('777123');
  await page.getByRole('button', { name: /^Zapłać / }).click();
  await expect(page.getByRole('heading', { name: /Zamówienie ZAM-/ })).toBeVisible();
  await expect(page.getByTestId('order-status')).toHaveText('Opłacone', { timeout: 20_000 });
}

/** The e-mail to `to` whose subject matches, as staff read it in /panel/poczta (waits for it to arrive). */
async function mailText(page: Page, to: string, subject: RegExp): Promise<string> {
  const ctx = await page
    .context()
    .browser()!
    .newContext({ baseURL: new URL(page.url()).origin });
  const staff = await ctx.newPage();
  try {
    await login(staff, 'zespol');
    await expect(async () => {
      await staff.goto(`/panel/poczta?do=${encodeURIComponent(to)}`);
      await expect(staff.getByRole('link', { name: subject })).toBeVisible({ timeout: 1000 });
    }).toPass({ timeout: 40_000 });
    await staff.getByRole('link', { name: subject }).first().click();
    await expect(staff.getByTestId('mail-to')).toHaveText(to);
    return (await staff.getByTestId('mail-text').textContent()) ?? '';
  } finally {
    await ctx.close();
  }
}

test('an invoice gets its KSeF number, the buyer downloads its PDF and XML, and a refund brings a correction', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const email = `ksef.${unique()}@example.pl`;
  await buyCourseWithInvoice(page, email);

  // The order page polls until KSeF (the simulator, through the submit job) has numbered it.
  const number = page.getByTestId('invoice-ksef-number');
  await expect(number).toHaveText(KSEF_NUMBER, { timeout: 45_000 });
  const ksefNumber = KSEF_NUMBER.exec((await number.textContent())!)![0];
  await checkPage(page, true);

  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: /Pobierz fakturę FV\// }).click();
  const pdf = await pdfText(await download);
  expect(pdf).toContain('Numer KSeF');
  expect(pdf).toContain(ksefNumber);
  const invoiceNumber = /FV\/\d{4}\/\d{6,}/.exec(pdf)![0];

  // The XML is the invoice itself: it parses and names the same invoice and buyer.
  const xmlRes = await page.request.get((await page.getByTestId('invoice-xml').getAttribute('href'))!);
  expect(xmlRes.status()).toBe(200);
  expect(xmlRes.headers()['content-type']).toContain('application/xml');
  const fa = create((await xmlRes.body()).toString('utf8')).end({ format: 'object' }) as {
    Faktura: { Fa: { P_2: string; P_15: string }; Podmiot2: { DaneIdentyfikacyjne: { Nazwa: string } } };
  };
  expect(fa.Faktura.Fa.P_2).toBe(invoiceNumber);
  expect(fa.Faktura.Fa.P_15).toBe('149.00');
  expect(fa.Faktura.Podmiot2.DaneIdentyfikacyjne.Nazwa).toBe('Teodor Żółkiewski');

  // The order-paid e-mail links both files.
  const paidMail = await mailText(page, email, /Płatność przyjęta — zamówienie ZAM-/);
  expect(paidMail).toMatch(/Faktura VAT \(PDF\): http\S+\/faktura\n/);
  expect(paidMail).toMatch(/Faktura VAT \(XML, KSeF\): http\S+\/faktura\/xml/);
  const orderUrl = page.url();
  await logout(page);

  // Staff refund 20,00 zł of it on the staff order page.
  await login(page, 'zespol');
  await page.goto(`/panel/zamowienia?q=${encodeURIComponent(email)}`);
  await page.getByRole('table').getByRole('link').first().click();
  await expect(page.getByRole('heading', { name: /Zamówienie ZAM-/ })).toBeVisible();
  await page.getByLabel('Kwota zwrotu (zł)').fill('20,00');
  for (const box of await page.getByRole('checkbox').all()) await box.uncheck();
  await page.getByRole('button', { name: 'Dalej — sprawdź zwrot' }).click();
  await page.getByRole('button', { name: 'Potwierdzam zwrot przez PayU' }).click();
  await expect(page.getByText('Zwrot 20,00 zł zlecony w PayU.', { exact: false })).toBeVisible();

  // The buyer's correcting invoice e-mail, once PayU says the money went back.
  const correctionMail = await mailText(page, email, /Faktura korygująca FK\/\d{4}\/\d+ — zamówienie/);
  expect(correctionMail).toContain(invoiceNumber);
  expect(correctionMail).toMatch(/20,00\s+zł/);
  const pdfPath = new URL(/Faktura korygująca \(PDF\): (\S+)/.exec(correctionMail)![1]).pathname;
  const xmlPath = new URL(/\(XML, KSeF\): (\S+)/.exec(correctionMail)![1]).pathname;

  // Staff see both documents in /panel/faktury with their KSeF state; the correction follows its original.
  await page.goto(`/panel/faktury?q=${encodeURIComponent(invoiceNumber)}`);
  await expect(page.getByRole('heading', { name: 'Faktury i KSeF', level: 1 })).toBeVisible();
  const invoiceRow = page.locator(`[data-testid="ksef-document"][data-number="${invoiceNumber}"]`);
  await expect(invoiceRow.getByTestId('ksef-number')).toHaveText(ksefNumber);
  await expect(async () => {
    await page.reload();
    await expect(
      page
        .getByTestId('ksef-document')
        .filter({ hasText: /^Korekta/ })
        .getByTestId('ksef-number'),
    ).toHaveText(KSEF_NUMBER, { timeout: 1000 });
  }).toPass({ timeout: 30_000 });
  await checkPage(page);
  const upo = await page.request.get((await invoiceRow.getByTestId('ksef-upo').getAttribute('href'))!);
  expect(upo.status()).toBe(200);
  expect((await upo.body()).toString('utf8')).toContain(ksefNumber);
  await logout(page);

  // The buyer downloads the correcting invoice: PDF and XML, naming the original's KSeF number.
  await login(page, email, 'Kursant2026!');
  const corrPdf = await page.request.get(pdfPath);
  expect(corrPdf.status()).toBe(200);
  const corrText = pdfTextOfBuffer(await corrPdf.body());
  expect(corrText).toMatch(/FAKTURA KORYGUJĄCA|Faktura korygująca/);
  expect(corrText).toContain(invoiceNumber);
  expect(corrText).toContain(ksefNumber);
  const corrXml = await page.request.get(xmlPath);
  expect(corrXml.status()).toBe(200);
  expect((await corrXml.body()).toString('utf8')).toContain(`<NrKSeFFaKorygowanej>${ksefNumber}</NrKSeFFaKorygowanej>`);
  await page.goto(orderUrl);
  await expect(page.getByTestId('order-corrections')).toContainText(/FK\/\d{4}\//);
  await checkPage(page, true);
});

test('someone else cannot download the invoice XML', async ({ page }) => {
  await login(page, 'kursant');
  await page.goto('/zamowienia');
  const href = await page.getByRole('link', { name: /ZAM-DEMO-KURSANT-0001/ }).getAttribute('href');
  await expect(async () => {
    const res = await page.request.get(`${href}/faktura/xml`);
    expect(res.status()).toBe(200);
  }).toPass({ timeout: 60_000 });
  await logout(page);
  await login(page, 'firma');
  expect((await page.request.get(`${href}/faktura/xml`)).status()).toBe(404);
  expect((await page.request.get(`${href}/faktura`)).status()).toBe(404);
});
