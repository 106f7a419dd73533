// Demo level A1 of "Polski dla obcokrajowców": first contacts, numbers, everyday verbs; its level test bank.
import type { LanguageLevelContent } from './types';
import { gaps, matching, ordering, q, short, tf } from './helpers';

export const a1: LanguageLevelContent = {
  cefr: 'A1',
  slug: 'polski-a1',
  title: 'Polski A1 — pierwsze kroki',
  summary: 'Przedstawianie się, liczby, zakupy i codzienne czynności: polski od zera.',
  description:
    'Poziom A1 uczy rozumieć i używać prostych, codziennych wyrażeń: przedstawić się, zapytać o drogę, zrobić zakupy, opowiedzieć o swoim dniu. Zajęcia z lektorem raz w tygodniu, lekcje multimedialne i karty pracy PDF.',
  hours: 60,
  monthly: 24_900,
  full: 129_000,
  pdf: {
    fileName: 'polski-a1-karta-pracy-powitania.pdf',
    title: 'Karta pracy A1: powitania i przedstawianie się',
    lines: [
      'Dzień dobry! — formalnie, rano i w ciągu dnia',
      'Dobry wieczór! — wieczorem',
      'Cześć! — nieformalnie, do znajomych',
      'Mam na imię… / Nazywam się…',
      'Jestem z Hiszpanii. Jestem z Ukrainy. Jestem z Wietnamu.',
      'Miło mi! — Mnie też.',
      'Ćwiczenie: przedstaw się w trzech zdaniach i zapisz je poniżej.',
    ],
  },
  modules: [
    {
      title: 'Pierwsze kontakty',
      lessons: [
        {
          title: 'Dzień dobry! Powitania i przedstawianie się',
          minutes: 20,
          body: `# Dzień dobry!

| sytuacja | mówimy |
|---|---|
| rano i w ciągu dnia | **Dzień dobry** |
| wieczorem | **Dobry wieczór** |
| do znajomych | **Cześć** |
| na pożegnanie | **Do widzenia** / **Na razie** |

## Jak się przedstawić

- **Mam na imię** Maria. / **Nazywam się** Maria González.
- **Jestem z** Hiszpanii.
- **Miło mi!**

Do tej lekcji jest karta pracy PDF — wydrukuj ją albo uzupełnij na ekranie.`,
        },
        {
          title: 'Liczby 0–100 i pytanie o numer telefonu',
          minutes: 15,
          body: `# Liczby

jeden, dwa, trzy, cztery, pięć, sześć, siedem, osiem, dziewięć, **dziesięć**

dwadzieścia, trzydzieści, czterdzieści, pięćdziesiąt … **sto**

> **Jaki jest twój numer telefonu?** — Mój numer to pięćset dwanaście, trzysta…`,
        },
      ],
    },
    {
      title: 'Codzienne życie',
      lessons: [
        {
          title: 'Mój dzień: czasowniki w czasie teraźniejszym',
          minutes: 25,
          body: `# Mój dzień

| ja | ty | on / ona |
|---|---|---|
| pracuj**ę** | pracuj**esz** | pracuj**e** |
| pij**ę** | pij**esz** | pij**e** |
| mieszk**am** | mieszk**asz** | mieszk**a** |

Rano **piję** kawę, potem **pracuję**, wieczorem **czytam** książkę.`,
        },
        {
          title: 'W sklepie: ile to kosztuje?',
          minutes: 20,
          body: `# W sklepie

- **Poproszę** chleb i mleko.
- **Ile to kosztuje?** — Osiem złotych pięćdziesiąt groszy.
- **Płacę kartą.** / **Płacę gotówką.**`,
        },
      ],
    },
  ],
  questions: [
    q('SINGLE', 'Co mówimy wieczorem na powitanie?', '*Dobry wieczór', 'Dzień dobry', 'Dobranoc', 'Na razie'),
    q('SINGLE', '„Ja …… w Warszawie.”', '*mieszkam', 'mieszka', 'mieszkasz', 'mieszkają'),
    q('SINGLE', '„Ona …… herbatę.”', '*pije', 'piję', 'pijesz', 'pić'),
    q('MULTIPLE', 'Które słowa to powitania? Zaznacz wszystkie.', '*Cześć', '*Dzień dobry', 'Do widzenia', 'Dziękuję'),
    tf('Prawda czy fałsz: „Do widzenia” mówimy na pożegnanie.', true),
    tf('Prawda czy fałsz: „dziesięć” to liczba 12.', false),
    short('Napisz słowem liczbę 5.', ['pięć']),
    short('Uzupełnij: „Mam na …… Anna.” (jedno słowo)', ['imię']),
    gaps('Ile to [[1]]? — Osiem [[2]].', [
      ['kosztuje', 'kosztować', 'kosztujesz'],
      ['złotych', 'złoty', 'złote'],
    ]),
    matching('Dopasuj pytanie do odpowiedzi.', [
      ['Jak masz na imię?', 'Maria.'],
      ['Skąd jesteś?', 'Z Hiszpanii.'],
      ['Ile to kosztuje?', 'Dziesięć złotych.'],
    ]),
    ordering('Ułóż zdanie we właściwej kolejności.', ['Rano', 'piję', 'kawę', 'z', 'mlekiem']),
    q(
      'SINGLE',
      'Jak płacisz, gdy dajesz pieniądze papierowe?',
      '*Płacę gotówką.',
      'Płacę kartą.',
      'Płacę telefonem.',
      'Nie płacę.',
    ),
  ],
};
