// The terms from 15 Dec 2026, published 1 Dec 2026: the parents' packages' withdrawal and
// resignation set off the lost sibling discount (§5.3) instead of promising the whole fee back,
// digital-content conformity, notice of changes. Less favourable to some parents, hence 14 days.
import type { LegalContext, LegalVersion } from '../document';
import { resignationForm, sellerIdentity, withdrawalForm } from '../shared-text';
import { terms20261215En } from './v2026-12-15.en';

const VERSION = '2026-12-15';

export const terms20261215: LegalVersion = {
  kind: 'terms',
  version: VERSION,
  effectiveFrom: VERSION,
  translations: { en: terms20261215En },
  render: (ctx: LegalContext) => {
    const s = ctx.seller;
    const u = ctx.urls;
    return {
      kind: 'terms',
      version: VERSION,
      effectiveFrom: VERSION,
      title: 'Regulamin sprzedaży i świadczenia usług platformy Planeta',
      changes: [
        'Pakiety przedmiotowe (§ 9): przy odstąpieniu od umowy lub rezygnacji dotyczącej dziecka, które płaciło pełną cenę, rodzeństwo traci rabat z § 5.3 regulaminu pakietów — utracony rabat jest potrącany ze zwrotu dla odchodzącego dziecka (nigdy ponad ten zwrot); wcześniej regulamin obiecywał zwrot całej opłaty bez tego zastrzeżenia.',
        'Rezygnacja z Pakietu (§ 9): Sprzedawca nie potrąca kosztów przelewu; dodany wzór oświadczenia o wypowiedzeniu umowy (załącznik nr 1).',
        'Odstąpienie od umowy (§ 10): przycisk „Odstąp od umowy” na stronie Zamówienia, skutki odstąpienia od umowy o treści cyfrowe.',
        'Reklamacje (§ 11): zasady zgodności treści i usług cyfrowych z umową (rozdział 5b ustawy o prawach konsumenta), w tym aktualizacje i termin odpowiedzialności.',
        'Zmiany Regulaminu (§ 15): informacja e-mailem co najmniej 14 dni przed wejściem zmiany w życie i akceptacja nowej wersji po zalogowaniu.',
      ],
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
            'Rejestrując się, Użytkownik podaje prawdziwe dane i akceptuje Regulamin w wersji obowiązującej. O nowej wersji Regulaminu Użytkownik jest informowany zgodnie z § 15; może ją zaakceptować po zalogowaniu, a przy zakupie akceptuje wersję obowiązującą w chwili składania Zamówienia.',
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
            'Zamówienie złożone bez zapłaty w terminie wskazanym w formularzu płatności PayU może zostać anulowane; Klient może ponowić płatność ze strony Zamówienia do chwili anulowania.',
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
            'Dostęp do Kursu Sprzedawca udostępnia na Koncie Klienta niezwłocznie po zaksięgowaniu płatności, nie później niż w ciągu 24 godzin, i informuje o tym e-mailem z odnośnikiem do Kursu. Konsumentowi, który nie wyraził zgody z § 10 ust. 3, dostęp jest udostępniany tak samo, a prawo odstąpienia zostaje zachowane.',
            'Sprzedawca może aktualizować Kurs (np. poprawić błąd, uzupełnić materiały, dostosować je do zmiany przepisów) bez dodatkowych kosztów dla Klienta. Zmiana, która istotnie i negatywnie wpływa na dostęp Konsumenta do Kursu lub korzystanie z niego, daje Konsumentowi prawo wypowiedzenia umowy w terminie 30 dni od jej wprowadzenia albo od poinformowania o niej, jeśli nastąpiło później; Sprzedawca zwraca wtedy część ceny odpowiadającą okresowi dostępu, który nie zostanie wykorzystany.',
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
            'Rodzic może wypowiedzieć umowę o Pakiet (rezygnacja) w każdej chwili — przyciskiem na stronie rodziny, e-mailem lub pisemnie, także na wzorze stanowiącym załącznik nr 1; wypowiedzenie jest skuteczne z końcem miesiąca, w którym zostało złożone. Sprzedawca zwraca opłatę za niewykorzystane miesiące roku szkolnego (opłata ÷ 10 × liczba miesięcy od następnego miesiąca do czerwca), bez potrącania kosztów przelewu. Samo zaprzestanie korzystania z Platformy nie jest wypowiedzeniem.',
            'Niezależnie od ust. 3 Rodzic może odstąpić od umowy o Pakiet w ciągu 14 dni od zapłaty bez podania przyczyny. Sprzedawca zwraca wszystkie płatności otrzymane na podstawie tej umowy w terminie 14 dni, także gdy Dziecko zaczęło już naukę — nie żąda zapłaty za okres do odstąpienia (art. 35 u.p.k.), z zastrzeżeniem ust. 5.',
            'Rabat dla rodzeństwa (§ 5.3 regulaminu pakietów) przysługuje za drugie i każde kolejne dziecko tylko dlatego, że inne dziecko Rodzica ma opłacony Pakiet Standard w pełnej cenie. Jeżeli Rodzic odstępuje od umowy albo rezygnuje z Pakietu dziecka, które płaciło pełną cenę, warunek rabatu dla pozostałego dziecka przestaje być spełniony: jedno z pozostałych dzieci powinno zapłacić pełną cenę — przy odstąpieniu za cały rok szkolny, przy rezygnacji za te same miesiące, za które przysługuje zwrot. Tę różnicę (kwota rabatu, a przy rezygnacji jej część za te miesiące) Sprzedawca potrąca ze zwrotu należnego za odchodzące dziecko (art. 498 Kodeksu cywilnego), nigdy ponad kwotę tego zwrotu; pozostałe dziecko zachowuje Pakiet bez dopłaty. Przed potwierdzeniem Rodzic widzi na stronie rodziny zwrot, potrącenie i kwotę do wypłaty; w e-mailu potwierdzającym są te same kwoty. Jeżeli później odejdzie także dziecko, za które potrącono rabat, potrącona kwota wraca wraz z jego zwrotem. Ponowny zakup Pakietu dla dziecka, które odeszło, nie daje drugiego rabatu: rabatów jest zawsze o jeden mniej niż dzieci z opłaconym Pakietem Standard.',
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
            'Konsument, który zażądał rozpoczęcia świadczenia usługi przed upływem terminu do odstąpienia, a następnie odstąpił od umowy, płaci za świadczenia spełnione do chwili odstąpienia, proporcjonalnie do ich zakresu (art. 35 u.p.k.). Przy Pakietach przedmiotowych Sprzedawca z tego nie korzysta i zwraca całą opłatę, z rozliczeniem rabatu dla rodzeństwa opisanym w § 9 ust. 5.',
            {
              text: 'Aby odstąpić od umowy, Konsument składa jednoznaczne oświadczenie:',
              points: [
                'przyciskiem „Odstąp od umowy” na stronie Zamówienia (Pakiety przedmiotowe — na stronie rodziny), dostępnym przez cały termin z ust. 1,',
                `e-mailem na adres ${s.complaintsEmail},`,
                `pisemnie na adres ${s.addressLines.join(', ')},`,
                `przez formularz kontaktowy (${u.contact}).`,
              ],
            },
            'Konsument może, ale nie musi, skorzystać ze wzoru formularza odstąpienia od umowy stanowiącego załącznik do Regulaminu (załącznik nr 2 do u.p.k.). Sprzedawca niezwłocznie potwierdza e-mailem otrzymanie oświadczenia.',
            'Sprzedawca zwraca wszystkie otrzymane płatności niezwłocznie, nie później niż w terminie 14 dni od dnia otrzymania oświadczenia, przy użyciu takiego samego sposobu zapłaty, jakiego użył Konsument (zwrot przez PayU), chyba że Konsument zgodzi się na inny sposób niewiążący się dla niego z kosztami. Z chwilą odstąpienia dostęp objęty umową wygasa.',
            'Po odstąpieniu od umowy o dostarczanie treści cyfrowych Konsument powstrzymuje się od korzystania z nich i udostępniania ich osobom trzecim (art. 34 ust. 1a u.p.k.); treści, które sam umieścił na Platformie (np. odpowiedzi w teście), Sprzedawca na jego żądanie udostępnia mu nieodpłatnie i przestaje z nich korzystać, z wyjątkami z art. 16 u.p.k.',
            'Prawo odstąpienia nie przysługuje Klientom, którzy nie są Konsumentami ani Przedsiębiorcami na prawach konsumenta, w szczególności firmom kupującym Pakiety grupowe.',
          ],
        },
        {
          id: 'reklamacje',
          title: 'Reklamacje',
          clauses: [
            'Sprzedawca odpowiada wobec Konsumenta za zgodność Kursu, Pakietu i usług Platformy z umową na zasadach rozdziału 5b u.p.k. (art. 43h i nast., treści i usługi cyfrowe), a wobec pozostałych Klientów — na zasadach Kodeksu cywilnego, z tym że odpowiedzialność wobec nich jest ograniczona do wysokości zapłaconej ceny, o ile nie jest to szkoda wyrządzona umyślnie.',
            {
              text: 'Treść cyfrowa lub usługa cyfrowa jest zgodna z umową, gdy:',
              points: [
                'odpowiada opisowi, rodzajowi, ilości, jakości, kompletności i funkcjonalności podanym na stronie Kursu lub Pakietu i w Regulaminie, działa w środowisku opisanym w § 3 i jest dostarczana z instrukcjami i aktualizacjami przewidzianymi w umowie,',
                'nadaje się do celów, do których zwykle używa się kursów online tego rodzaju, i ma cechy, jakich Konsument może rozsądnie oczekiwać,',
                'Sprzedawca dostarcza aktualizacje, w tym zabezpieczeń, potrzebne do zachowania zgodności przez cały okres dostępu.',
              ],
            },
            'Przy Kursie, Pakiecie grupowym i Pakiecie przedmiotowym (dostarczanie ciągłe przez okres dostępu) Sprzedawca odpowiada za brak zgodności, który wystąpił lub ujawnił się w tym okresie; przy jednorazowym dostarczeniu (np. zaświadczenie) — za brak zgodności istniejący w chwili dostarczenia, który ujawnił się w ciągu dwóch lat. Ciężar dowodu, że treść lub usługa była zgodna z umową, spoczywa na Sprzedawcy. Sprzedawca nie odpowiada za brak zgodności wynikający z niespełnienia przez środowisko cyfrowe Konsumenta wymagań z § 3, o których Konsument został poinformowany przed zawarciem umowy.',
            {
              text: 'Reklamację można złożyć:',
              points: [
                `przez formularz reklamacji: ${u.complaints} (także bez logowania),`,
                `e-mailem na adres ${s.complaintsEmail},`,
                `pisemnie na adres ${s.addressLines.join(', ')}.`,
              ],
            },
            'Reklamacja powinna zawierać imię i nazwisko, adres e-mail, numer Zamówienia (jeśli dotyczy), opis problemu i żądanie (np. przywrócenie dostępu, usunięcie błędu w materiałach, obniżenie ceny, zwrot płatności). Braki nie powodują pozostawienia reklamacji bez rozpatrzenia; Sprzedawca może poprosić o uzupełnienie.',
            'W razie braku zgodności z umową Konsument może żądać doprowadzenia treści lub usługi cyfrowej do zgodności z umową, a gdy to niemożliwe, nie nastąpiło w rozsądnym czasie lub brak zgodności jest istotny — złożyć oświadczenie o obniżeniu ceny albo o odstąpieniu od umowy; od umowy nie można odstąpić, gdy brak zgodności jest nieistotny. Obniżona cena pozostaje w takiej proporcji do ceny z umowy, w jakiej wartość treści niezgodnej z umową pozostaje do wartości treści zgodnej z umową, a przy dostarczaniu ciągłym — za czas braku zgodności. Należności z tytułu obniżenia ceny lub odstąpienia Sprzedawca zwraca w ciągu 14 dni od otrzymania oświadczenia, tym samym sposobem płatności.',
            'Sprzedawca doprowadza treść lub usługę cyfrową do zgodności z umową w rozsądnym czasie od poinformowania go o braku zgodności, bez nadmiernych niedogodności dla Konsumenta i bez kosztów po jego stronie.',
            'Sprzedawca odpowiada na reklamację każdego Klienta na trwałym nośniku (e-mailem, a reklamację złożoną pisemnie — także pisemnie, jeśli Klient o to poprosi) w terminie 14 dni od dnia jej otrzymania. Jeżeli Sprzedawca nie odpowie na reklamację Konsumenta w tym terminie, uważa się, że ją uznał (art. 7a u.p.k.). Odpowiedź na reklamację dotyczącą Zamówienia jest też widoczna na stronie tego Zamówienia.',
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
            'Nowa wersja jest publikowana na Platformie wraz z opisem zmian co najmniej 14 dni przed wejściem w życie, chyba że zmiana jest wyłącznie korzystna dla Klientów albo wymagają jej przepisy prawa w krótszym terminie. Do dnia wejścia w życie na stronie Regulaminu i w stopce Platformy widnieje informacja „Od <data> obowiązuje nowa wersja” z odnośnikiem do nowego tekstu.',
            'W dniu publikacji Sprzedawca wysyła Użytkownikom posiadającym Konto i adres e-mail wiadomość z datą wejścia zmiany w życie i odnośnikiem do opisu zmian; po zalogowaniu Użytkownik widzi informację o nowej wersji i może ją zaakceptować.',
            'Użytkownik, który nie akceptuje zmiany, może do dnia jej wejścia w życie wypowiedzieć umowę o prowadzenie Konta (§ 4 ust. 4), a Rodzic — także umowę o Pakiet ze zwrotem za niewykorzystane miesiące (§ 9 ust. 3). Brak wypowiedzenia oznacza, że zmiana wiąże w umowach o charakterze ciągłym (art. 384¹ Kodeksu cywilnego).',
            'Zmiana nie narusza praw nabytych: do Zamówień złożonych przed jej wejściem w życie stosuje się wersję zaakceptowaną przy Zamówieniu (dostępną na stronie Zamówienia) w zakresie ceny, przedmiotu i terminu odstąpienia, chyba że nowa wersja jest dla Klienta korzystniejsza. Rozliczenie rabatu dla rodzeństwa z § 9 ust. 5 wynika z warunku rabatu z § 5.3 regulaminu pakietów, obowiązującego także w poprzednich wersjach; ust. 5 opisuje je wprost.',
          ],
        },
        {
          id: 'postanowienia-koncowe',
          title: 'Postanowienia końcowe',
          clauses: [
            'Do umów stosuje się prawo polskie. Wybór prawa nie pozbawia Konsumenta ochrony, jaką zapewniają mu bezwzględnie obowiązujące przepisy państwa jego zwykłego pobytu (art. 6 ust. 2 rozporządzenia Rzym I).',
            'Spory z Klientami, którzy nie są Konsumentami ani Przedsiębiorcami na prawach konsumenta, rozstrzyga sąd właściwy dla siedziby Sprzedawcy.',
            'Postanowienia Regulaminu nie ograniczają praw Konsumenta wynikających z przepisów prawa; w razie sprzeczności stosuje się te przepisy.',
            `Regulamin w tej wersji (${VERSION}) został opublikowany 1 grudnia 2026 r. i obowiązuje od 15 grudnia 2026 r. Załączniki: nr 1 — wzór oświadczenia o wypowiedzeniu umowy o Pakiet przedmiotowy, nr 2 — wzór formularza odstąpienia od umowy.`,
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
      annexes: [
        resignationForm(s),
        { ...withdrawalForm(s), title: 'Załącznik nr 2 — wzór formularza odstąpienia od umowy' },
      ],
    };
  },
};
