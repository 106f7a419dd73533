// The language school's e-mails read their words from the catalogue (issue 20): what each one must
// say (and must not: a password) in its subject, plain text and HTML, for sample props.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import * as activated from '@/emails/language-activated';
import * as office from '@/emails/language-office';
import * as signed from '@/emails/language-signed';

const html = <P extends object>(Body: (p: P, locale: 'pl') => React.ReactElement, p: P) =>
  renderToStaticMarkup(Body(p, 'pl')).replace(/<!-- -->/g, '');

describe('language-activated', () => {
  const p = {
    firstName: 'Maria',
    number: 'JP/2026/0007',
    login: 'maria.k',
    siteUrl: 'https://planeta.test',
    link: 'https://planeta.test/haslo/nowe/tok3n',
    validDays: 7,
  };

  it('gives the login, the site and the set-password link, and no password', () => {
    expect(activated.subject({}, 'pl')).toBe('Twoje konto w Planecie jest aktywne — ustaw hasło');
    const text = activated.text(p, 'pl');
    expect(text.startsWith('Dzień dobry Maria,\n\n')).toBe(true);
    expect(text).toContain('umowa JP/2026/0007 o kurs języka polskiego weszła w życie');
    expect(text).toContain('Adres platformy: https://planeta.test\nTwój login: maria.k');
    expect(text).toContain('Ustaw hasło: https://planeta.test/haslo/nowe/tok3n');
    expect(text).toContain('Link jest ważny przez 7 dni i działa tylko raz.');
    expect(text.endsWith('\n\n— Planeta')).toBe(true);
    // The only "hasło:" is the set-password link's label: no password is ever written out.
    expect(text).not.toMatch(/hasło:(?! https:\/\/planeta\.test\/haslo\/nowe\/tok3n\n)/i);
    const h = html(activated.LanguageActivatedEmail, p);
    expect(h).toContain('Twój login: <strong>maria.k</strong>');
    expect(h).toContain('href="https://planeta.test/haslo/nowe/tok3n"');
    expect(h).toContain('>Ustaw hasło</a>');
    expect(h).not.toMatch(/Twoje hasło to|password/i);
  });
});

describe('language-signed', () => {
  const p = {
    firstName: 'Ivan',
    contractId: 'c1',
    number: 'JP/2026/0012',
    title: 'Polski A2 — abonament miesięczny',
    label: 'Opłata za październik',
    amount: 45000,
    currency: 'PLN',
    dueDate: '2026-10-15',
    link: 'https://planeta.test/platnosc/umowa/pay',
    termsVersion: '2026-09',
    signedAt: '2026-10-01T10:00:00.000Z',
    consent: false,
    withdrawalLastDay: '2026-10-15T21:59:59.999Z',
    monthly: true,
  };

  it('names the contract number, the first payment and the pay link', () => {
    expect(signed.subject(p, 'pl')).toBe('Umowa JP/2026/0012 o kurs języka polskiego — potwierdzenie i płatność');
    const text = signed.text(p, 'pl');
    expect(text).toContain(
      'Zawarłeś/zawarłaś umowę JP/2026/0012 („Polski A2 — abonament miesięczny”) 1 października 2026 12:00',
    );
    expect(text).toContain('regulamin w wersji 2026-09');
    expect(text).toContain('pierwszą płatność: Opłata za październik, 450,00\u00a0zł, termin: 15 października 2026.');
    expect(text).toContain('Zapłać teraz: https://planeta.test/platnosc/umowa/pay');
    expect(text).toContain('Płacisz co miesiąc z góry.');
    const h = html(signed.LanguageSignedEmail, p);
    expect(h).toContain('href="https://planeta.test/platnosc/umowa/pay"');
    expect(h).toContain('>Zapłać teraz</a>');
  });

  it('explains withdrawal by whether the course starts early, and no monthly clause for a one-off', () => {
    const plain = signed.text({ ...p, monthly: false }, 'pl');
    expect(plain).toContain('otrzymać zwrot całej wpłaty w ciągu 14 dni (art. 27');
    expect(plain).not.toContain('Płacisz co miesiąc');
    expect(plain).toMatch(/wzór formularza odstąpienia\.\n/);
    const early = signed.text({ ...p, consent: true }, 'pl');
    expect(early).toContain('Do 15 października 2026 włącznie');
    expect(early).toContain('proporcjonalnie za okres kursu do chwili odstąpienia (art. 35');
    expect(early).toContain('oraz potwierdzenie Twojego żądania rozpoczęcia kursu.');
    expect(signed.attachments({ ...p, consent: true }, 'pl').map((a) => a.kind)).toEqual([
      'terms',
      'earlyStart',
      'withdrawalInstruction',
      'withdrawalForm',
    ]);
  });

  it('sends a reader of another language a courtesy copy after each Polish original it has one for', () => {
    const copies = (locale: 'en' | 'uk') =>
      signed
        .attachments({ ...p, consent: true, termsVersion: '2026-12-01' }, locale)
        .map((a) => `${a.kind}${a.locale ? `:${a.locale}` : ''}`);
    const originals = ['terms', 'earlyStart', 'withdrawalInstruction', 'withdrawalForm'];
    expect(copies('en')).toEqual([...originals, ...originals.map((k) => `${k}:en`)]);
    // The terms are translated into English only.
    expect(copies('uk')).toEqual([...originals, 'earlyStart:uk', 'withdrawalInstruction:uk', 'withdrawalForm:uk']);
    expect(signed.text({ ...p, consent: true }, 'en')).toContain('as an English courtesy translation');
  });
});

