// The question editor's form → config reading: every kind's good input, the cross-field rules
// zod shapes cannot state, and the Polish message beside the field that caused each refusal.
import { describe, expect, it } from 'vitest';
import { parseQuestionForm } from '@/lib/learning/editing/question-schema';
import { parseDecimal } from '@/lib/learning/editing/question-fields';
import { questionConfigSchemas } from '@/lib/learning/questions/config';

let n = 0;
const ids = () => `id${String(++n).padStart(4, '0')}`;
const base = { courseId: 'c1', text: 'Treść pytania', points: '2', category: ' Słownictwo ', mediaId: '' };
const parse = (form: Record<string, unknown>) => parseQuestionForm({ ...base, ...form }, ids);
const ok = (form: Record<string, unknown>) => {
  const r = parse(form);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
};

describe('question editor form: good input of every kind', () => {
  it.each([
    [
      'SINGLE',
      { option_0_text: '4', option_0_correct: 'on', option_1_text: '5', option_2_text: '' },
      {},
      [
        { text: '4', correct: true },
        { text: '5', correct: false },
      ],
    ],
    [
      'MULTIPLE',
      {
        option_0_text: 'a',
        option_0_correct: 'on',
        option_0_id: 'opt1',
        option_1_text: 'b',
        option_1_correct: 'on',
        option_5_text: 'c',
        partialCredit: 'on',
      },
      { partialCredit: true },
      [
        { id: 'opt1', text: 'a', correct: true },
        { text: 'b', correct: true },
        { text: 'c', correct: false },
      ],
    ],
    ['TRUE_FALSE', { answer: 'false' }, { answer: false }, []],
    [
      'SHORT_ANSWER',
      { accepted: 'żółw\n\n Zolw \nżółw', ignoreCase: 'on', ignoreDiacritics: 'on' },
      { accepted: ['żółw', 'Zolw'], caseSensitive: false, ignoreDiacritics: true },
      [],
    ],
    ['NUMERIC', { value: ' 3,5 ', tolerance: '0,1', unit: 'cm' }, { value: 3.5, tolerance: 0.1, unit: 'cm' }, []],
    ['NUMERIC', { value: '−12', tolerance: '' }, { value: -12, tolerance: 0 }, []],
  ])('%s', (kind, fields, config, options) => {
    const v = ok({ kind, ...fields });
    expect(v.config).toEqual(config);
    expect(v.options).toEqual(options);
    expect(v).toMatchObject({ courseId: 'c1', kind, points: 2, category: 'Słownictwo', mediaId: null });
  });

  it('gap fill: gaps in marker order, a drop-down where choices are given', () => {
    const v = ok({
      kind: 'GAP_FILL',
      text: 'I [[1]] a student and she [[2]] a teacher.',
      gap_0_accepted: 'am',
      gap_0_choices: '',
      gap_1_accepted: 'is',
      gap_1_choices: 'is\nare\nam',
    });
    expect(v.config).toEqual({
      gaps: [{ accepted: ['am'] }, { accepted: ['is'], choices: ['is', 'are', 'am'] }],
      caseSensitive: true,
      ignoreDiacritics: false,
    });
  });

  it('matching and ordering keep the ids they were sent and give new rows fresh ones', () => {
    const m = ok({
      kind: 'MATCHING',
      pair_0_left: 'dog',
      pair_0_right: 'pies',
      pair_0_leftId: 'keepL1',
      pair_0_rightId: 'keepR1',
      pair_1_left: 'cat',
      pair_1_right: 'kot',
      pair_1_leftId: '',
      pair_1_rightId: 'bad id!',
      pair_2_left: '',
      pair_2_right: '',
      distractor_0_text: 'koń',
      distractor_0_id: 'keepD1',
    });
    const c = questionConfigSchemas.MATCHING.parse(m.config);
    expect(c.pairs[0]).toEqual({ leftId: 'keepL1', left: 'dog', rightId: 'keepR1', right: 'pies' });
    expect(c.pairs[1].leftId).toMatch(/^id\d{4}$/);
    expect(c.pairs[1].rightId).toMatch(/^id\d{4}$/);
    expect(c.distractors).toEqual([{ id: 'keepD1', text: 'koń' }]);

    const o = ok({ kind: 'ORDERING', item_0_text: 'pierwszy', item_0_id: 'keepI1', item_1_text: 'drugi' });
    const items = questionConfigSchemas.ORDERING.parse(o.config).items;
    expect(items.map((i) => i.text)).toEqual(['pierwszy', 'drugi']);
    expect(items[0].id).toBe('keepI1');
  });

  it('a forged duplicate item id is replaced, so ids stay unique within a question', () => {
    const o = ok({ kind: 'ORDERING', item_0_text: 'a', item_0_id: 'same1', item_1_text: 'b', item_1_id: 'same1' });
    const items = questionConfigSchemas.ORDERING.parse(o.config).items;
    expect(items[0].id).toBe('same1');
    expect(items[1].id).not.toBe('same1');
  });

  it('rows follow their index order, not the order fields arrive in', () => {
    const o = ok({ kind: 'ORDERING', item_10_text: 'trzeci', item_2_text: 'drugi', item_0_text: 'pierwszy' });
    expect(questionConfigSchemas.ORDERING.parse(o.config).items.map((i) => i.text)).toEqual([
      'pierwszy',
      'drugi',
      'trzeci',
    ]);
  });

  it('an option kind saves no stray option rows when switched to another kind', () => {
    expect(ok({ kind: 'TRUE_FALSE', answer: 'true', option_0_text: 'x', option_1_text: 'y' }).options).toEqual([]);
  });
});

