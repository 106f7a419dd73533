// The terms as first published (accepted by accounts and orders until 30 Nov 2026), kept word
// for word so that what those buyers accepted stays readable at /regulamin/2026-11-01.
import type { LegalVersion } from '../document';

export const terms20261101: LegalVersion = {
  kind: 'terms',
  version: '2026-11-01',
  effectiveFrom: '2026-11-01',
  render: () => ({
    kind: 'terms',
    version: '2026-11-01',
    effectiveFrom: '2026-11-01',
    title: 'Regulamin serwisu Planeta',
    sections: [
      {
        id: 'postanowienia-ogolne',
        title: 'Postanowienia ogólne',
        clauses: [
          'Serwis Planeta prowadzi Planeta sp. z o.o. z siedzibą w Warszawie. Regulamin określa zasady korzystania z kursów online, zakupu kursów i pakietów oraz płatności.',
        ],
      },
      {
        id: 'konto',
        title: 'Konto',
        clauses: ['Do nauki i zakupów potrzebne jest konto. Użytkownik podaje prawdziwe dane i chroni swoje hasło.'],
      },
      {
        id: 'zakupy',
        title: 'Zakupy i płatności',
        clauses: [
          'Ceny podajemy brutto (z VAT). Płatności obsługuje PayU S.A. (BLIK, szybki przelew). Po zaksięgowaniu płatności wystawiamy fakturę VAT.',
        ],
      },
      {
        id: 'odstapienie',
        title: 'Odstąpienie od umowy',
        clauses: [
          'Konsument może odstąpić od umowy w ciągu 14 dni, chyba że przed upływem tego terminu wyraźnie zażądał rozpoczęcia świadczenia i przyjął do wiadomości utratę prawa odstąpienia (art. 38 pkt 13 ustawy o prawach konsumenta).',
        ],
      },
      {
        id: 'dane-osobowe',
        title: 'Dane osobowe',
        clauses: [
          'Dane przetwarzamy zgodnie z RODO, wyłącznie na terenie EOG. Każdy ma prawo dostępu do danych, ich poprawienia, usunięcia i przeniesienia.',
        ],
      },
    ],
    annexes: [],
  }),
};
