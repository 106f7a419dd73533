// Demo levels B2 and C1: shorter banks (the story of the demo takes place in A1–B1), lessons and a
// worksheet each, so every level of the programme can be opened and priced.
import type { LanguageLevelContent } from './types';
import { gaps, matching, q, short, tf } from './helpers';

export const b2: LanguageLevelContent = {
  cefr: 'B2',
  slug: 'polski-b2',
  title: 'Polski B2 — swobodna komunikacja',
  summary: 'Strona bierna, mowa zależna, dyskusja i tekst argumentacyjny.',
  description:
    'Poziom B2 to swobodna rozmowa na tematy ogólne i zawodowe, rozumienie artykułów prasowych i pisanie tekstów argumentacyjnych.',
  hours: 90,
  monthly: 27_900,
  full: 145_000,
  pdf: {
    fileName: 'polski-b2-strona-bierna.pdf',
    title: 'Karta pracy B2: strona bierna',
    lines: [
      'Zespół ukończył projekt. → Projekt został ukończony przez zespół.',
      'Ktoś otwiera sklep o ósmej. → Sklep jest otwierany o ósmej.',
      'Ćwiczenie: zamień pięć zdań z artykułu na stronę bierną.',
    ],
  },
  modules: [
    {
      title: 'Język mediów',
      lessons: [
        {
          title: 'Strona bierna w wiadomościach',
          minutes: 30,
          body: `# Strona bierna

**Projekt został ukończony** w terminie. **Ustawa jest omawiana** w Sejmie.

Do lekcji jest karta pracy PDF.`,
        },
        {
          title: 'Mowa zależna: powiedział, że…',
          minutes: 25,
          body: `# Mowa zależna

„Jestem zmęczony.” → **Powiedział, że jest zmęczony.**

„Przyjdź jutro!” → **Poprosił, żebym przyszedł jutro.**`,
        },
      ],
    },
  ],
  questions: [
    q('SINGLE', '„Most …… w zeszłym roku.”', '*został wybudowany', 'wybudował', 'wybudowany się', 'będzie wybudował'),
    q('SINGLE', '„Poprosił, …… przyszedł.”', '*żebym', 'że', 'czy', 'bo'),
    tf('Prawda czy fałsz: „Mimo deszczu” łączy się z dopełniaczem.', true),
    short('Dokończ: „Powiedziała, …… jest zajęta.” (jedno słowo)', ['że']),
    gaps('Artykuł [[1]] napisany przez znanego dziennikarza.', [['został', 'zostało', 'była']]),
    matching('Dopasuj spójnik do funkcji.', [
      ['mimo że', 'przyzwolenie'],
      ['ponieważ', 'przyczyna'],
      ['żeby', 'cel'],
    ]),
  ],
};

export const c1: LanguageLevelContent = {
  cefr: 'C1',
  slug: 'polski-c1',
  title: 'Polski C1 — biegłość',
  summary: 'Style języka, frazeologia i precyzyjna argumentacja w mowie i piśmie.',
  description:
    'Poziom C1 rozwija biegłość: rozumienie tekstów specjalistycznych, styl urzędowy i publicystyczny, frazeologia i niuanse znaczeń.',
  hours: 120,
  monthly: 27_900,
  full: 145_000,
  pdf: {
    fileName: 'polski-c1-frazeologia.pdf',
    title: 'Karta pracy C1: frazeologia',
    lines: [
      'owijać w bawełnę — mówić nie wprost',
      'dolewać oliwy do ognia — zaostrzać konflikt',
      'wziąć coś za dobrą monetę — uwierzyć naiwnie',
      'Ćwiczenie: użyj każdego frazeologizmu w jednym zdaniu.',
    ],
  },
  modules: [
    {
      title: 'Style i niuanse',
      lessons: [
        {
          title: 'Styl urzędowy: pismo do urzędu',
          minutes: 30,
          body: `# Styl urzędowy

- **Uprzejmie informuję**, że…
- **W nawiązaniu do** pisma z dnia…
- **Zwracam się z uprzejmą prośbą** o…

Do lekcji jest karta pracy PDF z frazeologią.`,
        },
        {
          title: 'Imiesłowy przysłówkowe',
          minutes: 25,
          body: `# Imiesłowy przysłówkowe

**Czytając** gazetę, piłem kawę. **Przeczytawszy** list, odpisał od razu.`,
        },
      ],
    },
  ],
  questions: [
    q(
      'SINGLE',
      'Co znaczy „owijać w bawełnę”?',
      '*mówić nie wprost',
      'pakować prezenty',
      'kłamać w żywe oczy',
      'mówić za głośno',
    ),
    q(
      'MULTIPLE',
      'Które zwroty należą do stylu urzędowego?',
      '*uprzejmie informuję',
      '*w nawiązaniu do',
      'słuchaj no',
      'elo',
    ),
    tf('Prawda czy fałsz: „przeczytawszy” to imiesłów przysłówkowy uprzedni.', true),
    short('Utwórz imiesłów przysłówkowy współczesny od „czytać”.', ['czytając']),
    gaps('[[1]] pod uwagę wszystkie argumenty, komisja odrzuciła wniosek.', [['Biorąc', 'Brany', 'Wziąwszy się']]),
    matching('Dopasuj frazeologizm do znaczenia.', [
      ['mieć muchy w nosie', 'być w złym humorze'],
      ['rzucać grochem o ścianę', 'mówić bez skutku'],
      ['wyjść na swoje', 'nie stracić'],
    ]),
  ],
};
