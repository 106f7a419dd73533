import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'Polityka prywatności' };

export default function PrivacyPage() {
  return (
    <article className="card max-w-3xl space-y-4">
      <h1 className="h1">Polityka prywatności</h1>
      <p>
        Administratorem danych jest Planeta sp. z o.o. Przetwarzamy imię, nazwisko, adres e-mail, login i wyniki nauki,
        aby prowadzić kursy, rozliczać zamówienia i wystawiać zaświadczenia.
      </p>
      <p>
        Dane przechowujemy w Polsce lub innym państwie EOG. Dane uczestników zakupów grupowych przetwarzamy na podstawie
        umowy powierzenia zawartej z firmą.
      </p>
      <p>
        Masz prawo dostępu do danych, ich sprostowania, usunięcia, ograniczenia przetwarzania i przeniesienia oraz
        wniesienia skargi do Prezesa UODO.
      </p>
    </article>
  );
}
