import type { Metadata } from 'next';
import { TERMS_VERSION } from '@/lib/auth/terms';

export const metadata: Metadata = { title: 'Regulamin' };

export default function TermsPage() {
  return (
    <article className="card prose max-w-3xl space-y-4">
      <h1 className="h1">Regulamin serwisu Planeta</h1>
      <p className="muted">Wersja z dnia {TERMS_VERSION}.</p>
      <h2 className="h2">§1. Postanowienia ogólne</h2>
      <p>
        Serwis Planeta prowadzi Planeta sp. z o.o. z siedzibą w Warszawie. Regulamin określa zasady korzystania z kursów
        online, zakupu kursów i pakietów oraz płatności.
      </p>
      <h2 className="h2">§2. Konto</h2>
      <p>Do nauki i zakupów potrzebne jest konto. Użytkownik podaje prawdziwe dane i chroni swoje hasło.</p>
      <h2 className="h2">§3. Zakupy i płatności</h2>
      <p>
        Ceny podajemy brutto (z VAT). Płatności obsługuje PayU S.A. (BLIK, szybki przelew). Po zaksięgowaniu płatności
        wystawiamy fakturę VAT.
      </p>
      <h2 className="h2">§4. Odstąpienie od umowy</h2>
      <p>
        Konsument może odstąpić od umowy w ciągu 14 dni, chyba że przed upływem tego terminu wyraźnie zażądał
        rozpoczęcia świadczenia i przyjął do wiadomości utratę prawa odstąpienia (art. 38 pkt 13 ustawy o prawach
        konsumenta).
      </p>
      <h2 className="h2">§5. Dane osobowe</h2>
      <p>
        Dane przetwarzamy zgodnie z RODO, wyłącznie na terenie EOG. Każdy ma prawo dostępu do danych, ich poprawienia,
        usunięcia i przeniesienia.
      </p>
    </article>
  );
}