describe('language-office', () => {
  const base = { body: 'Dzień dobry,\nmam pytanie.', sentAt: '2.10.2026, 10:15', link: 'https://planeta.test/x' };
  const message = { ...base, learnerName: 'Olena S.', learnerEmail: 'olena@example.com' };
  const answer = { ...base, firstName: 'Olena' };

  it('tells the office who wrote, quotes the message and links the panel', () => {
    expect(office.messageSubject(message, 'pl')).toBe('Nowa wiadomość od słuchacza: Olena S.');
    const none = office.messageText({ ...message, fileCount: 0 }, 'pl');
    expect(none).toBe(
      'Olena S. (olena@example.com) napisał(a) do sekretariatu szkoły językowej (2.10.2026, 10:15):\n\n' +
        'Dzień dobry,\nmam pytanie.\n\nOdpowiedz w panelu: https://planeta.test/x',
    );
    expect(office.messageText({ ...message, fileCount: 1 }, 'pl')).toContain(
      'Dołączono 1 plik. Pliki są do pobrania w panelu.\n\n',
    );
    expect(html(office.OfficeMessageEmail, { ...message, fileCount: 3 })).toContain(
      'Dołączono 3 pliki. Pliki są do pobrania w panelu.',
    );
  });

  it('tells the learner the office answered and to reply in the zone', () => {
    expect(office.answerSubject({}, 'pl')).toBe('Odpowiedź sekretariatu szkoły językowej');
    const text = office.answerText({ ...answer, fileCount: 2 }, 'pl');
    expect(text).toContain(
      'Dzień dobry Olena,\n\nsekretariat szkoły odpowiedział na Twoją wiadomość (2.10.2026, 10:15):',
    );
    expect(text).toContain('Dołączono 2 pliki. Pobierzesz je w Strefie Słuchacza.');
    expect(text).toContain('Wiadomości: https://planeta.test/x\nOdpowiedz w Strefie Słuchacza, nie na ten e-mail.');
    expect(office.answerText({ ...answer, fileCount: 0 }, 'pl')).not.toContain('Dołączono');
    const h = html(office.OfficeAnswerEmail, { ...answer, fileCount: 0 });
    expect(h).toContain('>Otwórz wiadomości</a>');
    expect(h).not.toContain('Dołączono');
  });
});
