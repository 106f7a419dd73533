// The terms from 1 Dec 2026: courses, group packages (with the data-processing agreement) and
// parents' packages, written from the source regulations and the consumer rights act (u.p.k.).
// The package rules computed from code constants stay on /rodzina/regulamin and are linked.
import type { LegalContext, LegalVersion } from '../document';
import { sellerIdentity, withdrawalForm } from '../shared-text';
import { terms20261201En } from './v2026-12-01.en';

const VERSION = '2026-12-01';

export const terms20261201: LegalVersion = {
  kind: 'terms',
  version: VERSION,
  effectiveFrom: VERSION,
  translations: { en: terms20261201En },
  render: (ctx: LegalContext) => {
    const s = ctx.seller;
    const u = ctx.urls;
    return {
      kind: 'terms',
      version: VERSION,
      effectiveFrom: VERSION,
      title: 'Regulamin sprzedaży i świadczenia usług platformy Planeta',
      intro:
        'Regulamin jest regulaminem świadczenia usług drogą elektroniczną w rozumieniu art. 8 ustawy z dnia 18 lipca 2002 r. o świadczeniu usług drogą elektroniczną oraz określa zasady zawierania umów sprzedaży kursów online, pakietów grupowych i pakietów przedmiotowych dla dzieci.',
      sections: [
        {
          id: 'postanowienia-ogolne',
          title: 'Postanowienia ogólne i dane Sprzedawcy',
          clauses: [
            `Platformę Planeta, dostępną pod adresem ${u.site}, prowadzi ${sellerIdentity(s)} („Sprzedawca”).`,
            {
              text: 'Ze Sprzedawcą można się kontaktować:',
              points: [
                `pocztą elektroniczną: ${s.email} (sprawy ogólne) oraz ${s.complaintsEmail} (reklamacje i odstąpienia od umowy),`,
                `telefonicznie: ${s.phone} (w dni robocze w godzinach 9:00–17:00, opłata według cennika operatora),`,
                `pisemnie: ${s.addressLines.join(', ')},`,
                `przez formularz kontaktowy: ${u.contact}.`,
              ],
            },
            `Regulamin jest udostępniony nieodpłatnie pod adresem ${u.terms} w formie, która umożliwia jego pobranie, utrwalenie i wydrukowanie. Przed zawarciem umowy Klient akceptuje Regulamin; jego treść w wersji zaakceptowanej Sprzedawca przesyła Klientowi wraz z potwierdzeniem zawarcia umowy.`,
            'Umowy zawierane są w języku polskim.',
          ],
        },
        {
          id: 'definicje',
          title: 'Definicje',
          clauses: [
            {
              text: 'Użyte w Regulaminie określenia oznaczają:',
              points: [
                'Platforma — serwis internetowy Planeta, w którym Sprzedawca udostępnia kursy online i pakiety;',
                'Użytkownik — osoba korzystająca z Platformy, w tym Uczestnik i Dziecko;',
                'Klient — osoba fizyczna, osoba prawna lub jednostka organizacyjna, która zawiera ze Sprzedawcą umowę za pośrednictwem Platformy;',
                'Konsument — osoba fizyczna dokonująca ze Sprzedawcą czynności prawnej niezwiązanej bezpośrednio z jej działalnością gospodarczą lub zawodową (art. 22¹ Kodeksu cywilnego);',
                'Przedsiębiorca na prawach konsumenta — osoba fizyczna zawierająca umowę bezpośrednio związaną z jej działalnością gospodarczą, gdy z treści umowy wynika, że nie ma ona dla niej charakteru zawodowego (art. 38a ustawy o prawach konsumenta); postanowienia Regulaminu dotyczące Konsumentów stosuje się do niej w zakresie odstąpienia od umowy i reklamacji;',
                'Konto — indywidualny, chroniony hasłem dostęp Użytkownika do Platformy;',
                'Kurs — kurs online (treść cyfrowa: nagrania, materiały, test końcowy i zaświadczenie) sprzedawany jednej osobie;',
                'Pakiet grupowy — dostęp do Kursu dla 30, 100, 250, 500 lub 1000 kont Uczestników, kupowany przez firmę, organizację lub szkołę;',
                'Administrator firmy — osoba, która w imieniu Klienta kupującego Pakiet grupowy zarządza nim na Platformie;',
                'Uczestnik — osoba, dla której Klient kupił dostęp w ramach Pakietu grupowego;',
                'Pakiet przedmiotowy — roczny dostęp Dziecka do szkoły polskiej online (Pakiet Na Start, Mini, Standard lub Premium);',
                'Rodzic — rodzic, opiekun prawny lub inna pełnoletnia osoba, która zawiera umowę o Pakiet przedmiotowy dla Dziecka;',
                'Dziecko — osoba niepełnoletnia korzystająca z Platformy na podstawie umowy zawartej przez Rodzica i za jego zgodą;',
                'Umowa powierzenia — umowa powierzenia przetwarzania danych osobowych Uczestników (art. 28 RODO), zawierana między Klientem kupującym Pakiet grupowy a Sprzedawcą;',
                'Zamówienie — oświadczenie woli Klienta zmierzające do zawarcia umowy, złożone przez formularz zamówienia;',
                'RODO — rozporządzenie Parlamentu Europejskiego i Rady (UE) 2016/679 z dnia 27 kwietnia 2016 r.;',
                'u.p.k. — ustawa z dnia 30 maja 2014 r. o prawach konsumenta.',
              ],
            },
          ],
        },
        {
          id: 'wymagania-techniczne',
          title: 'Wymagania techniczne',
          clauses: [
            {
              text: 'Do korzystania z Platformy potrzebne są:',
              points: [
                'urządzenie z dostępem do internetu (zalecane łącze co najmniej 5 Mb/s dla nagrań wideo),',
                'aktualna wersja przeglądarki Chrome, Firefox, Safari lub Edge z włączoną obsługą JavaScript i plików cookies niezbędnych do logowania,',
                'aktywny adres e-mail,',
                'program do odczytu plików PDF (faktury, zaświadczenia, umowa powierzenia), a dla Pakietu grupowego — arkusz kalkulacyjny obsługujący pliki CSV lub XLSX (lista Uczestników).',
              ],
            },
            'Korzystanie z internetu wiąże się z typowymi zagrożeniami (np. złośliwe oprogramowanie, przechwycenie hasła). Użytkownik nie udostępnia hasła osobom trzecim; Sprzedawca nigdy nie prosi o hasło w wiadomościach e-mail.',
            'Zabronione jest dostarczanie przez Użytkownika treści o charakterze bezprawnym, w tym obraźliwych lub naruszających prawa innych osób.',
          ],
        },
        {
          id: 'konto',
          title: 'Konto i usługi świadczone drogą elektroniczną',
          clauses: [
            'Sprzedawca świadczy nieodpłatnie usługi: prowadzenia Konta, koszyka, formularza zamówienia, formularza kontaktowego i formularza reklamacji. Umowa o prowadzenie Konta zostaje zawarta na czas nieokreślony z chwilą rejestracji; pozostałe usługi — na czas korzystania z nich.',
            'Rejestrując się, Użytkownik podaje prawdziwe dane i akceptuje Regulamin w wersji obowiązującej. Nową wersję Regulaminu (§ 15) Użytkownik akceptuje przy najbliższym zakupie po jej wejściu w życie.',
            'Konta Uczestników tworzy Sprzedawca na podstawie listy przesłanej przez Klienta (§ 8), a konta Dzieci — Rodzic (§ 9).',
            `Użytkownik może w każdej chwili wypowiedzieć umowę o prowadzenie Konta, pisząc na adres ${s.email}; wypowiedzenie nie wpływa na opłacone umowy, których wykonanie wymaga Konta — Konto zostaje usunięte po ich zakończeniu.`,
            'Sprzedawca może wypowiedzieć umowę o prowadzenie Konta z zachowaniem 14-dniowego terminu, a zablokować Konto niezwłocznie, gdy Użytkownik rażąco narusza Regulamin (w szczególności § 3 ust. 3 lub § 14), po bezskutecznym wezwaniu do zaprzestania naruszeń wysłanym e-mailem.',
          ],
        },
        {
          id: 'zawarcie-umowy',
          title: 'Zawarcie umowy',
          clauses: [
            'Informacje o Kursach i pakietach na Platformie są zaproszeniem do zawarcia umowy (art. 71 Kodeksu cywilnego).',
            'Aby złożyć Zamówienie, Klient dodaje Kurs lub Pakiet grupowy do koszyka (Pakiet przedmiotowy wybiera na stronie rodziny), loguje się lub zakłada Konto, podaje dane do faktury lub potwierdzenia zakupu, a Konsument może wyrazić zgodę, o której mowa w § 10 ust. 3.',
            'Zamówienie zostaje złożone po kliknięciu przycisku „Zamawiam i płacę” (lub równoznacznego), który oznacza obowiązek zapłaty. Z tą chwilą zostaje zawarta umowa.',
            'Niezwłocznie po zawarciu umowy Sprzedawca przesyła Klientowi na adres e-mail potwierdzenie jej zawarcia na trwałym nośniku (art. 21 u.p.k.): przedmiot, cenę, dane Sprzedawcy, wersję Regulaminu oraz, dla Konsumenta, potwierdzenie zgody z § 10 ust. 3 albo pouczenie o prawie odstąpienia wraz ze wzorem formularza.',
          ],
        },
        {
          id: 'ceny-i-platnosci',
          title: 'Ceny i płatności',
          clauses: [
            'Ceny są cenami brutto (zawierają VAT). Kursy i Pakiety grupowe są wyceniane w złotych; Pakiety przedmiotowe — w walucie wyznaczonej przez kraj zamieszkania Rodzica (PLN, GBP, EUR lub USD), zgodnie z regulaminem pakietów.',
            'Płatności obsługuje PayU S.A. z siedzibą w Poznaniu (ul. Grunwaldzka 186, 60-166 Poznań), krajowa instytucja płatnicza nadzorowana przez Komisję Nadzoru Finansowego. Dostępne metody płatności (BLIK, szybki przelew internetowy, karta płatnicza) zależą od waluty Zamówienia i są wskazane w formularzu zamówienia.',
            'Płatność jest wymagalna przy składaniu Zamówienia. Zamówienie, za które płatność nie została zaksięgowana, nie jest realizowane; Klient może ponowić płatność ze strony Zamówienia.',
            'Po zaksięgowaniu płatności Sprzedawca wystawia fakturę VAT w postaci elektronicznej, dostępną do pobrania na stronie Zamówienia; Klient akceptuje tę postać faktury.',
            'Sprzedawca nie pobiera opłat za korzystanie z metod płatności.',
          ],
        },
        {
          id: 'kursy',
          title: 'Kursy online — dostarczenie treści cyfrowych',
          clauses: [
            'Dostęp do Kursu Sprzedawca udostępnia na Koncie Klienta niezwłocznie po zaksięgowaniu płatności, nie później niż w ciągu 24 godzin, i informuje o tym e-mailem z odnośnikiem do Kursu.',
            'Okres dostępu do Kursu jest podany na stronie Kursu i w potwierdzeniu zamówienia; gdy nie jest podany, dostęp jest bezterminowy przez czas prowadzenia Platformy.',
            'Po zaliczeniu testu końcowego Użytkownik może pobrać zaświadczenie o ukończeniu Kursu w formacie PDF, z numerem pozwalającym sprawdzić jego autentyczność.',
          ],
        },
        {
          id: 'pakiety-grupowe',
          title: 'Pakiety grupowe',
          clauses: [
            'Pakiet grupowy daje dostęp do Kursu dla wybranej liczby kont Uczestników: 30, 100, 250, 500 albo 1000. Klient wybiera pakiet nie mniejszy niż liczba Uczestników; niewykorzystane konta może wykorzystać później, np. dla nowych pracowników, w okresie dostępu do Kursu.',
            {
              text: 'Udostępnienie szkolenia przebiega w sześciu krokach:',
              points: [
                'zakup Pakietu grupowego (§ 5 i § 6) i przejście do strony grupy;',
                'zawarcie Umowy powierzenia: Klient pobiera projekt umowy, uzupełnia dane firmy i daty, podpisuje go i przesyła skan przez Platformę; Sprzedawca sprawdza umowę i przyjmuje ją albo podaje, co trzeba poprawić;',
                'przesłanie listy Uczestników na szablonie pobranym z Platformy: wymagane są imię i nazwisko, opcjonalne adres e-mail, login i hasło;',
                'utworzenie kont: brakujące loginy i hasła są generowane automatycznie, a o utworzeniu kont Klient jest informowany e-mailem;',
                'nauka Uczestników: za przekazanie Uczestnikom danych logowania odpowiada Klient; Uczestnik może zacząć od razu, a po zaliczeniu testu końcowego pobrać zaświadczenie;',
                'raport końcowy: po upływie 2 miesięcy od udostępnienia szkolenia Sprzedawca sporządza raport z listą Uczestników i ich wynikami testu końcowego.',
              ],
            },
            'Konta Uczestników nie powstaną przed przyjęciem Umowy powierzenia: dane Uczestników Sprzedawca przetwarza wyłącznie na podstawie tej umowy, jako podmiot przetwarzający, na polecenie Klienta będącego administratorem tych danych.',
            'Uczestnicy mają dostęp do Kursu przez 2 miesiące od utworzenia ich kont.',
            'Klient zapewnia, że ma podstawę prawną do przekazania danych Uczestników i że poinformował ich o przetwarzaniu.',
          ],
        },
        {
          id: 'pakiety-dla-dzieci',
          title: 'Pakiety przedmiotowe dla dzieci',
          clauses: [
            `Szczegółowe zasady Pakietów przedmiotowych — zakres pakietów, ceny w każdej walucie, rabat dla rodzeństwa, dodatki, okres testowy i sposób przydziału do klasy — określa Regulamin pakietów przedmiotowych dla dzieci (${u.familyTerms}), który jest częścią niniejszego Regulaminu.`,
            'Pakiet obejmuje rok szkolny od 1 września do 30 czerwca; Rodzic, który opłaci Pakiet przed 1 września, do początku roku szkolnego ma dostęp do platformy przygotowawczej. Po opłaceniu Pakietu nie można go zmienić.',
            'Rodzic może wypowiedzieć umowę o Pakiet w każdej chwili; wypowiedzenie jest skuteczne z końcem miesiąca, w którym zostało złożone, a Sprzedawca zwraca opłatę za niewykorzystane miesiące roku szkolnego (opłata ÷ 10 × liczba pozostałych miesięcy), bez zwrotu przy płatności w ratach. Samo zaprzestanie korzystania z Platformy nie jest wypowiedzeniem.',
            'Niezależnie od ust. 3 Rodzic może odstąpić od umowy o Pakiet w ciągu 14 dni od zapłaty bez podania przyczyny i otrzymuje zwrot całej opłaty, także gdy Dziecko zaczęło już naukę.',
            'Dziecko korzysta z Platformy wyłącznie za zgodą Rodzica, loginem i hasłem nadanym przez Rodzica; Rodzic odpowiada za sposób korzystania z Konta Dziecka.',
          ],
        },
        {
          id: 'odstapienie',
          title: 'Prawo odstąpienia od umowy',
          clauses: [
            'Konsument może odstąpić od umowy zawartej na odległość w terminie 14 dni bez podawania przyczyny. Termin biegnie od dnia zawarcia umowy.',
            'Do zachowania terminu wystarczy wysłanie oświadczenia przed jego upływem.',
            'Prawo odstąpienia nie przysługuje w przypadku umowy o dostarczanie treści cyfrowych niedostarczanych na nośniku materialnym (Kurs), jeżeli spełnianie świadczenia rozpoczęło się za wyraźną i uprzednią zgodą Konsumenta, który został poinformowany przed rozpoczęciem świadczenia, że po jego spełnieniu utraci prawo odstąpienia, i przyjął to do wiadomości, a Sprzedawca przekazał mu potwierdzenie (art. 38 ust. 1 pkt 13 u.p.k.). Zgodę Konsument wyraża w formularzu zamówienia, zaznaczając osobne, niezaznaczone domyślnie pole; bez tej zgody dostęp do Kursu jest udostępniany po zapłacie, a prawo odstąpienia zostaje zachowane przez 14 dni.',
            'Konsument, który zażądał rozpoczęcia świadczenia usługi przed upływem terminu do odstąpienia, a następnie odstąpił od umowy, płaci za świadczenia spełnione do chwili odstąpienia (art. 35 u.p.k.). Przy Pakietach przedmiotowych Sprzedawca z tego nie korzysta i zwraca całą opłatę (§ 9 ust. 4).',
            {
              text: 'Aby odstąpić od umowy, Konsument składa jednoznaczne oświadczenie:',
              points: [
                `e-mailem na adres ${s.complaintsEmail},`,
                `pisemnie na adres ${s.addressLines.join(', ')},`,
                `przez formularz kontaktowy (${u.contact}).`,
              ],
            },
            'Konsument może, ale nie musi, skorzystać ze wzoru formularza odstąpienia od umowy stanowiącego załącznik do Regulaminu (załącznik nr 2 do u.p.k.). Sprzedawca niezwłocznie potwierdza e-mailem otrzymanie oświadczenia.',
            'Sprzedawca zwraca wszystkie otrzymane płatności niezwłocznie, nie później niż w terminie 14 dni od dnia otrzymania oświadczenia, przy użyciu takiego samego sposobu zapłaty, jakiego użył Konsument (zwrot przez PayU), chyba że Konsument zgodzi się na inny sposób niewiążący się dla niego z kosztami. Z chwilą odstąpienia dostęp objęty umową wygasa.',
            'Prawo odstąpienia nie przysługuje Klientom, którzy nie są Konsumentami ani Przedsiębiorcami na prawach konsumenta, w szczególności firmom kupującym Pakiety grupowe.',
          ],
        },
        {
          id: 'reklamacje',
          title: 'Reklamacje',
          clauses: [
            'Sprzedawca odpowiada wobec Konsumenta za zgodność Kursu, Pakietu i usług Platformy z umową na zasadach rozdziału 5b u.p.k. (treści i usługi cyfrowe), a wobec pozostałych Klientów — na zasadach Kodeksu cywilnego, z tym że odpowiedzialność wobec nich jest ograniczona do wysokości zapłaconej ceny, o ile nie jest to szkoda wyrządzona umyślnie.',
            {
              text: 'Reklamację można złożyć:',
              points: [
                `przez formularz reklamacji: ${u.complaints} (także bez logowania),`,
                `e-mailem na adres ${s.complaintsEmail},`,
                `pisemnie na adres ${s.addressLines.join(', ')}.`,
              ],
            },
            'Reklamacja powinna zawierać imię i nazwisko, adres e-mail, numer Zamówienia (jeśli dotyczy), opis problemu i żądanie (np. przywrócenie dostępu, usunięcie błędu w materiałach, obniżenie ceny, zwrot płatności). Braki nie powodują pozostawienia reklamacji bez rozpatrzenia; Sprzedawca może poprosić o uzupełnienie.',
            'W razie braku zgodności z umową Konsument może żądać doprowadzenia treści lub usługi cyfrowej do zgodności z umową, a gdy to niemożliwe, nie nastąpiło w rozsądnym czasie lub brak zgodności jest istotny — złożyć oświadczenie o obniżeniu ceny albo o odstąpieniu od umowy (art. 43m u.p.k.).',
            'Sprzedawca odpowiada na reklamację na trwałym nośniku (e-mailem, a reklamację złożoną pisemnie — także pisemnie, jeśli Klient o to poprosi) w terminie 14 dni od dnia jej otrzymania. Jeżeli Sprzedawca nie odpowie na reklamację Konsumenta w tym terminie, uważa się, że ją uznał (art. 7a u.p.k.). Odpowiedź na reklamację dotyczącą Zamówienia jest też widoczna na stronie tego Zamówienia.',
            'Reklamacje dotyczące samej płatności (np. podwójne obciążenie) Sprzedawca rozpatruje wspólnie z PayU S.A.; nie wydłuża to terminu z ust. 5.',
          ],
        },
        {
          id: 'pozasadowe',
          title: 'Pozasądowe sposoby rozpatrywania reklamacji i dochodzenia roszczeń',
          clauses: [
            {
              text: 'Konsument może skorzystać z pozasądowych sposobów rozwiązywania sporów, w szczególności:',
              points: [
                'zwrócić się o bezpłatną pomoc do powiatowego (miejskiego) rzecznika konsumentów lub organizacji społecznej chroniącej konsumentów (np. Federacji Konsumentów, Stowarzyszenia Konsumentów Polskich),',
                'złożyć wniosek o mediację do wojewódzkiego inspektora Inspekcji Handlowej,',
                'złożyć wniosek o rozstrzygnięcie sporu do stałego polubownego sądu konsumenckiego przy wojewódzkim inspektorze Inspekcji Handlowej,',
                'w sporach transgranicznych (np. Rodzice mieszkający w innym państwie UE) zwrócić się do Europejskiego Centrum Konsumenckiego w Polsce (konsument.gov.pl).',
              ],
            },
            'Informacje o tych sposobach i procedurach są dostępne na stronie Urzędu Ochrony Konkurencji i Konsumentów: https://uokik.gov.pl (zakładka o pozasądowym rozwiązywaniu sporów konsumenckich). Platforma ODR Komisji Europejskiej zakończyła działalność 20 lipca 2025 r. i nie przyjmuje już skarg.',
            'Skorzystanie z pozasądowych sposobów jest dobrowolne i nie wyłącza drogi sądowej.',
          ],
        },
        {
          id: 'dane-osobowe',
          title: 'Dane osobowe',
          clauses: [
            `Administratorem danych osobowych Klientów, Rodziców, Dzieci i Użytkowników, którzy sami założyli Konto, jest Sprzedawca. Cele, podstawy prawne, odbiorców, okresy przechowywania i prawa osób, których dane dotyczą, opisuje Polityka prywatności: ${u.privacy}.`,
            'Danych Uczestników Pakietów grupowych administratorem jest Klient; Sprzedawca przetwarza je jako podmiot przetwarzający na podstawie Umowy powierzenia (§ 8 ust. 3).',
          ],
        },
        {
          id: 'prawa-autorskie',
          title: 'Prawa autorskie',
          clauses: [
            'Materiały dostępne na Platformie (teksty, nagrania, grafiki, testy) są chronione prawem autorskim. Użytkownik może z nich korzystać wyłącznie na własny użytek w ramach Kursu lub Pakietu.',
            'Niedozwolone jest udostępnianie Konta lub materiałów osobom trzecim, ich kopiowanie i rozpowszechnianie poza granicami dozwolonego użytku osobistego; stanowi to rażące naruszenie Regulaminu.',
          ],
        },
        {
          id: 'zmiany',
          title: 'Zmiany Regulaminu',
          clauses: [
            'Sprzedawca może zmienić Regulamin z ważnych przyczyn: zmiany przepisów, zmiany zakresu lub sposobu świadczenia usług, zmiany wymagań technicznych albo metod płatności.',
            `Każda zmiana jest nową wersją Regulaminu oznaczoną datą wejścia w życie. Wersja obowiązująca jest dostępna pod adresem ${u.terms}, a wersje wcześniejsze — pod adresem ${u.terms}/<wersja>; numer obowiązującej wersji jest podany w stopce każdej strony Platformy.`,
            'O zmianie Sprzedawca informuje Użytkowników posiadających Konto e-mailem co najmniej 7 dni przed jej wejściem w życie. Użytkownik, który nie akceptuje zmiany, może przed tym dniem wypowiedzieć umowę o prowadzenie Konta (§ 4 ust. 4).',
            'Do umów zawartych przed wejściem w życie zmiany stosuje się wersję Regulaminu zaakceptowaną przy zawarciu umowy; jest ona dostępna na stronie Zamówienia.',
          ],
        },
        {
          id: 'postanowienia-koncowe',
          title: 'Postanowienia końcowe',
          clauses: [
            'Do umów stosuje się prawo polskie. Wybór prawa nie pozbawia Konsumenta ochrony, jaką zapewniają mu bezwzględnie obowiązujące przepisy państwa jego zwykłego pobytu (art. 6 ust. 2 rozporządzenia Rzym I).',
            'Spory z Klientami, którzy nie są Konsumentami ani Przedsiębiorcami na prawach konsumenta, rozstrzyga sąd właściwy dla siedziby Sprzedawcy.',
            'Postanowienia Regulaminu nie ograniczają praw Konsumenta wynikających z przepisów prawa; w razie sprzeczności stosuje się te przepisy.',
            `Regulamin w tej wersji (${VERSION}) obowiązuje od 1 grudnia 2026 r.`,
          ],
        },
        {
          id: 'uslugi-w-przygotowaniu',
          title: 'Usługi w przygotowaniu',
          later: true,
          clauses: [
            'Zajęcia na żywo w abonamencie (okres czterech kolejnych zajęć) i kursy językowe z testem poziomującym oraz licencje szkolne nie są jeszcze sprzedawane. Ich zasady zostaną dodane w nowej wersji Regulaminu przed rozpoczęciem sprzedaży, zgodnie z § 15.',
          ],
        },
      ],
      annexes: [withdrawalForm(s)],
    };
  },
};
