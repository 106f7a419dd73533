// Wording every legal document repeats: the seller's full identification and the model
// withdrawal form of annex 2 to the consumer rights act (u.p.k.), filled with the seller.
import { formatMoney } from '@/lib/format/money';
import { isLocale, messages } from '@/lib/i18n';
import type { Seller } from '@/lib/invoices/seller-env';
import type { LegalAnnex } from './document';

/**
 * "Planeta sp. z o.o. z siedzibą …, wpisana do rejestru … KRS … (sąd rejestrowy …), NIP …,
 * kapitał zakładowy …" as one phrase: what art. 206 § 1 KSH asks of a company's website.
 */
export function sellerIdentity(s: Seller): string {
  return (
    `${s.name} z siedzibą pod adresem ${s.addressLines.join(', ')}, wpisana do rejestru przedsiębiorców ` +
    `Krajowego Rejestru Sądowego pod numerem KRS ${s.krs}` +
    (s.registryCourt ? ` (sąd rejestrowy: ${s.registryCourt})` : '') +
    `, NIP ${s.nip}` +
    (s.shareCapital !== undefined ? `, kapitał zakładowy ${formatMoney(s.shareCapital)}` : '')
  );
}

/**
 * The registry court and share capital as one line for an address block, or null without either;
 * in the reader's `locale` (the court's name is a proper name and stays as registered).
 */
export function sellerRegistration(s: Seller, locale?: string): string | null {
  const m = isLocale(locale) && locale !== 'pl' ? messages(locale).emailsOrders.orderPaid.contract : null;
  const parts = [
    s.registryCourt ? (m ? m.registryCourt(s.registryCourt) : `Sąd rejestrowy: ${s.registryCourt}`) : null,
    s.shareCapital !== undefined
      ? m
        ? m.shareCapital(formatMoney(s.shareCapital, 'PLN', locale))
        : `kapitał zakładowy ${formatMoney(s.shareCapital)}`
      : null,
  ].filter((p): p is string => p !== null);
  return parts.length > 0 ? parts.join(', ') : null;
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

// English courtesy translations of the wording above, for the translated documents (the Polish
// wording is the binding one).

/** sellerIdentity in English. */
export function sellerIdentityEn(s: Seller): string {
  return (
    `${s.name}, registered office at ${s.addressLines.join(', ')}, entered in the register of entrepreneurs ` +
    `of the National Court Register under KRS number ${s.krs}` +
    (s.registryCourt ? ` (registry court: ${s.registryCourt})` : '') +
    `, tax identification number (NIP) ${s.nip}` +
    (s.shareCapital !== undefined ? `, share capital ${formatMoney(s.shareCapital, 'PLN', 'en')}` : '')
  );
}

/** withdrawalForm in English: the model form of annex 2 to the u.p.k. (Annex I(B) to Directive 2011/83/EU). */
export function withdrawalFormEn(s: Seller): LegalAnnex {
  return {
    id: 'formularz-odstapienia',
    title: 'Annex — model withdrawal form',
    lines: [
      '(complete and return this form only if you wish to withdraw from the contract)',
      `To: ${s.name}, ${s.addressLines.join(', ')}, e-mail: ${s.complaintsEmail}`,
      'I/We(*) hereby give notice that I/We(*) withdraw from my/our(*) contract for the supply of the following digital content(*)/for the provision of the following service(*): ……………………………',
      'Date the contract was concluded: ……………… Order number (if known): ………………',
      'Name of consumer(s): ……………………………',
      'Address of consumer(s): ……………………………',
      'Signature of consumer(s) (only if this form is notified on paper): ………………',
      'Date: ………………',
      '(*) Delete as appropriate.',
    ],
  };
}

/** resignationForm in English. */
export function resignationFormEn(s: Seller): LegalAnnex {
  return {
    id: 'formularz-wypowiedzenia',
    title: 'Annex 1 — model notice of termination of a subject package contract',
    lines: [
      '(you may, but need not, use this model; you can also resign with the button on the family page)',
      `To: ${s.name}, ${s.addressLines.join(', ')}, e-mail: ${s.complaintsEmail}`,
      "I hereby terminate the subject package contract for the child (child's full name): ……………………………",
      'Package and school year: ……………… Order number (if known): ………………',
      "Parent's full name and the account's e-mail address: ……………………………",
      'The termination takes effect at the end of the month in which it is given; please send the refund for the unused months by the same means of payment.',
      'Signature (only if this notice is sent on paper): ……………… Date: ………………',
    ],
  };
}
