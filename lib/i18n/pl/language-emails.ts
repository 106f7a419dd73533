// Texts of the language school's e-mails (emails/language-*.tsx): the contract confirmation, the
// account's activation and the office thread's notices, HTML and plain text alike. Part of the Polish catalogue.
import { pluralPl } from '@/lib/format/plural';

const filesAttached = (n: number) => `Dołączono ${n} ${pluralPl(n, 'plik', 'pliki', 'plików')}.`;

export const languageEmails = {
  greeting: (firstName: string) => `Dzień dobry ${firstName},`,
  signature: '— Planeta',
  // The contract confirmation, sent when the sign-up form is submitted (emails/language-signed.tsx).
  signed: {
    subject: (number: string) => `Umowa ${number} o kurs języka polskiego — potwierdzenie i płatność`,
    intro: (number: string, title: string, signedAt: string, termsVersion: string) =>
      `dziękujemy za zapis. Zawarłeś/zawarłaś umowę ${number} („${title}”) ${signedAt}, akceptując regulamin w wersji ${termsVersion}.`,
    force: (label: string, amount: string, dueDate: string) =>
      `Umowa wejdzie w życie, gdy zaksięgujemy pierwszą płatność: ${label}, ${amount}, termin: ${dueDate}. Wtedy aktywujemy Twoje konto i wyślemy e-mail z adresem platformy, loginem i linkiem do ustawienia hasła.`,
    payButton: 'Zapłać teraz',
    payLink: (link: string) => `Zapłać teraz: ${link}`,
    monthly:
      'Płacisz co miesiąc z góry. Niekorzystanie z zajęć nie zwalnia z opłat; umowę możesz wypowiedzieć w każdej chwili ze skutkiem na koniec opłaconego miesiąca.',
    // With the learner's request to start early (art. 35 u.p.k.) withdrawal costs the days used.
    withdrawalEarlyStart: (lastDay: string) =>
      `Zażądałeś/zażądałaś rozpoczęcia kursu przed upływem terminu do odstąpienia. Do ${lastDay} włącznie możesz odstąpić od umowy bez podania przyczyny; zapłacisz wtedy proporcjonalnie za okres kursu do chwili odstąpienia (art. 35 ustawy o prawach konsumenta), resztę zwrócimy w ciągu 14 dni.`,
    withdrawal: (lastDay: string) =>
      `Do ${lastDay} włącznie możesz odstąpić od umowy bez podania przyczyny i otrzymać zwrot całej wpłaty w ciągu 14 dni (art. 27 ustawy o prawach konsumenta).`,
    documents: (earlyStart: boolean) =>
      'W załącznikach (PDF) są: regulamin w zaakceptowanej wersji, pouczenie o prawie odstąpienia od umowy i wzór formularza odstąpienia' +
      (earlyStart ? ' oraz potwierdzenie Twojego żądania rozpoczęcia kursu.' : '.'),
  },
  // The account's credentials once the first payment is booked (emails/language-activated.tsx).
  activated: {
    subject: 'Twoje konto w Planecie jest aktywne — ustaw hasło',
    intro: (number: string) =>
      `zaksięgowaliśmy Twoją pierwszą płatność: umowa ${number} o kurs języka polskiego weszła w życie, a Twoje konto jest aktywne.`,
    site: 'Adres platformy:',
    login: 'Twój login:',
    setPasswordHint: 'Hasło ustawisz sam/sama — kliknij przycisk:',
    setPasswordButton: 'Ustaw hasło',
    setPasswordLink: (link: string) => `Ustaw hasło: ${link}`,
    buttonFallback: 'Jeśli przycisk nie działa, skopiuj ten adres do przeglądarki:',
    validity: (days: number) =>
      `Link jest ważny przez ${days} dni i działa tylko raz. Gdy wygaśnie, użyj „Nie pamiętasz hasła?” na stronie logowania.`,
  },
  // The office thread (emails/language-office.tsx): to the office when a learner writes, to the learner when it answers.
  officeMessage: {
    subject: (learnerName: string) => `Nowa wiadomość od słuchacza: ${learnerName}`,
    wrote: (learnerName: string, learnerEmail: string, sentAt: string) =>
      `${learnerName} (${learnerEmail}) napisał(a) do sekretariatu szkoły językowej (${sentAt}):`,
    files: (n: number) => `${filesAttached(n)} Pliki są do pobrania w panelu.`,
    replyButton: 'Odpowiedz w panelu',
    replyLink: (link: string) => `Odpowiedz w panelu: ${link}`,
  },
  officeAnswer: {
    subject: 'Odpowiedź sekretariatu szkoły językowej',
    answered: (sentAt: string) => `sekretariat szkoły odpowiedział na Twoją wiadomość (${sentAt}):`,
    files: (n: number) => `${filesAttached(n)} Pobierzesz je w Strefie Słuchacza.`,
    openButton: 'Otwórz wiadomości',
    openLink: (link: string) => `Wiadomości: ${link}`,
    replyInZone: 'Odpowiedz w Strefie Słuchacza, nie na ten e-mail.',
  },
};
