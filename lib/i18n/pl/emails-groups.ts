// Texts of a company group's e-mails (emails/group-agreement.tsx, group-accounts.tsx,
// group-invitation.tsx), HTML and plain text alike. Part of the Polish catalogue.
export const emailsGroups = {
  accepted: {
    subject: (courseTitle: string) => `Umowa powierzenia zaakceptowana — ${courseTitle}`,
    intro: 'zaakceptowaliśmy umowę powierzenia przetwarzania danych osobowych dla kursu',
    introText: (courseTitle: string) =>
      `zaakceptowaliśmy umowę powierzenia przetwarzania danych osobowych dla kursu „${courseTitle}”.`,
    next: 'Następny krok to lista uczestników (krok 3): jeśli jej jeszcze nie ma, pobierz szablon, wypełnij go i prześlij (albo wklej wiersze z Excela); jeśli lista już czeka, otwórz jej podgląd i potwierdź — konta powstaną od razu.',
    nextText:
      'Następny krok to lista uczestników (krok 3): prześlij ją albo, jeśli już czeka, otwórz podgląd i potwierdź — konta powstaną od razu.',
    button: 'Przejdź do listy uczestników',
    groupPage: (link: string) => `Strona grupy: ${link}`,
  },
  rejected: {
    subject: (courseTitle: string) => `Umowa powierzenia odrzucona — ${courseTitle}`,
    intro: 'nie możemy przyjąć przesłanej umowy powierzenia dla kursu',
    introText: (courseTitle: string) => `nie możemy przyjąć przesłanej umowy powierzenia dla kursu „${courseTitle}”.`,
    reason: 'Powód:',
    next: 'Następny krok: na stronie grupy zaakceptuj umowę w serwisie (bez papieru) albo popraw ją i prześlij skan ponownie.',
    nextText: (link: string) =>
      `Następny krok: zaakceptuj umowę w serwisie albo popraw ją i prześlij skan ponownie: ${link}`,
    button: 'Przejdź do umowy',
  },
  accounts: {
    subject: (courseTitle: string) => `Konta uczestników utworzone — ${courseTitle}`,
    greeting: 'Dzień dobry,',
    created: (companyName: string, courseTitle: string, created: number) =>
      `dla firmy ${companyName} utworzyliśmy konta uczestników kursu „${courseTitle}”: ${created}.`,
    seatsLeft: (seatsLeft: number) =>
      `W pakiecie zostało wolnych kont: ${seatsLeft}. Każdy uczestnik ma dostęp przez 2 miesiące.`,
    handOver:
      'Na stronie grupy wyślesz uczestnikom zaproszenia e-mailem albo wydrukujesz kartki z kodem QR — każdy ustawi własne hasło. Ze względów bezpieczeństwa nie wysyłamy haseł e-mailem.',
    handOverText: (link: string) =>
      `Zaproszenia e-mailem albo kartki z kodem QR (każdy ustawi własne hasło) przygotujesz na stronie grupy: ${link}\nZe względów bezpieczeństwa nie wysyłamy haseł e-mailem.`,
    button: 'Przekaż dostęp uczestnikom',
  },
  report: {
    subject: (courseTitle: string) => `Raport końcowy gotowy — ${courseTitle}`,
    ready: (courseTitle: string) =>
      `raport końcowy szkolenia „${courseTitle}” jest gotowy: uczestnicy, wyniki testu końcowego i numery zaświadczeń.`,
    readyText: (courseTitle: string, link: string) =>
      `raport końcowy szkolenia „${courseTitle}” jest gotowy (Excel i PDF) na stronie grupy: ${link}`,
    comment: (comment: string) => `Komentarz zespołu Planety: ${comment}`,
    button: 'Pobierz raport',
  },
  invitation: {
    subject: (courseTitle: string) => `Zaproszenie na kurs ${courseTitle}`,
    enrolled: (companyName: string, courseTitle: string, login: string) =>
      `${companyName} zapisała Cię na kurs „${courseTitle}” w Planecie. Twój login: ${login}`,
    start: 'Kliknij przycisk, ustaw własne hasło i zacznij naukę. Dostęp do kursu trwa 2 miesiące.',
    button: 'Ustaw hasło i zacznij',
    once: (validUntil: string) => `Link działa jeden raz, do ${validUntil}.`,
    startText: (validUntil: string) => `Ustaw własne hasło i zacznij naukę (link działa jeden raz, do ${validUntil}):`,
    duration: 'Dostęp do kursu trwa 2 miesiące.',
  },
  reminder: {
    subject: (courseTitle: string) => `Przypomnienie: kurs ${courseTitle} czeka na Ciebie`,
    reminds: (companyName: string, courseTitle: string, login: string) =>
      `${companyName} przypomina o kursie „${courseTitle}” — nie zalogowałeś się jeszcze ani razu. Twój login: ${login}`,
    once: (validUntil: string) => `Link działa jeden raz, do ${validUntil}:`,
    startText: (validUntil: string) => `Ustaw hasło i zacznij (link działa jeden raz, do ${validUntil}):`,
  },
  admin: {
    subject: (courseTitle: string) => `Zostałeś administratorem grupy — ${courseTitle}`,
    added: (companyName: string, courseTitle: string) =>
      `dodano Cię jako administratora grupy ${companyName} na kursie „${courseTitle}” w Planecie: możesz zarządzać uczestnikami, ich dostępem i raportami.`,
    addedText: (companyName: string, courseTitle: string) =>
      `dodano Cię jako administratora grupy ${companyName} na kursie „${courseTitle}” w Planecie.`,
    setPassword: 'Ustaw hasło',
    once: (validUntil: string) => `Link działa jeden raz, do ${validUntil}. Potem zaloguj się adresem e-mail.`,
    setPasswordText: (validUntil: string) => `Ustaw hasło (link działa jeden raz, do ${validUntil}):`,
    open: 'Otwórz grupę',
    group: (link: string) => `Grupa: ${link}`,
  },
};
