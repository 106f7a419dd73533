// Demo level B1: aspect, conditionals, opinions and the workplace; its level test bank.
import type { LanguageLevelContent } from './types';
import { gaps, matching, ordering, q, short, tf } from './helpers';

export const b1: LanguageLevelContent = {
  cefr: 'B1',
  slug: 'polski-b1',
  title: 'Polski B1 — samodzielnie w Polsce',
  summary: 'Aspekt, tryb przypuszczający, praca i wyrażanie opinii; przygotowanie do egzaminu B1.',
  description:
    'Poziom B1 to samodzielność: rozmowa o pracy, list formalny, wyrażanie opinii i przypuszczeń. Kurs przygotowuje także do państwowego egzaminu z języka polskiego na poziomie B1.',
  hours: 90,
  monthly: 24_900,
  full: 129_000,
  pdf: {
    fileName: 'polski-b1-aspekt-czasownika.pdf',
    title: 'Karta pracy B1: aspekt czasownika',
    lines: [
      'niedokonany: czytać, pisać, robić — czynność w toku lub powtarzana',
      'dokonany: przeczytać, napisać, zrobić — czynność zakończona, rezultat',
      'Codziennie czytam gazetę. / Wczoraj przeczytałem całą książkę.',
      'Jutro napiszę raport. (przyszły prosty) / Jutro będę pisać raport. (przyszły złożony)',
      'Ćwiczenie: wybierz właściwy aspekt w dziesięciu zdaniach z lekcji.',
    ],
  },
  modules: [
    {
      title: 'Gramatyka w działaniu',
      lessons: [
        {
          title: 'Aspekt: czytać czy przeczytać?',
          minutes: 30,
          body: `# Aspekt czasownika

| niedokonany | dokonany |
|---|---|
| czytać | **prze**czytać |
| pisać | **na**pisać |
| kupować | kupić |

*Codziennie **czytam** gazetę.* — *Wczoraj **przeczytałem** całą książkę.*

Do lekcji jest karta pracy PDF.`,
        },
        {
          title: 'Gdybym miał czas… tryb przypuszczający',
          minutes: 25,
          body: `# Tryb przypuszczający

**Gdybym miał** więcej czasu, **uczyłbym się** gry na gitarze.

| ja | ty | on / ona |
|---|---|---|
| zrobił**bym** / zrobiła**bym** | zrobił**byś** / zrobiła**byś** | zrobił**by** / zrobiła**by** |`,
        },
      ],
    },
    {
      title: 'Praca i opinie',
      lessons: [
        {
          title: 'Rozmowa o pracę',
          minutes: 25,
          body: `# Rozmowa o pracę

- **Mam trzyletnie doświadczenie** w obsłudze klienta.
- **Moją mocną stroną jest** komunikatywność.
- **Dlaczego chce Pan / Pani u nas pracować?**`,
        },
        {
          title: 'Moim zdaniem… wyrażanie opinii',
          minutes: 20,
          body: `# Opinie

- **Moim zdaniem** praca zdalna jest wygodna.
- **Zgadzam się** / **Nie zgadzam się** z tobą.
- **Z jednej strony… z drugiej strony…**`,
        },
      ],
    },
  ],
  questions: [
    q('SINGLE', '„Wczoraj …… całą książkę.”', '*przeczytałem', 'czytam', 'przeczytam', 'czytać'),
    q('SINGLE', '„Gdybym miał pieniądze, …… dom.”', '*kupiłbym', 'kupię', 'kupiłem', 'kupuję'),
    q('SINGLE', '„Interesuję się ……”', '*historią', 'historia', 'historii', 'historię'),
    q('SINGLE', '„Jutro …… raport.” (czynność zakończona)', '*napiszę', 'piszę', 'pisałem', 'będę napisać'),
    q(
      'MULTIPLE',
      'Które zwroty wyrażają opinię? Zaznacz wszystkie.',
      '*Moim zdaniem…',
      '*Uważam, że…',
      'Dzień dobry…',
      'Do zobaczenia…',
    ),
    tf('Prawda czy fałsz: „przeczytać” jest czasownikiem dokonanym.', true),
    tf('Prawda czy fałsz: „Z jednej strony…” zaczyna zwykle tylko jeden argument bez drugiego.', false),
    short('Podaj formę trybu przypuszczającego: ona (zrobić) → ……', ['zrobiłaby']),
    gaps('[[1]] zdaniem, ta praca jest [[2]] niż poprzednia.', [
      ['Moim', 'Mój', 'Mnie'],
      ['ciekawsza', 'ciekawa', 'najciekawsza'],
    ]),
    matching(
      'Dopasuj czasownik niedokonany do dokonanego.',
      [
        ['pisać', 'napisać'],
        ['kupować', 'kupić'],
        ['robić', 'zrobić'],
      ],
      ['przepisywać'],
    ),
    ordering('Ułóż zdanie we właściwej kolejności.', ['Gdybym', 'wiedział,', 'przyszedłbym', 'wcześniej']),
    q(
      'SINGLE',
      'Co powiesz na rozmowie o pracę?',
      '*Mam dwuletnie doświadczenie w sprzedaży.',
      'Mam dwa lata w sprzedaży się.',
      'Jestem doświadczenie.',
      'Pracuję doświadczeniem.',
    ),
  ],
};
