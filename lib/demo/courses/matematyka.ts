import { q, type DemoCourseContent } from './types';

export const matematyka: DemoCourseContent = {
  slug: 'matematyka-egzamin-osmoklasisty',
  modules: [
    {
      title: 'Liczby i procenty',
      lessons: [
        {
          title: 'Kolejność wykonywania działań',
          minutes: 10,
          body: `# Kolejność działań

1. działania w **nawiasach**,
2. **potęgowanie** i pierwiastkowanie,
3. **mnożenie i dzielenie** — od lewej do prawej,
4. **dodawanie i odejmowanie** — od lewej do prawej.

## Przykład

\`2 + 3 · 4 = 2 + 12 = 14\`, a nie 20.

\`(2 + 3) · 4 = 5 · 4 = 20\`.`,
        },
        {
          title: 'Procenty w zadaniach',
          minutes: 15,
          body: `# Procenty

**1 %** to jedna setna całości. Aby obliczyć **p %** liczby *a*, mnożymy: \`a · p / 100\`.

- 20 % z 150 = 150 · 0,2 = **30**,
- cena 80 zł po obniżce o 25 % = 80 · 0,75 = **60 zł**.

> Podwyżka o 10 %, a potem obniżka o 10 % **nie** wraca do ceny wyjściowej: 100 → 110 → 99.`,
        },
      ],
    },
    {
      title: 'Geometria',
      lessons: [
        {
          title: 'Pola figur płaskich',
          minutes: 15,
          body: `# Pola figur

- prostokąt: \`P = a · b\`,
- trójkąt: \`P = a · h / 2\`,
- trapez: \`P = (a + b) · h / 2\`,
- koło: \`P = π · r²\`.

## Twierdzenie Pitagorasa

W trójkącie prostokątnym: \`a² + b² = c²\`, gdzie *c* to przeciwprostokątna. Przykład: 3, 4, 5.`,
        },
        {
          title: 'Bryły',
          minutes: 12,
          body: `# Objętości brył

- prostopadłościan: \`V = a · b · c\`,
- sześcian: \`V = a³\`,
- graniastosłup: \`V = Pp · H\` (pole podstawy razy wysokość),
- ostrosłup: \`V = Pp · H / 3\`.

Pamiętaj o **jednostkach**: 1 dm³ = 1 litr = 1000 cm³.`,
        },
      ],
    },
  ],
  questions: [
    q('SINGLE', 'Ile wynosi 2 + 3 · 4?', '20', '*14', '24', '9'),
    q('SINGLE', 'Ile wynosi (2 + 3) · 4?', '14', '*20', '24', '11'),
    q('SINGLE', 'Ile to jest 20 % z 150?', '20', '*30', '35', '75'),
    q('SINGLE', 'Ile kosztuje towar za 80 zł po obniżce o 25 %?', '55 zł', '*60 zł', '65 zł', '70 zł'),
    q(
      'SINGLE',
      'Cena 100 zł wzrosła o 10 %, a potem spadła o 10 %. Ile wynosi?',
      '100 zł',
      '*99 zł',
      '101 zł',
      '90 zł',
    ),
    q('SINGLE', 'Jaki jest wzór na pole trójkąta?', 'a · b', '*a · h / 2', '(a + b) · h / 2', 'π · r²'),
    q('SINGLE', 'Przyprostokątne mają długości 3 i 4. Ile wynosi przeciwprostokątna?', '6', '*5', '7', '12'),
    q('SINGLE', 'Ile wynosi objętość sześcianu o krawędzi 3 cm?', '9 cm³', '18 cm³', '*27 cm³', '12 cm³'),
    q('SINGLE', 'Ile centymetrów sześciennych ma 1 litr?', '100', '*1000', '10 000', '10'),
    q(
      'MULTIPLE',
      'Które działania wykonujemy przed dodawaniem (bez nawiasów)?',
      '*Mnożenie',
      '*Dzielenie',
      '*Potęgowanie',
      'Odejmowanie',
    ),
    q('SINGLE', 'Jaki jest wzór na objętość ostrosłupa?', 'Pp · H', '*Pp · H / 3', 'Pp · H / 2', 'a³'),
    q(
      'MULTIPLE',
      'Które trójki liczb mogą być bokami trójkąta prostokątnego?',
      '*3, 4, 5',
      '*6, 8, 10',
      '2, 3, 4',
      '*5, 12, 13',
    ),
  ],
};
