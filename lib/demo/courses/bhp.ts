import { q, SAMPLE_VIDEO, type DemoCourseContent } from './types';

export const bhp: DemoCourseContent = {
  slug: 'bhp-pracownicy-biurowi',
  settings: {
    testQuestionCount: 10,
    passMarkPercent: 60,
    maxAttempts: 3,
    timeLimitMinutes: 30,
    groupInstruction: `# Jak przejść szkolenie

Twój pracodawca zapisał Cię na **szkolenie okresowe BHP**. Szkolenie składa się z lekcji i testu końcowego.

1. Przejdź po kolei wszystkie lekcje i oznacz każdą jako ukończoną.
2. Rozwiąż test końcowy — masz 3 podejścia i 30 minut na każde.
3. Po zaliczeniu pobierz zaświadczenie i przekaż je do działu kadr.

> Dostęp jest ważny przez 2 miesiące od dnia zapisania. W razie pytań napisz do osoby, która Cię zapisała.`,
  },
  modules: [
    {
      title: 'Prawo pracy w zakresie BHP',
      lessons: [
        {
          title: 'Obowiązki pracodawcy i pracownika',
          minutes: 12,
          body: `# Kto odpowiada za bezpieczeństwo?

Za stan bezpieczeństwa i higieny pracy w zakładzie **odpowiada pracodawca** (art. 207 Kodeksu pracy). Nie zwalnia to jednak pracownika z jego własnych obowiązków.

## Obowiązki pracodawcy

- organizuje pracę w sposób zapewniający bezpieczne warunki,
- zapewnia szkolenia wstępne i okresowe BHP,
- kieruje pracowników na badania lekarskie,
- ocenia ryzyko zawodowe i informuje o nim pracowników.

## Obowiązki pracownika

Podstawowym obowiązkiem pracownika jest **przestrzeganie przepisów i zasad BHP** (art. 211 Kp). Pracownik musi m.in.:

1. znać przepisy BHP i brać udział w szkoleniach,
2. dbać o należyty stan stanowiska pracy i porządek,
3. poddawać się badaniom lekarskim,
4. niezwłocznie zawiadomić przełożonego o wypadku lub zagrożeniu.

> Naruszenie przepisów BHP może być uznane za ciężkie naruszenie obowiązków pracowniczych.`,
        },
        {
          title: 'Szkolenia i badania lekarskie',
          minutes: 8,
          body: `# Szkolenia BHP

Pracownik przechodzi **szkolenie wstępne** przed dopuszczeniem do pracy, a potem **szkolenia okresowe**.

## Jak często szkolenie okresowe?

- pracownicy administracyjno-biurowi: co najmniej **raz na 6 lat**,
- pracownicy na stanowiskach robotniczych: co najmniej raz na 3 lata,
- pracodawcy i kierownicy: co najmniej raz na 5 lat.

Pierwsze szkolenie okresowe pracownika biurowego odbywa się w ciągu 12 miesięcy od rozpoczęcia pracy.

## Badania lekarskie

Wyróżniamy badania **wstępne**, **okresowe** i **kontrolne**. Badanie kontrolne jest potrzebne, gdy niezdolność do pracy z powodu choroby trwała **dłużej niż 30 dni**.`,
        },
      ],
    },
    {
      title: 'Ergonomia stanowiska z monitorem',
      lessons: [
        {
          title: 'Jak ustawić monitor, krzesło i biurko',
          minutes: 15,
          videoUrl: SAMPLE_VIDEO,
          body: `# Ergonomiczne stanowisko pracy

Zasady urządzenia stanowiska z monitorem ekranowym określa rozporządzenie w sprawie **bezpieczeństwa i higieny pracy na stanowiskach wyposażonych w monitory ekranowe**.

## Monitor

- górna krawędź ekranu na wysokości oczu lub nieco niżej,
- odległość oczu od ekranu **40–75 cm**,
- ekran ustawiony bokiem do okna, aby uniknąć odblasków.

## Krzesło

- regulowana wysokość siedziska i oparcia,
- podłokietniki,
- stopy płasko na podłodze lub na podnóżku, kąt w kolanach około 90°.

## Przerwy

Po każdej godzinie pracy przy monitorze przysługuje **co najmniej 5 minut przerwy** wliczanej do czasu pracy.

Pobierz listę kontrolną poniżej i sprawdź swoje stanowisko.`,
          attachment: {
            fileName: 'lista-kontrolna-stanowiska.txt',
            mimeType: 'text/plain; charset=utf-8',
            text: `LISTA KONTROLNA STANOWISKA PRACY Z MONITOREM\n\n[ ] Górna krawędź monitora na wysokości oczu lub niżej\n[ ] Odległość oczu od ekranu 40–75 cm\n[ ] Brak odblasków na ekranie (monitor bokiem do okna)\n[ ] Krzesło z regulacją wysokości siedziska i oparcia\n[ ] Podłokietniki, stopy płasko na podłodze lub podnóżku\n[ ] Klawiatura i mysz na wysokości łokci\n[ ] 5 minut przerwy po każdej godzinie pracy\n\nPlaneta — szkolenie okresowe BHP dla pracowników biurowych\n`,
          },
        },
        {
          title: 'Wzrok, kręgosłup i ruch w pracy biurowej',
          minutes: 10,
          body: `# Jak dbać o zdrowie przy biurku

Praca przy komputerze obciąża **wzrok**, **kręgosłup** i **nadgarstki**.

## Wzrok

Stosuj zasadę **20-20-20**: co 20 minut spójrz na 20 sekund na coś oddalonego o około 6 metrów. Pracodawca ma obowiązek zapewnić okulary korygujące wzrok, jeśli lekarz medycyny pracy stwierdzi taką potrzebę.

## Kręgosłup

- siedź głęboko, opierając plecy o oparcie,
- wstawaj i przejdź się przynajmniej raz na godzinę,
- wykonuj proste ćwiczenia rozciągające szyję i ramiona.`,
        },
      ],
    },
    {
      title: 'Ochrona przeciwpożarowa i pierwsza pomoc',
      lessons: [
        {
          title: 'Pożar w biurze — co robić',
          minutes: 10,
          body: `# Postępowanie w razie pożaru

1. Zachowaj spokój i **zaalarmuj** osoby w pobliżu.
2. Zadzwoń pod numer alarmowy **112** (lub 998 — straż pożarna).
3. Jeśli to bezpieczne, gaś pożar w zarodku gaśnicą.
4. Ewakuuj się najbliższą drogą ewakuacyjną, **nie używaj windy**.

## Gaśnice

Do gaszenia urządzeń elektrycznych pod napięciem używa się gaśnicy **proszkowej** lub **śniegowej (CO₂)**. **Nigdy nie gaś wodą** urządzeń pod napięciem.

## Drogi ewakuacyjne

Drogi i wyjścia ewakuacyjne muszą być oznakowane i **stale drożne** — nie wolno na nich składować kartonów ani mebli.`,
        },
        {
          title: 'Pierwsza pomoc',
          minutes: 12,
          body: `# Podstawy pierwszej pomocy

Każdy ma **prawny obowiązek** udzielenia pierwszej pomocy, jeśli nie naraża przy tym siebie na niebezpieczeństwo.

## Osoba nieprzytomna

1. Oceń, czy miejsce jest bezpieczne.
2. Sprawdź reakcję — zawołaj, potrząśnij za ramiona.
3. Udrożnij drogi oddechowe i sprawdź oddech przez **10 sekund**.
4. Jeśli oddycha — ułóż w **pozycji bezpiecznej** i wezwij pomoc.
5. Jeśli nie oddycha — wezwij pomoc i rozpocznij **resuscytację: 30 uciśnięć i 2 oddechy**.

## Oparzenia

Chłodź oparzone miejsce chłodną wodą przez **10–20 minut**. Nie smaruj oparzenia tłuszczem ani maścią.`,
        },
      ],
    },
  ],
  questions: [
    q(
      'SINGLE',
      'Kto odpowiada za stan bezpieczeństwa i higieny pracy w zakładzie pracy?',
      '*Pracodawca',
      'Społeczny inspektor pracy',
      'Każdy pracownik w równym stopniu',
      'Państwowa Inspekcja Pracy',
    ),
    q(
      'SINGLE',
      'Jak często pracownik administracyjno-biurowy odbywa szkolenie okresowe BHP?',
      'Co roku',
      'Co 3 lata',
      '*Nie rzadziej niż co 6 lat',
      'Tylko raz, przy zatrudnieniu',
    ),
    q(
      'SINGLE',
      'Po jakim czasie choroby pracownik musi przejść kontrolne badanie lekarskie?',
      'Po każdej chorobie',
      'Po 14 dniach',
      '*Po niezdolności do pracy trwającej dłużej niż 30 dni',
      'Po 6 miesiącach',
    ),
    q(
      'SINGLE',
      'Jaka jest zalecana odległość oczu od ekranu monitora?',
      '20–30 cm',
      '*40–75 cm',
      '90–120 cm',
      'Powyżej 150 cm',
    ),
    q(
      'SINGLE',
      'Ile co najmniej trwa przerwa po każdej godzinie pracy przy monitorze?',
      '*5 minut',
      '1 minuta',
      '15 minut',
      '30 minut',
    ),
    q(
      'SINGLE',
      'Jak powinien być ustawiony monitor względem okna?',
      'Ekranem do okna',
      'Tyłem do okna, tak by okno było za ekranem',
      '*Bokiem do okna',
      'Nie ma to znaczenia',
    ),
    q(
      'MULTIPLE',
      'Które z poniższych należą do obowiązków pracownika w zakresie BHP?',
      '*Przestrzeganie przepisów i zasad BHP',
      '*Poddawanie się badaniom lekarskim',
      '*Zawiadomienie przełożonego o wypadku',
      'Przeprowadzanie oceny ryzyka zawodowego',
    ),
    q(
      'MULTIPLE',
      'Czym można gasić urządzenia elektryczne pod napięciem?',
      '*Gaśnicą proszkową',
      '*Gaśnicą śniegową (CO₂)',
      'Wodą z hydrantu',
      'Gaśnicą pianową',
    ),
    q(
      'SINGLE',
      'Czego nie wolno robić podczas ewakuacji z budynku?',
      'Zamykać za sobą drzwi',
      '*Korzystać z windy',
      'Schodzić klatką schodową',
      'Informować innych o pożarze',
    ),
    q('SINGLE', 'Jaki jest ogólnoeuropejski numer alarmowy?', '997', '*112', '999', '911'),
    q(
      'SINGLE',
      'W jakim rytmie prowadzi się resuscytację osoby dorosłej?',
      '15 uciśnięć i 2 oddechy',
      '*30 uciśnięć i 2 oddechy',
      '5 uciśnięć i 1 oddech',
      'Tylko oddechy ratownicze',
    ),
    q(
      'SINGLE',
      'Jak długo należy chłodzić oparzone miejsce?',
      '1–2 minuty',
      '*10–20 minut',
      'Godzinę',
      'Nie należy chłodzić',
    ),
    q(
      'MULTIPLE',
      'Jakie cechy powinno mieć krzesło przy stanowisku z monitorem?',
      '*Regulowana wysokość siedziska',
      '*Podłokietniki',
      'Brak oparcia, aby wymusić prostą postawę',
      '*Regulowane oparcie',
    ),
    q(
      'SINGLE',
      'Co należy zrobić z osobą nieprzytomną, która oddycha?',
      'Posadzić ją na krześle',
      '*Ułożyć w pozycji bezpiecznej i wezwać pomoc',
      'Podać jej wodę do picia',
      'Rozpocząć uciskanie klatki piersiowej',
    ),
  ],
};
