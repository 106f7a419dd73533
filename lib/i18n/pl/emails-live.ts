// Texts of the live classes' e-mails (emails/live.tsx, live-maths/class-refund.tsx), HTML and
// plain text alike. Part of the Polish catalogue.
export const emailsLive = {
  myClasses: 'Moje zajęcia',
  myClassesLink: (link: string) => `Moje zajęcia: ${link}`,
  promoted: {
    subject: (title: string) => `Zwolniło się miejsce: ${title}`,
    body: (title: string, startsAt: string) =>
      `na zajęciach ${title} (${startsAt}) zwolniło się miejsce i przeszło na Ciebie z listy oczekujących. Rezerwacja jest potwierdzona.`,
  },
  cancelled: {
    subject: (title: string) => `Zajęcia odwołane: ${title}`,
    body: (title: string, startsAt: string) =>
      `zajęcia ${title} zaplanowane na ${startsAt} zostały odwołane. Niezrealizowane zajęcia rozliczymy zgodnie z regulaminem.`,
  },
  reminder: {
    subject: (title: string) => `Jutro zajęcia: ${title}`,
    body: (title: string, startsAt: string) =>
      `przypominamy o zajęciach ${title}: ${startsAt}. Pokój otworzy się 15 minut przed początkiem.`,
  },
  classRefund: {
    subject: (number: string) => `Zwrot za odwołane zajęcia — umowa ${number}`,
    cancelled: (title: string, startsAt: string) =>
      `zajęcia „${title}” z ${startsAt} zostały odwołane, dlatego zwracamy część opłaty za opłacony Abonament.`,
    amount: (amount: string) =>
      `Kwota zwrotu: ${amount} (cena Abonamentu × niezrealizowane zajęcia ÷ 4). Wraca na konto, z którego przyszła płatność, przez PayU — zwykle w ciągu kilku dni.`,
    button: 'Moje umowy',
    link: (link: string) => `Moje umowy: ${link}`,
  },
};
