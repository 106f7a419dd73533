// One stored question of every kind, shared by the scoring, taking and answers tests.
import type { ScorableRow } from '@/lib/learning/questions/scoring';
import type { TakingRow } from '@/lib/learning/questions/taking';

type Row = ScorableRow & TakingRow & { options: { id: string; text: string; correct: boolean }[] };

const opt = (id: string, correct: boolean) => ({ id, text: `opcja ${id}`, correct });

export const rows = {
  single: {
    id: 'qs',
    kind: 'SINGLE',
    text: 'S?',
    points: 1,
    config: {},
    media: null,
    options: [opt('a', false), opt('b', true), opt('c', false)],
  },
  multi: {
    id: 'qm',
    kind: 'MULTIPLE',
    text: 'M?',
    points: 3,
    config: { partialCredit: true },
    media: null,
    options: [opt('a', true), opt('b', false), opt('c', true), opt('d', true)],
  },
  multiStrict: {
    id: 'qn',
    kind: 'MULTIPLE',
    text: 'N?',
    points: 2,
    config: { partialCredit: false },
    media: null,
    options: [opt('a', true), opt('b', false), opt('c', true)],
  },
  bool: { id: 'qb', kind: 'TRUE_FALSE', text: 'B?', points: 1, config: { answer: false }, media: null, options: [] },
  short: {
    id: 'qt',
    kind: 'SHORT_ANSWER',
    text: 'T?',
    points: 2,
    config: { accepted: ['wierzchołek', 'wierzcholek paraboli'], ignoreDiacritics: true },
    media: null,
    options: [],
  },
  gaps: {
    id: 'qg',
    kind: 'GAP_FILL',
    text: 'Funkcja f(x) = 2x + 1 jest [[1]], a jej miejsce zerowe to [[2]].',
    points: 2,
    config: {
      gaps: [{ accepted: ['rosnąca'], choices: ['rosnąca', 'malejąca', 'stała'] }, { accepted: ['-0,5', '-1/2'] }],
    },
    media: { id: 'm1', mimeType: 'image/png', fileName: 'wykres.png' },
    options: [],
  },
  match: {
    id: 'qp',
    kind: 'MATCHING',
    text: 'P?',
    points: 3,
    config: {
      pairs: [
        { leftId: 'L1aa', left: 'a > 0', rightId: 'R1aa', right: 'ramiona w górę' },
        { leftId: 'L2bb', left: 'a < 0', rightId: 'R2bb', right: 'ramiona w dół' },
        { leftId: 'L3cc', left: 'Δ = 0', rightId: 'R3cc', right: 'jedno miejsce zerowe' },
      ],
      distractors: [{ id: 'D1dd', text: 'brak wykresu' }],
    },
    media: null,
    options: [],
  },
  order: {
    id: 'qo',
    kind: 'ORDERING',
    text: 'O?',
    points: 4,
    config: {
      items: [
        { id: 'I1aa', text: 'oblicz Δ' },
        { id: 'I2bb', text: 'sprawdź znak Δ' },
        { id: 'I3cc', text: 'oblicz pierwiastki' },
        { id: 'I4dd', text: 'zapisz odpowiedź' },
      ],
    },
    media: null,
    options: [],
  },
  numeric: {
    id: 'qx',
    kind: 'NUMERIC',
    text: 'X?',
    points: 2,
    config: { value: 3.5, tolerance: 0.05, unit: 'cm' },
    media: null,
    options: [],
  },
} satisfies Record<string, Row>;

export const allRows: Row[] = Object.values(rows);
