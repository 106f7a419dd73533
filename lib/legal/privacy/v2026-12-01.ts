// The privacy policy from 1 Dec 2026 (RODO art. 13): controller, purposes and legal bases per
// record type, recipients (PayU, e-mail delivery, hosting), retention, rights, children's data.
import type { LegalContext, LegalVersion } from '../document';
import { sellerIdentity } from '../shared-text';
import { privacy20261201En } from './v2026-12-01.en';

const VERSION = '2026-12-01';

export const privacy20261201: LegalVersion = {
  kind: 'privacy',
  version: VERSION,
  effectiveFrom: VERSION,
  translations: { en: privacy20261201En },
  render: (ctx: LegalContext) => {
    const s = ctx.seller;
    const u = ctx.urls;
    return {
      kind: 'privacy',
      version: VERSION,
      effectiveFrom: VERSION,
      title: 'Polityka prywatności platformy Planeta',
      intro:
        'Ta polityka wypełnia obowiązek informacyjny z art. 13 i 14 RODO wobec osób, których dane przetwarzamy na platformie Planeta: kupujących, rodziców, dzieci, uczestników szkoleń i osób piszących do nas.',
      sections: [
        {
          id: 'administrator',
          title: 'Administrator danych',
          clauses: [
            `Administratorem danych jest ${sellerIdentity(s)} („my”).`,
            `W sprawach danych osobowych można pisać na adres ${s.email}, dzwonić pod numer ${s.phone} lub pisać na adres ${s.addressLines.join(', ')}. Nie wyznaczyliśmy inspektora ochrony danych; sprawy danych prowadzi zespół obsługi klienta.`,
            'Danych uczestników pakietów grupowych administratorem jest firma, która kupiła pakiet; my przetwarzamy je w jej imieniu na podstawie umowy powierzenia (art. 28 RODO). W sprawie tych danych uczestnik może zwrócić się do firmy lub do nas — przekażemy sprawę firmie.',
          ],
        },
        {
          id: 'cele-i-podstawy',
          title: 'Jakie dane, w jakim celu i na jakiej podstawie',
          clauses: [
            {
              text: 'Konto i nauka — imię, nazwisko, adres e-mail, login, skrót hasła, postępy w kursach, wyniki testów i zaświadczenia:',
              points: [
                'prowadzenie Konta i dostarczanie kursów oraz pakietów — wykonanie umowy (art. 6 ust. 1 lit. b RODO),',
                'sprawdzanie autentyczności zaświadczeń na żądanie osób, którym je okazano — nasz prawnie uzasadniony interes (art. 6 ust. 1 lit. f RODO).',
              ],
            },
            {
              text: 'Zamówienia i płatności — dane kupującego i do faktury (imię i nazwisko lub nazwa firmy, NIP, adres), kwoty, identyfikatory transakcji PayU, zgoda na rozpoczęcie świadczenia przed upływem terminu odstąpienia:',
              points: [
                'zawarcie i wykonanie umowy — art. 6 ust. 1 lit. b RODO,',
                'wystawianie i przechowywanie faktur oraz dokumentacji księgowej — obowiązek prawny (art. 6 ust. 1 lit. c RODO w związku z ustawą o VAT, Ordynacją podatkową i ustawą o rachunkowości),',
                'ustalenie, dochodzenie i obrona roszczeń — art. 6 ust. 1 lit. f RODO.',
              ],
            },
            {
              text: 'Rodzice i dzieci — imię, e-mail, telefon (nieobowiązkowo) i kraj zamieszkania rodzica, imię, nazwisko i rok urodzenia dziecka, klasa, adres wysyłki lektur (Pakiet Premium):',
              points: [
                'wykonanie umowy zawartej z rodzicem — art. 6 ust. 1 lit. b RODO (zob. też punkt o danych dzieci).',
              ],
            },
            {
              text: 'Reklamacje, odstąpienia od umowy i wiadomości z formularza kontaktowego — imię i nazwisko, e-mail, treść, numer zamówienia:',
              points: [
                'rozpatrzenie reklamacji i odstąpienia — obowiązek prawny (art. 6 ust. 1 lit. c RODO w związku z ustawą o prawach konsumenta),',
                'odpowiedź na wiadomość — nasz prawnie uzasadniony interes w prowadzeniu korespondencji (art. 6 ust. 1 lit. f RODO), a gdy wiadomość dotyczy umowy — art. 6 ust. 1 lit. b RODO.',
              ],
            },
            {
              text: 'Bezpieczeństwo — liczniki nieudanych logowań, skrót adresu IP (przy formularzach kontaktu i reklamacji, aby ograniczyć nadużycia), dzienniki serwera:',
              points: ['ochrona Platformy i Kont przed nadużyciami — art. 6 ust. 1 lit. f RODO.'],
            },
            {
              text: 'Uczestnicy pakietów grupowych — imię, nazwisko, opcjonalnie e-mail i login, postępy i wynik testu końcowego, przekazywany firmie w raporcie końcowym:',
              points: ['przetwarzamy je na polecenie firmy (administratora), na podstawie umowy powierzenia.'],
            },
            'Podanie danych jest dobrowolne, ale bez danych oznaczonych w formularzach jako wymagane nie można założyć Konta, złożyć zamówienia ani otrzymać faktury. Nie podejmujemy decyzji opartych wyłącznie na zautomatyzowanym przetwarzaniu, w tym profilowaniu (art. 22 RODO), i nie wysyłamy informacji marketingowych.',
          ],
        },
        {
          id: 'odbiorcy',
          title: 'Odbiorcy danych',
          clauses: [
            {
              text: 'Dane przekazujemy tylko w zakresie potrzebnym do danego celu:',
              points: [
                'PayU S.A. z siedzibą w Poznaniu (ul. Grunwaldzka 186, 60-166 Poznań) — obsługa płatności i zwrotów; PayU jest odrębnym administratorem danych płatnika (zasady: https://poland.payu.com/privacy-portal/),',
                'dostawca usługi wysyłki poczty elektronicznej — doręczanie wiadomości z Platformy (podmiot przetwarzający),',
                'dostawca serwerów i bazy danych (hosting) w Polsce — przechowywanie danych (podmiot przetwarzający),',
                'biuro rachunkowe — księgowość i faktury (podmiot przetwarzający),',
                'operator pocztowy lub kurier — wysyłka lektur w Pakiecie Premium,',
                'firma, która kupiła pakiet grupowy — wyniki jej uczestników w raporcie końcowym,',
                'organy publiczne, gdy wymagają tego przepisy prawa.',
              ],
            },
            'Z podmiotami przetwarzającymi mamy zawarte umowy powierzenia; przetwarzają dane wyłącznie na nasze polecenie.',
          ],
        },
        {
          id: 'eog',
          title: 'Miejsce przetwarzania',
          clauses: [
            'Dane przechowujemy i przetwarzamy w Polsce i w Europejskim Obszarze Gospodarczym. Nie przekazujemy danych do państw trzecich ani organizacji międzynarodowych. Wiadomość e-mail wysłana do osoby mieszkającej poza EOG trafia do wybranego przez nią dostawcy poczty — na jej żądanie, w celu wykonania umowy (art. 49 ust. 1 lit. b RODO).',
          ],
        },
        {
          id: 'okresy',
          title: 'Jak długo przechowujemy dane',
          clauses: [
            {
              text: 'Okres zależy od rodzaju danych:',
              points: [
                'Konto, postępy w nauce i dane dzieci — przez czas prowadzenia Konta; po jego usunięciu dane potrzebne do obrony roszczeń — do upływu terminu przedawnienia (art. 118 Kodeksu cywilnego: co do zasady 6 lat, dla roszczeń związanych z prowadzeniem działalności gospodarczej 3 lata, z końcem roku kalendarzowego);',
                'zamówienia, płatności i faktury — 5 lat od końca roku kalendarzowego, w którym upłynął termin płatności podatku (art. 86 § 1 Ordynacji podatkowej, art. 112 ustawy o VAT), a dokumentacja księgowa — przez okres wymagany art. 74 ustawy o rachunkowości;',
                'numery i dane wydanych zaświadczeń — 5 lat od wydania, aby można było potwierdzić ich autentyczność;',
                'reklamacje i odstąpienia od umowy — tak długo jak dane zamówienia, którego dotyczą, a bez zamówienia — do upływu terminu przedawnienia roszczeń, nie dłużej niż 3 lata od odpowiedzi;',
                'wiadomości z formularza kontaktowego — rok od ostatniej wiadomości w sprawie;',
                'dane uczestników pakietów grupowych — do końca umowy powierzenia, a następnie usuwamy je lub zwracamy firmie zgodnie z tą umową;',
                'liczniki nieudanych logowań — do wygaśnięcia blokady (15 minut); skrót adresu IP zapisany przy wiadomości lub reklamacji — tak długo jak ona; dzienniki serwera — do 90 dni;',
                'kopie wysłanych wiadomości e-mail — 12 miesięcy.',
              ],
            },
          ],
        },
        {
          id: 'prawa',
          title: 'Twoje prawa',
          clauses: [
            'Masz prawo dostępu do swoich danych i otrzymania ich kopii (art. 15 RODO), ich sprostowania (art. 16), usunięcia (art. 17), ograniczenia przetwarzania (art. 18) i przeniesienia (art. 20), a wobec przetwarzania na podstawie prawnie uzasadnionego interesu — prawo sprzeciwu ze względu na szczególną sytuację (art. 21).',
            `Aby skorzystać z praw, napisz na adres ${s.email} lub przez formularz: ${u.contact}. Odpowiemy bez zbędnej zwłoki, nie później niż w ciągu miesiąca (art. 12 ust. 3 RODO).`,
            'Masz prawo wnieść skargę do Prezesa Urzędu Ochrony Danych Osobowych (ul. Stawki 2, 00-193 Warszawa, https://uodo.gov.pl), jeśli uważasz, że przetwarzamy Twoje dane niezgodnie z prawem.',
          ],
        },
        {
          id: 'dzieci',
          title: 'Dane dzieci',
          clauses: [
            'Umowę o pakiet dla dziecka zawiera rodzic lub opiekun; to on zakłada Konto dziecka, nadaje mu login i hasło i decyduje o korzystaniu z Platformy. Dane dziecka przetwarzamy w celu wykonania umowy z rodzicem (art. 6 ust. 1 lit. b RODO), a nie na podstawie zgody dziecka; nie oferujemy usług bezpośrednio dzieciom, które nie ukończyły 16 lat, bez udziału rodzica (art. 8 RODO).',
            'O dziecku zbieramy tylko to, co potrzebne do nauki: imię, nazwisko, rok urodzenia (przydział do klasy), login, postępy i wyniki. Nie profilujemy dzieci, nie wyświetlamy im reklam i nie przekazujemy ich danych w celach marketingowych.',
            'Prawa dziecka wykonuje rodzic lub opiekun; możesz w każdej chwili poprosić o wgląd w dane dziecka, ich poprawienie lub usunięcie Konta dziecka.',
          ],
        },
        {
          id: 'cookies',
          title: 'Pliki cookies',
          clauses: [
            'Używamy wyłącznie plików cookies niezbędnych do działania Platformy: sesji zalogowanego Użytkownika i zabezpieczeń formularzy. Nie używamy cookies analitycznych ani reklamowych; niezbędne cookies nie wymagają zgody. Można je usunąć w ustawieniach przeglądarki, co spowoduje wylogowanie.',
          ],
        },
        {
          id: 'zmiany',
          title: 'Zmiany polityki prywatności',
          clauses: [
            `Każda zmiana jest nową wersją oznaczoną datą; wersja obowiązująca jest pod adresem ${u.privacy}, a wcześniejsze pod adresem ${u.privacy}/<wersja>. Ta wersja (${VERSION}) obowiązuje od 1 grudnia 2026 r.`,
          ],
        },
      ],
      annexes: [],
    };
  },
};
