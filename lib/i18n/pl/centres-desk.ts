// Texts of the learning centres (issue 22): see lib/centres/. The desk (cash and card at a
// centre), its receipts, a cancelled group, and the desk in the billing run's e-mails.
export const centresDesk = {
  nav: 'Kasa centrum',
  methods: { CASH: 'gotówka', CARD: 'karta płatnicza' } as Record<string, string>,
  paymentMethod: (method: string) => `w kasie centrum (${method})`,
  errors: {
    notFound: 'Nie znaleziono tej płatności.',
    notCentre: 'Ta płatność nie należy do umowy centrum — w kasie przyjmujemy tylko płatności za zajęcia w centrach.',
    alreadyBooked: (number: string) => `Ta płatność została już przyjęta w kasie (paragon ${number}).`,
    alreadyPaid: 'Ta płatność jest już opłacona (np. linkiem lub przelewem).',
    notOpen: 'Ta płatność nie czeka na wpłatę (została anulowana).',
    wrongAmount: (expected: string) => `Kwota nie zgadza się z należnością (należy się ${expected}).`,
    methodMissing: 'Wybierz, czym zapłacono: gotówką czy kartą.',
    chargeMissing: 'Wybierz płatność do przyjęcia.',
  },
};
