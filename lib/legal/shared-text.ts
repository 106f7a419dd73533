// Wording every legal document repeats: the seller's full identification and the model
// withdrawal form of annex 2 to the consumer rights act (u.p.k.), filled with the seller.
import type { Seller } from '@/lib/invoices/seller-env';
import type { LegalAnnex } from './document';

/** "Planeta sp. z o.o. z siedzibą …, KRS …, NIP …" as one phrase. */
export function sellerIdentity(s: Seller): string {
  return (
    `${s.name} z siedzibą pod adresem ${s.addressLines.join(', ')}, wpisana do rejestru przedsiębiorców ` +
    `Krajowego Rejestru Sądowego pod numerem KRS ${s.krs}, NIP ${s.nip}`
  );
}

/** Annex 2 to the u.p.k., as the law words it, addressed to the seller. */
export function withdrawalForm(s: Seller): LegalAnnex {
  return {
    id: 'formularz-odstapienia',
    title: 'Załącznik — wzór formularza odstąpienia od umowy',
    lines: [
      '(formularz ten należy wypełnić i odesłać tylko w przypadku chęci odstąpienia od umowy)',
      `Adresat: ${s.name}, ${s.addressLines.join(', ')}, e-mail: ${s.complaintsEmail}`,
      'Ja/My(*) niniejszym informuję/informujemy(*) o moim/naszym odstąpieniu od umowy o dostarczanie następujących treści cyfrowych(*)/umowy o świadczenie następującej usługi(*): ……………………………',
      'Data zawarcia umowy: ……………… Numer zamówienia (jeśli znany): ………………',
      'Imię i nazwisko konsumenta(-ów): ……………………………',
      'Adres konsumenta(-ów): ……………………………',
      'Podpis konsumenta(-ów) (tylko jeżeli formularz jest przesyłany w wersji papierowej): ………………',
      'Data: ………………',
      '(*) Niepotrzebne skreślić.',
    ],
  };
}

/** Annex 1 (from the parents' packages' source terms): the resignation from a package, §9 ust. 3. */
export function resignationForm(s: Seller): LegalAnnex {
  return {
    id: 'formularz-wypowiedzenia',
    title: 'Załącznik nr 1 — wzór oświadczenia o wypowiedzeniu umowy o Pakiet przedmiotowy',
    lines: [
      '(z wzoru można, ale nie trzeba korzystać; rezygnację można też złożyć przyciskiem na stronie rodziny)',
      `Adresat: ${s.name}, ${s.addressLines.join(', ')}, e-mail: ${s.complaintsEmail}`,
      'Niniejszym wypowiadam umowę o Pakiet przedmiotowy dla dziecka (imię i nazwisko dziecka): ……………………………',
      'Pakiet i rok szkolny: ……………… Numer zamówienia (jeśli znany): ………………',
      'Imię i nazwisko Rodzica oraz adres e-mail konta: ……………………………',
      'Wypowiedzenie jest skuteczne z końcem miesiąca, w którym zostało złożone; zwrot za niewykorzystane miesiące proszę przesłać tym samym sposobem płatności.',
      'Podpis (tylko jeżeli oświadczenie jest przesyłane w wersji papierowej): ……………… Data: ………………',
    ],
  };
}