describe('question editor form: refusals beside their fields', () => {
  it.each([
    ['no kind', { kind: 'ESSAY' }, 'kind', /rodzaj/],
    ['text too short', { kind: 'TRUE_FALSE', answer: 'true', text: 'ab' }, 'text', /treść/i],
    ['points 0', { kind: 'TRUE_FALSE', answer: 'true', points: '0' }, 'points', /od 1 do 100/],
    ['points 101', { kind: 'TRUE_FALSE', answer: 'true', points: '101' }, 'points', /od 1 do 100/],
    ['points 1.5', { kind: 'TRUE_FALSE', answer: 'true', points: '1.5' }, 'points', /od 1 do 100/],
    ['long category', { kind: 'TRUE_FALSE', answer: 'true', category: 'x'.repeat(61) }, 'category', /60/],
    ['one option', { kind: 'SINGLE', option_0_text: 'a', option_0_correct: 'on' }, 'options', /dwie/],
    [
      'single with two correct',
      { kind: 'SINGLE', option_0_text: 'a', option_0_correct: 'on', option_1_text: 'b', option_1_correct: 'on' },
      'options',
      /dokładnie jedną/,
    ],
    ['single with none correct', { kind: 'SINGLE', option_0_text: 'a', option_1_text: 'b' }, 'options', /Zaznacz/],
    ['multiple with none correct', { kind: 'MULTIPLE', option_0_text: 'a', option_1_text: 'b' }, 'options', /Zaznacz/],
    [
      'all correct',
      { kind: 'MULTIPLE', option_0_text: 'a', option_0_correct: 'on', option_1_text: 'b', option_1_correct: 'on' },
      'options',
      /błędna/,
    ],
    [
      'repeated option',
      { kind: 'SINGLE', option_0_text: 'Tak', option_0_correct: 'on', option_1_text: 'tak' },
      'options',
      /powtarzać/,
    ],
    ['true/false unanswered', { kind: 'TRUE_FALSE' }, 'answer', /prawda czy fałsz/],
    ['short answer without answers', { kind: 'SHORT_ANSWER', accepted: ' \n ' }, 'accepted', /akceptowaną/],
    ['gap fill without gaps', { kind: 'GAP_FILL', text: 'Brak luk tutaj' }, 'gaps', /co najmniej jedną lukę/],
    [
      'more markers than gaps',
      { kind: 'GAP_FILL', text: 'A [[1]] b [[2]]', gap_0_accepted: 'x' },
      'text',
      /znaczników luk: 2, a opisanych luk: 1/,
    ],
    [
      'markers out of order',
      { kind: 'GAP_FILL', text: 'A [[2]] b [[1]]', gap_0_accepted: 'x', gap_1_accepted: 'y' },
      'text',
      /po kolei/,
    ],
    [
      'a marker twice',
      { kind: 'GAP_FILL', text: 'A [[1]] b [[1]]', gap_0_accepted: 'x', gap_1_accepted: 'y' },
      'text',
      /po kolei/,
    ],
    [
      'gap without an answer',
      { kind: 'GAP_FILL', text: 'A [[1]] b [[2]]', gap_0_accepted: 'x', gap_1_accepted: '' },
      'gap_1',
      /Luka 2: podaj/,
    ],
    [
      'drop-down answer not among its choices',
      { kind: 'GAP_FILL', text: 'A [[1]]', gap_0_accepted: 'is', gap_0_choices: 'are\nam' },
      'gap_0',
      /na liście wyboru/,
    ],
    [
      'drop-down with one choice',
      { kind: 'GAP_FILL', text: 'A [[1]]', gap_0_accepted: 'is', gap_0_choices: 'is' },
      'gap_0',
      /co najmniej dwie/,
    ],
    ['one pair', { kind: 'MATCHING', pair_0_left: 'a', pair_0_right: 'b' }, 'pairs', /dwie pełne pary/],
    [
      'half a pair',
      { kind: 'MATCHING', pair_0_left: 'a', pair_0_right: 'b', pair_1_left: 'c', pair_1_right: '' },
      'pairs',
      /Para 2: uzupełnij/,
    ],
    [
      'repeated left side',
      { kind: 'MATCHING', pair_0_left: 'a', pair_0_right: 'b', pair_1_left: 'A', pair_1_right: 'c' },
      'pairs',
      /różne/,
    ],
    [
      'distractor equal to a right side',
      {
        kind: 'MATCHING',
        pair_0_left: 'a',
        pair_0_right: 'b',
        pair_1_left: 'c',
        pair_1_right: 'd',
        distractor_0_text: 'b',
      },
      'distractors',
      /nie mogą powtarzać/,
    ],
    ['one item', { kind: 'ORDERING', item_0_text: 'a' }, 'items', /dwa elementy/],
    ['repeated item', { kind: 'ORDERING', item_0_text: 'a', item_1_text: 'a' }, 'items', /powtarzać/],
    ['number as words', { kind: 'NUMERIC', value: 'trzy' }, 'value', /Podaj liczbę/],
    ['two decimal signs', { kind: 'NUMERIC', value: '3,5,1' }, 'value', /Podaj liczbę/],
    ['negative tolerance', { kind: 'NUMERIC', value: '3', tolerance: '-1' }, 'tolerance', /nie mniejsza od zera/],
    ['long unit', { kind: 'NUMERIC', value: '3', unit: 'x'.repeat(21) }, 'unit', /20 znaków/],
    [
      'too many rows',
      { kind: 'ORDERING', ...Object.fromEntries(Array.from({ length: 31 }, (_, i) => [`item_${i}_text`, `e${i}`])) },
      'items',
      /najwyżej 30/,
    ],
  ])('%s', (_name, form, field, message) => {
    const r = parse(form);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors[field]).toMatch(message);
  });

  it('reports the common fields and the kind fields together, so one save shows every problem', () => {
    const r = parse({ kind: 'MATCHING', text: '', points: 'x', pair_0_left: 'a' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(Object.keys(r.errors).sort()).toEqual(['pairs', 'points', 'text']);
  });
});

describe('decimal numbers as Polish staff type them', () => {
  it.each([
    ['3,5', 3.5],
    ['3.5', 3.5],
    ['-0,25', -0.25],
    ['1 000,5', 1000.5],
    [',5', 0.5],
    ['10', 10],
    ['', null],
    ['1e3', null],
    ['3,5 cm', null],
    ['Infinity', null],
  ])('%s → %s', (raw, expected) => {
    expect(parseDecimal(raw)).toBe(expected);
  });
});
