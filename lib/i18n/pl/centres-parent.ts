// Texts of the learning centres (issue 22): see lib/centres/.
export const centresParent = {
  nav: 'Zajęcia w centrum',
  title: 'Zajęcia w centrum',
  intro: 'Plan zajęć dzieci w centrach edukacyjnych, płatności, odrabianie zajęć i zapisy na kolejny rok.',
  none: 'Żadne z Twoich dzieci nie jest zapisane na zajęcia w centrum.',
  find: 'Znajdź grupę',
  group: {
    where: 'Miejsce',
    when: 'Termin',
    teacher: 'Prowadzący',
    contract: 'Umowa',
    whenValue: (weekday: string, time: string, minutes: number) => `${weekday}, ${time} (${minutes} min)`,
    year: (y: number) => `Rok szkolny ${y}/${String((y + 1) % 100).padStart(2, '0')}`,
  },
  guarantee: (day: string) =>
    `Gwarancja satysfakcji: rezygnacja złożona do ${day} włącznie (dzień po drugich zajęciach dziecka) oznacza zwrot wszystkich wpłat poza Pakietem Kursanta.`,
  classes: {
    title: 'Plan zajęć',
    summary: (held: number, ahead: number, cancelled: number) =>
      `Odbyte: ${held}, przed nami: ${ahead}${cancelled > 0 ? `, odwołane: ${cancelled}` : ''}.`,
    next: 'Najbliższe zajęcia',
    all: (n: number) => `Wszystkie terminy (${n})`,
    colDate: 'Data',
    colTime: 'Godzina',
    colState: 'Stan',
    past: 'odbyte',
    ahead: 'przed nami',
    cancelled: 'odwołane',
    madeUp: (when: string, where: string) => `odrabiane ${when}, ${where}`,
  },
  payments: {
    title: 'Płatności',
    desk: 'Możesz też zapłacić gotówką lub kartą w recepcji centrum.',
    all: (n: number) => `Cały harmonogram płatności (${n})`,
  },
  makeUp: {
    title: 'Odrabianie zajęć',
    intro: (price: string) =>
      `Nieobecne zajęcia można odrobić w innej grupie tego samego programu, jeśli jest wolne miejsce. Zgłoszenie przed zajęciami lub najpóźniej następnego dnia jest bezpłatne, później kosztuje ${price}.`,
    none: 'W najbliższych tygodniach nie ma wolnych miejsc w innych grupach tego programu.',
    missed: 'Zajęcia, które dziecko opuści lub opuściło',
    target: 'Zajęcia w innej grupie',
    free: (until: string) => `bezpłatnie do ${until}`,
    paid: (price: string) => `płatne ${price}`,
    submit: 'Zgłoś odrabianie',
    doneFree: 'Zapisaliśmy dziecko na odrabianie zajęć — bezpłatnie.',
    doneChargedShort:
      'Zapisaliśmy dziecko na odrabianie zajęć. Opłata za odrabianie po terminie jest w płatnościach, do zapłaty w ciągu 7 dni.',
    feeLabel: (date: string) => `Odrabianie zajęć ${date}`,
    pick: 'Wybierz zajęcia.',
  },
  ending: {
    title: 'Rezygnacja i wypowiedzenie',
    intro:
      'Wypowiedzenie ma miesięczny okres i kończy się z końcem miesiąca następującego po miesiącu złożenia; płatności trwają do tego dnia. Na koniec rozliczamy zajęcia, z których dziecko skorzystało, z wpłatami.',
    noticed: (day: string) => `Umowa wypowiedziana — kończy się ${day}.`,
    ended: 'Umowa zakończona.',
    settlement: 'Rozliczenie',
    refund: (amount: string) => `Do zwrotu: ${amount} — przelejemy w ciągu 14 dni.`,
    owed: (amount: string) => `Do dopłaty: ${amount} — w ciągu 7 dni.`,
  },
  continuation: {
    closed: 'To centrum nie prowadzi teraz zapisów w ramach Akcji Kontynuacja.',
    title: 'Akcja Kontynuacja — kolejny rok',
    intro: (effect: string) =>
      `Za kontynuację zajęć w kolejnym roku szkolnym przysługuje rabat ${effect}, rozłożony na wszystkie raty. Nie łączy się z innymi rabatami.`,
    enrol: 'Zapisz na kolejny rok',
    group: (programme: string, weekday: string, time: string, teacher: string) =>
      `${programme}: ${weekday}, ${time}, ${teacher}`,
  },
};
