// The terms of the school licence for the matura planner (issue 23, seed
// planer-regulamin-licencji-szkolnej.txt, A1–A19): a B2B licence, a document of its own apart from
// the site's terms, attached as a PDF to the licence's pro-forma e-mail (§2.8: paying accepts it).
import type { LegalContext, LegalVersion } from '../document';
import { sellerIdentity } from '../shared-text';

const VERSION = 'licencja-2026-12-01';

export const schoolLicenceTerms: LegalVersion = {
  kind: 'terms',
  version: VERSION,
  effectiveFrom: '2026-12-01',
  render: (ctx: LegalContext) => {
    const s = ctx.seller;
    return {
      kind: 'terms',
      version: VERSION,
      effectiveFrom: '2026-12-01',
      title: 'Regulamin licencji szkolnej planera maturalnego',
      sections: [
        {
          id: 'postanowienia-ogolne',
          title: 'Postanowienia ogólne',
          clauses: [
            `Planer maturalny (Aplikacja) udostępnia w serwisie ${ctx.urls.site} ${sellerIdentity(s)} (Sprzedawca, Procesor) na zasadach odpłatnej, niewyłącznej licencji dostępowej.`,
            'Szkoła — instytucja oświatowa przeprowadzająca egzamin maturalny, posiadająca kod OKE; jest administratorem danych osobowych uczniów.',
            'Użytkownik — pracownik Szkoły korzystający z Aplikacji w jej imieniu.',
          ],
        },
        {
          id: 'licencja',
          title: 'Licencja dostępowa',
          clauses: [
            'Cena licencji bez rabatu wynosi 500 zł brutto (406,50 zł netto i 93,50 zł VAT według stawki 23%). Sprzedawca może udzielić Szkole rabatu.',
            'Licencja jest ważna od 1 września do 30 czerwca, na jeden egzamin maturalny; licencja przedłużona obowiązuje od 1 lipca.',
            'Zamówienie składa Użytkownik, wyłącznie w imieniu Szkoły, przez formularz w serwisie.',
            'Potwierdzenie zamówienia z fakturą pro forma (dane Sprzedawcy i Szkoły, cena, numer rachunku, termin zapłaty) Sprzedawca wysyła na podany adres e-mail; osobna wiadomość zawiera jednorazowy link do ustalenia hasła.',
            'Do zaksięgowania opłaty Aplikacja działa w ograniczonym zakresie: bez pobierania danych i generowania wydruków.',
            'Umowa zostaje zawarta z chwilą otrzymania płatności; zapłata oznacza akceptację Regulaminu.',
            'Zamówienie nieopłacone w terminie wskazanym w fakturze pro forma przestaje wiązać strony, a dostęp do Aplikacji zostaje zablokowany.',
            'Po otrzymaniu płatności Sprzedawca wystawia fakturę VAT i wysyła ją e-mailem; fakturę papierową wysyła na adres Szkoły, chyba że Szkoła wybrała eko fakturę.',
            'Od 1 czerwca Sprzedawca wystawia fakturę pro forma na przedłużenie licencji na kolejny egzamin maturalny.',
          ],
        },
        {
          id: 'warunki',
          title: 'Warunki licencji',
          clauses: [
            'Licencja uprawnia dowolną liczbę pracowników Szkoły do korzystania z Aplikacji na dowolnej liczbie komputerów.',
            'Licencja nie obejmuje udostępniania Aplikacji osobom trzecim, zmian jej kodu ani prób obejścia zabezpieczeń.',
            'Przerwy techniczne Sprzedawca planuje tak, by jak najmniej utrudniały pracę Szkoły, z dala od terminu deklaracji maturalnych i sesji egzaminacyjnej.',
            'Dane w Aplikacji nie zastępują papierowych deklaracji; dane przekazywane do OKE Szkoła sprawdza z dokumentami źródłowymi.',
          ],
        },
        {
          id: 'reklamacje',
          title: 'Reklamacje',
          clauses: [
            `Reklamację można złożyć na adres ${s.complaintsEmail} lub pisemnie na adres Sprzedawcy; powinna zawierać dane Szkoły i opis zastrzeżeń.`,
            'Sprzedawca rozpatruje reklamację w terminie 14 dni kalendarzowych.',
            'W zakresie dopuszczalnym przez prawo odpowiedzialność Sprzedawcy jest ograniczona do wysokości opłaty licencyjnej.',
          ],
        },
        {
          id: 'rozwiazanie',
          title: 'Rozwiązanie umowy',
          clauses: [
            'Umowa wygasa z upływem okresu licencji.',
            'Szkoła może rozwiązać umowę bez wypowiedzenia z powodu jej niewykonania lub nienależytego wykonania, po wezwaniu Sprzedawcy do należytego wykonania; przysługuje jej wtedy zwrot opłaty proporcjonalny do liczby dni pozostałych do 30 czerwca, z fakturą korygującą.',
            'Oświadczenia w tych sprawach można składać drogą elektroniczną.',
          ],
        },
        {
          id: 'dane-osobowe',
          title: 'Ochrona danych osobowych',
          clauses: [
            'Szkoła powierza Sprzedawcy dane osobowe z chwilą pierwszego importu danych; szczegóły określa odrębna umowa powierzenia przetwarzania danych, zawierana przed pierwszym importem.',
            'Powierzone dane są przetwarzane wyłącznie na potrzeby Aplikacji, na serwerach w Polsce.',
            'Po wygaśnięciu licencji Szkoła może usunąć dane uczniów, deklaracji i zespołów sama; w przeciwnym razie zostaną usunięte automatycznie w ciągu 30 dni (do tego czasu są dostępne do odczytu i eksportu).',
          ],
        },
        {
          id: 'postanowienia-koncowe',
          title: 'Postanowienia końcowe',
          clauses: [
            'Zmiany Regulaminu są publikowane w serwisie; Szkoła, która ich nie akceptuje, może odstąpić od umowy ze zwrotem proporcjonalnej części opłaty.',
            'Spory rozstrzyga sąd powszechny właściwy dla siedziby Sprzedawcy.',
          ],
        },
      ],
      annexes: [],
    };
  },
};

/** The licence terms by version (one so far); null for another id. */
export const findLicenceTerms = (version: string): LegalVersion | null =>
  version === schoolLicenceTerms.version ? schoolLicenceTerms : null;
