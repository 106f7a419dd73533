// The privacy policy as first published, kept word for word (/prywatnosc/2026-11-01).
import type { LegalVersion } from '../document';

export const privacy20261101: LegalVersion = {
  kind: 'privacy',
  version: '2026-11-01',
  effectiveFrom: '2026-11-01',
  render: () => ({
    kind: 'privacy',
    version: '2026-11-01',
    effectiveFrom: '2026-11-01',
    title: 'Polityka prywatności',
    sections: [
      {
        id: 'informacje',
        title: 'Informacje',
        clauses: [
          'Administratorem danych jest Planeta sp. z o.o. Przetwarzamy imię, nazwisko, adres e-mail, login i wyniki nauki, aby prowadzić kursy, rozliczać zamówienia i wystawiać zaświadczenia.',
          'Dane przechowujemy w Polsce lub innym państwie EOG. Dane uczestników zakupów grupowych przetwarzamy na podstawie umowy powierzenia zawartej z firmą.',
          'Masz prawo dostępu do danych, ich sprostowania, usunięcia, ograniczenia przetwarzania i przeniesienia oraz wniesienia skargi do Prezesa UODO.',
        ],
      },
    ],
    annexes: [],
  }),
};
