// A learner of Polish who reads no Polish: switches the header to Українська (or English) on the
// language school's page, takes the placement test, signs up for the recommended level, pays
// with BLIK, sets the password from the e-mail and reaches the learner zone. Every page of ours on
// the way is in that language (<html lang>) and shows no Polish-only letter or common Polish word
// outside what is marked as written in Polish (course content, the legal originals, stored Polish
// records); PayU's own page is PayU's. After the signup she books a class, reads her contract and
// the paid order, her account and privacy pages and her progress dashboard, in the same language.
import type { Page } from '@playwright/test';
import { checkPage, expect, mailTo, test } from './support/fixtures';
import { expectNoPolish, expectNoPolishSoft } from './support/foreign-text';
import { pdfTextOfBuffer } from './support/pdf';
import { messages, type Locale } from '../../lib/i18n';

const unique = () => `${Date.now()}${Math.floor(Math.random() * 1000)}`;

async function look(page: Page, locale: Locale, name: string, { soft = false } = {}) {
  await (soft ? expectNoPolishSoft : expectNoPolish)(page, locale);
  await checkPage(page, true);
  await page.screenshot({ path: `.test-reports/language-journey-${locale}-${name}.png`, fullPage: true });
}

for (const locale of ['uk', 'en'] as const) {
  test(`a learner of Polish takes the placement test, signs up and studies, in ${locale}`, async ({
    browser,
    baseURL,
  }) => {
    test.setTimeout(180_000);
    const m = messages(locale);
    const ctx = await browser.newContext({ baseURL, locale: 'pl-PL' });
    const page = await ctx.newPage();
    const email = `learner.${locale}.${unique()}@example.com`;

    await page.goto('/jezyk-polski');
    await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
    await page
      .getByRole('form', { name: 'Język' })
      .getByRole('button', { name: m.languageSwitch.names[locale] })
      .click();
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expect(page.getByRole('link', { name: m.languagePlacement.landing.ctaTest })).toBeVisible();
    await look(page, locale, 'landing');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: `.test-reports/language-journey-${locale}-landing-390.png`, fullPage: true });
    await page.setViewportSize({ width: 1280, height: 720 });

    await page.getByRole('link', { name: m.languagePlacement.landing.ctaTest }).click();
    await expect(page).toHaveURL(/\/jezyk-polski\/test$/);
    await look(page, locale, 'test-intro');
    await page.getByRole('button', { name: m.languagePlacement.test.start }).click();
    await expect(page.getByTestId('placement-band')).toHaveCount(5);
    await look(page, locale, 'test');
    await page.getByRole('button', { name: m.languagePlacement.test.send }).click();
    await expect(page.getByTestId('unanswered-warning')).toBeVisible();
    await expectNoPolish(page, locale);
    await page.getByRole('button', { name: m.quiz.sendAnyway }).click();

    await expect(page).toHaveURL(/\/jezyk-polski\/test\/wynik$/);
    await expect(page.getByTestId('placement-result')).toContainText('A1');
    await look(page, locale, 'result');
    await page.getByRole('link', { name: m.languagePlacement.result.signUp('A1') }).click();

    await expect(page).toHaveURL(/\/jezyk-polski\/zapisy/);
    await expect(page.getByRole('heading', { level: 1, name: m.languageSignup.title })).toBeVisible();
    await look(page, locale, 'signup');
    // The withdrawal documents before signing: the Polish original, and its translation beside it.
    const copyLink = page.getByRole('link', { name: m.languageSignup.copyLink }).first();
    const copy = await page.request.get((await copyLink.getAttribute('href'))!);
    expect(copy.headers()['content-type']).toBe('application/pdf');
    const copyText = pdfTextOfBuffer(await copy.body());
    expect(copyText).toContain(m.contract.pdf.courtesy.header);
    expect(copyText).toContain(m.contract.pdf.instruction.title);
    const sign = page.getByRole('button', { name: m.languageSignup.submit });
    await sign.click();
    await expect(page.getByText(m.languageSignup.errors.terms)).toBeVisible();
    await expect(page.getByText(m.languageSignup.errors.firstName)).toBeVisible();
    await look(page, locale, 'signup-errors');

    await page.getByLabel(m.languageSignup.firstName).fill('Olena');
    await page.getByLabel(m.languageSignup.lastName).fill('Kovalenko');
    await page.getByLabel(m.languageSignup.email, { exact: true }).fill(email);
    await page.getByLabel(m.languageSignup.birthDate).fill('1994-05-01');
    await page.getByLabel(m.languageSignup.termsBefore).check();
    await page.getByLabel(m.languageSignup.withdrawalReceived).check();
    await page.getByLabel(m.languageSignup.plans.FULL.label('')).check();
    await sign.click();

    // PayU's page (its own language and letters); back from it, the charge's status page is ours.
    await page.getByLabel(/^(Kod BLIK|BLIK code)$/).fill('777123');
    await page.getByRole('button', { name: /^(Zapłać \d|Pay PLN \d)/ }).click();
    await expect(page).toHaveURL(/\/platnosc\/umowa\/.+\/stan/);
    await expect(page.getByRole('heading', { level: 1, name: m.billingPay.link.title })).toBeVisible();
    await look(page, locale, 'paid');

    // The activation e-mail's set-password link (the e-mail's own language is another test's).
    const activated = new RegExp(
      `${messages('pl').languageEmails.activated.subject}|${m.languageEmails.activated.subject}`,
    );
    const mail = await mailTo(page, email, activated);
    const link = mail.match(/https?:\/\/\S+\/haslo\/nowe\/[A-Za-z0-9_-]+/)![0];
    await page.goto(new URL(link).pathname);
    await look(page, locale, 'new-password');
    await page.getByLabel(m.auth.newPassword, { exact: true }).fill('PolskiA1nowe');
    await page.getByLabel(m.auth.confirmPassword).fill('PolskiA1nowe');
    await page.getByRole('button', { name: m.auth.newPasswordSubmit }).click();
    await page.getByRole('link', { name: m.nav.login }).last().click();

    await expect(page).toHaveURL(/\/logowanie/);
    await look(page, locale, 'login');
    await page.getByLabel(m.auth.identifier).fill(email);
    await page.getByLabel(m.auth.password, { exact: true }).fill('PolskiA1nowe');
    await page.getByRole('button', { name: m.auth.submitLogin }).click();
    await expect(page.getByTestId('signed-in-as')).toBeVisible();
    await page.getByTestId('zone-link').click();

    await expect(page).toHaveURL(/\/strefa-sluchacza$/);
    await expect(page.getByRole('heading', { level: 1, name: m.languageZone.title })).toBeVisible();
    await look(page, locale, 'zone');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: `.test-reports/language-journey-${locale}-zone-390.png`, fullPage: true });
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.getByTestId('zone-messages-link').click();
    await expect(page).toHaveURL(/\/strefa-sluchacza\/wiadomosci$/);
    await look(page, locale, 'office');

    // After the signup (soft checks: one run lists every page's Polish): booking a class of the level in the zone.
    await page.goto('/strefa-sluchacza');
    const booked = page.getByTestId('live-state').filter({ hasText: new RegExp(`^${m.liveLearner.booked}$`) });
    await expect(booked).toHaveCount(0);
    await page.getByTestId('live-session').getByRole('button', { name: m.liveLearner.book }).first().click();
    await expect(booked).toHaveCount(1);
    await look(page, locale, 'zone-booked', { soft: true });

    // The contract: its page from the zone (the charges, ending it with the statutory withdrawal),
    // the list of the payer's contracts, and the paid charge's order with "your contract".
    await page.getByRole('link', { name: m.languageZone.contractLink }).first().click();
    await expect(page).toHaveURL(/\/konto\/umowy\/[^/]+$/);
    await expect(page.getByTestId('contract-explained')).toBeVisible();
    await look(page, locale, 'contract', { soft: true });
    const contractPath = new URL(page.url()).pathname;
    await page.getByRole('link', { name: m.billingAccount.detail.back }).click();
    await expect(page).toHaveURL(/\/konto\/umowy$/);
    await look(page, locale, 'contracts', { soft: true });
    await page.goto('/zamowienia');
    await look(page, locale, 'orders', { soft: true });
    await page.getByRole('main').locator('a[href^="/zamowienia/"]').first().click();
    await expect(page.getByRole('heading', { name: m.contract.page.heading })).toBeVisible();
    await look(page, locale, 'order', { soft: true });

    // The account and its privacy pages: profile, one's data, the requests, deleting the account.
    await page.goto('/konto');
    await expect(page.getByRole('heading', { name: m.privacy.profile.title })).toBeVisible();
    await look(page, locale, 'account', { soft: true });
    await page.getByRole('link', { name: m.privacy.card.myData }).click();
    await expect(page.getByRole('heading', { level: 1, name: m.privacy.myData.title })).toBeVisible();
    await look(page, locale, 'my-data', { soft: true });
    await page.getByRole('button', { name: m.privacy.export.button }).click();
    await expect(page.getByText(m.privacy.export.requested)).toBeVisible();
    await look(page, locale, 'export-requested', { soft: true });
    await page.goto('/konto/wnioski');
    await expect(page.getByRole('heading', { level: 1, name: m.privacy.requests.title })).toBeVisible();
    await look(page, locale, 'requests', { soft: true });
    await page.goto('/konto/usun');
    await expect(page.getByRole('heading', { level: 1, name: m.privacy.delete.title })).toBeVisible();
    await look(page, locale, 'delete', { soft: true });

    // The progress dashboard, with the table behind its charts open.
    await page.goto('/moje-kursy');
    const numbers = page.getByText(m.charts.showNumbers, { exact: true });
    await expect(numbers.first()).toBeVisible();
    for (const summary of await numbers.all()) await summary.click();
    await look(page, locale, 'progress', { soft: true });
    await page.setViewportSize({ width: 390, height: 844 });
    for (const [path, name] of [
      ['/moje-kursy', 'progress'],
      [contractPath, 'contract'],
      ['/konto/usun', 'delete'],
    ]) {
      await page.goto(path);
      await page.screenshot({ path: `.test-reports/language-journey-${locale}-${name}-390.png`, fullPage: true });
    }
    await ctx.close();
  });
}
