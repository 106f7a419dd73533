// The demo maths course a newcomer opens as "kursant" without buying: lessons with tables and
// formulas, and a final test with every question kind, drawn per bank category.
import { linePlotPng } from './plot-png';
import { q, type DemoCourseContent, type DemoQuestion } from './types';

export const FUNKCJE_SLUG = 'matematyka-funkcje';
const LINIOWA = 'Funkcja liniowa';
const KWADRATOWA = 'Funkcja kwadratowa';
const ZADANIA = 'Zadania złożone';

const cat = (category: string, question: DemoQuestion, extra: Partial<DemoQuestion> = {}): DemoQuestion => ({
  ...question,
  category,
  ...extra,
});
const bare = (kind: DemoQuestion['kind'], text: string, config: Record<string, unknown>): DemoQuestion => ({
  kind,
  text,
  options: [],
  config,
});

export const funkcje: DemoCourseContent = {
  slug: FUNKCJE_SLUG,
  settings: {
    testQuestionCount: 9,
    passMarkPercent: 60,
    maxAttempts: 3,
    timeLimitMinutes: 30,
    testRequiresLessons: true,
    testShowsAnswers: true,
    retakeDelayHours: 1,
  },
  bankRules: [
    { category: LINIOWA, count: 3 },
    { category: KWADRATOWA, count: 3 },
    { category: ZADANIA, count: 3 },
  ],
  media: [{ fileName: 'wykres-funkcji-liniowej.png', mimeType: 'image/png', data: () => linePlotPng(1, 1) }],
  modules: [
    {
      title: 'Funkcja liniowa',
      lessons: [
        {
          title: 'Funkcja liniowa',
          minutes: 15,
          body: `# Funkcja liniowa

Funkcja liniowa ma wzór $f(x) = ax + b$, gdzie $a$ to **współczynnik kierunkowy**, a $b$ to **wyraz wolny**.

| $a$ | funkcja jest | przykład |
|---|---|---|
| $a > 0$ | rosnąca | $f(x) = 2x + 1$ |
| $a < 0$ | malejąca | $f(x) = -x + 3$ |
| $a = 0$ | stała | $f(x) = 4$ |

## Miejsce zerowe

Miejsce zerowe to argument, dla którego $f(x) = 0$. Dla $a \\neq 0$:

$$x_0 = -\\frac{b}{a}$$

Przykład: $f(x) = 2x - 6$, więc $x_0 = 3$.

- [x] wzór funkcji
- [ ] miejsce zerowe — policz dla $f(x) = 5x - 10$`,
        },
      ],
    },
    {
      title: 'Funkcja kwadratowa',
      lessons: [
        {
          title: 'Funkcja kwadratowa',
          minutes: 20,
          body: `# Funkcja kwadratowa

Postać ogólna: $f(x) = ax^2 + bx + c$, gdzie $a \\neq 0$. Wykresem jest **parabola**; dla $a > 0$ ramiona są skierowane w górę, dla $a < 0$ w dół.

## Wyróżnik

$$\\Delta = b^2 - 4ac$$

| $\\Delta$ | liczba miejsc zerowych | wzory |
|---|:---:|---|
| $\\Delta > 0$ | 2 | $x_{1,2} = \\dfrac{-b \\mp \\sqrt{\\Delta}}{2a}$ |
| $\\Delta = 0$ | 1 | $x_0 = -\\dfrac{b}{2a}$ |
| $\\Delta < 0$ | 0 | — |

Wierzchołek paraboli ma współrzędne $W = \\left(-\\frac{b}{2a}, -\\frac{\\Delta}{4a}\\right)$.`,
        },
        {
          title: 'Rozwiązywanie równań kwadratowych',
          minutes: 15,
          body: `# Krok po kroku

1. Zapisz równanie w postaci $ax^2 + bx + c = 0$.
2. Oblicz wyróżnik $\\Delta$.
3. Sprawdź znak $\\Delta$.
4. Oblicz pierwiastki ze wzorów.

## Przykład

$x^2 - 5x + 6 = 0$: $\\Delta = 25 - 24 = 1$, więc $x_1 = 2$, $x_2 = 3$.

> Sprawdzenie: $2 \\cdot 3 = 6 = \\frac{c}{a}$ i $2 + 3 = 5 = -\\frac{b}{a}$ (wzory Viète'a).`,
        },
      ],
    },
  ],
  questions: [
    // Funkcja liniowa: 3 of 4
    cat(LINIOWA, q('SINGLE', 'Współczynnik kierunkowy funkcji $f(x) = -2x + 5$ jest równy:', '*−2', '5', '2', '−5')),
    cat(LINIOWA, bare('TRUE_FALSE', 'Prawda czy fałsz: funkcja $f(x) = 3x - 1$ jest rosnąca.', { answer: true })),
    cat(LINIOWA, bare('NUMERIC', 'Oblicz miejsce zerowe funkcji $f(x) = 2x - 7$.', { value: 3.5, tolerance: 0.01 })),
    cat(LINIOWA, q('SINGLE', 'Odczytaj z wykresu wyraz wolny $b$ pokazanej funkcji liniowej.', '*1', '0', '−1', '2'), {
      media: 'wykres-funkcji-liniowej.png',
    }),
    // Funkcja kwadratowa: 3 of 5
    cat(
      KWADRATOWA,
      q(
        'MULTIPLE',
        'Zaznacz wszystkie funkcje kwadratowe.',
        '*f(x) = x² − 4',
        '*g(x) = 2x² − 3x + 1',
        'h(x) = 3x + 2',
        '*k(x) = −(x − 1)²',
      ),
      { points: 3, config: { partialCredit: true } },
    ),
    cat(
      KWADRATOWA,
      bare(
        'SHORT_ANSWER',
        'Jak nazywa się punkt paraboli, w którym funkcja kwadratowa przyjmuje wartość najmniejszą lub największą? (jedno słowo)',
        { accepted: ['wierzchołek', 'wierzchołek paraboli'], ignoreDiacritics: true },
      ),
      { points: 2 },
    ),
    cat(KWADRATOWA, bare('NUMERIC', 'Oblicz wyróżnik $\\Delta$ trójmianu $x^2 - 4x + 3$.', { value: 4, tolerance: 0 })),
    cat(
      KWADRATOWA,
      bare('TRUE_FALSE', 'Prawda czy fałsz: parabola $y = -x^2 + 1$ ma ramiona skierowane w górę.', { answer: false }),
    ),
    cat(
      KWADRATOWA,
      q(
        'SINGLE',
        'Wierzchołek paraboli $y = (x - 2)^2 + 3$ ma współrzędne:',
        '*(2, 3)',
        '(−2, 3)',
        '(3, 2)',
        '(2, −3)',
      ),
    ),
    // Zadania złożone: all 3
    cat(
      ZADANIA,
      bare('GAP_FILL', 'Uzupełnij: funkcja f(x) = 2x + 4 jest [[1]], a jej miejsce zerowe to x = [[2]].', {
        gaps: [{ accepted: ['rosnąca'], choices: ['rosnąca', 'malejąca', 'stała'] }, { accepted: ['-2', '−2'] }],
      }),
      { points: 2 },
    ),
    cat(
      ZADANIA,
      bare('MATCHING', 'Dopasuj funkcję do jej miejsc zerowych.', {
        pairs: [
          { leftId: 'hT4qZm', left: 'f(x) = x² − 4', rightId: 'Wn8cRe', right: 'x = −2 i x = 2' },
          { leftId: 'pX2vLs', left: 'g(x) = (x − 3)²', rightId: 'aK5jYo', right: 'tylko x = 3' },
          { leftId: 'Bq9eUd', left: 'h(x) = x² + 1', rightId: 'tM3gFi', right: 'brak miejsc zerowych' },
        ],
        distractors: [{ id: 'Zr6nHw', text: 'x = 1 i x = 4' }],
      }),
      { points: 3 },
    ),
    cat(
      ZADANIA,
      bare('ORDERING', 'Ułóż kroki rozwiązywania równania kwadratowego we właściwej kolejności.', {
        items: [
          { id: 'cV7kPa', text: 'Zapisz równanie w postaci ax² + bx + c = 0' },
          { id: 'Ly3sQe', text: 'Oblicz wyróżnik Δ = b² − 4ac' },
          { id: 'oG8wJn', text: 'Sprawdź znak Δ' },
          { id: 'Ue2hXt', text: 'Oblicz pierwiastki ze wzorów' },
        ],
      }),
      { points: 2 },
    ),
  ],
};
