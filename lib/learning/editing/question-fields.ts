// The rows of the question editor as the form sends them (option_0_text, gap_1_accepted, pair_2_left …),
// read into one kind's config (lib/learning/questions/config.ts) with the rules its zod shape cannot
// state: markers numbered 1..n, a drop-down's answers among its choices, one correct single choice.
import { GAP_MARKER, questionConfigSchemas, type QuestionConfig } from '@/lib/learning/questions/config';
import type { QuestionKindCode } from '@/lib/learning/questions/config';
import type { FieldErrors } from '@/lib/errors';
import { messages } from '@/lib/i18n';

export type RawForm = Record<string, unknown>;
export type OptionRow = { id?: string; text: string; correct: boolean };
export type KindFields = { config: QuestionConfig; options: OptionRow[] };

export const MAX_ROWS = 30;
const MAX_ROW_TEXT = 500;
const ITEM_ID = /^[A-Za-z0-9_-]{4,24}$/;
const ROW_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** A form value as one string (a repeated name keeps its last value). */
export const str = (v: unknown): string => (Array.isArray(v) ? str(v.at(-1)) : typeof v === 'string' ? v : '');
const on = (v: unknown) => str(v) === 'on' || str(v) === 'true';
/** One answer per line, trimmed, empty lines and repeats dropped. */
export const lines = (v: unknown) => [
  ...new Set(
    str(v)
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean),
  ),
];

/** "3,5", "-12", " 1 000,25 ", "−2" → a number; anything else → null. */
export function parseDecimal(raw: string): number | null {
  const s = raw
    .replace(/[\s\u00a0]/g, '')
    .replace('\u2212', '-')
    .replace(',', '.');
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

/** The row indices present for `prefix` (from any of its fields), in order. */
function rowIndices(raw: RawForm, prefix: string): number[] {
  const re = new RegExp(`^${prefix}_(\\d{1,3})_[a-zA-Z]+$`);
  const found = new Set<number>();
  for (const k of Object.keys(raw)) {
    const m = re.exec(k);
    if (m) found.add(Number(m[1]));
  }
  return [...found].sort((a, b) => a - b);
}

const hasDuplicates = (xs: string[]) => new Set(xs.map((x) => x.toLowerCase())).size !== xs.length;

/** Reads and checks one kind's fields; `newId` gives ids to new matching/ordering items. */
export function readKindFields(
  kind: QuestionKindCode,
  raw: RawForm,
  text: string,
  newId: () => string,
): { fields: KindFields | null; errors: FieldErrors } {
  const e = messages().panel.courses.questionEditor.errors;
  const errors: FieldErrors = {};
  const fail = (field: string, message: string) => void (errors[field] ??= message);
  const used = new Set<string>();
  const keepId = (v: unknown) => {
    const id = str(v);
    const kept = ITEM_ID.test(id) && !used.has(id) ? id : newId();
    used.add(kept);
    return kept;
  };
  const rows = (prefix: string, group: string) => {
    const idx = rowIndices(raw, prefix);
    if (idx.length > MAX_ROWS) fail(group, e.tooManyRows);
    return idx.slice(0, MAX_ROWS);
  };
  const cell = (k: string, group: string) => {
    const v = str(raw[k]).trim();
    if (v.length > MAX_ROW_TEXT) fail(group, e.rowTooLong);
    return v;
  };
  const matching = { caseSensitive: !on(raw.ignoreCase), ignoreDiacritics: on(raw.ignoreDiacritics) };
  let options: OptionRow[] = [];
  let config: unknown = {};

  switch (kind) {
    case 'SINGLE':
    case 'MULTIPLE': {
      for (const i of rows('option', 'options')) {
        const t = cell(`option_${i}_text`, 'options');
        const id = str(raw[`option_${i}_id`]);
        if (t) options.push({ ...(ROW_ID.test(id) ? { id } : {}), text: t, correct: on(raw[`option_${i}_correct`]) });
      }
      const right = options.filter((o) => o.correct).length;
      if (options.length < 2) fail('options', e.twoOptions);
      else if (hasDuplicates(options.map((o) => o.text))) fail('options', e.optionsUnique);
      else if (right === 0) fail('options', e.markCorrect);
      else if (kind === 'SINGLE' && right !== 1) fail('options', e.singleHasOne);
      else if (right === options.length) fail('options', e.oneWrong);
      config = kind === 'MULTIPLE' ? { partialCredit: on(raw.partialCredit) } : {};
      break;
    }
    case 'TRUE_FALSE': {
      const a = str(raw.answer);
      if (a !== 'true' && a !== 'false') fail('answer', e.answer);
      config = { answer: a === 'true' };
      break;
    }
    case 'SHORT_ANSWER': {
      const accepted = lines(raw.accepted);
      if (accepted.length === 0) fail('accepted', e.accepted);
      if (accepted.some((a) => a.length > MAX_ROW_TEXT)) fail('accepted', e.rowTooLong);
      config = { accepted, ...matching };
      break;
    }
    case 'GAP_FILL': {
      const gaps = rows('gap', 'gaps').map((i, n) => {
        const accepted = lines(raw[`gap_${i}_accepted`]);
        const choices = lines(raw[`gap_${i}_choices`]);
        const field = `gap_${i}`;
        if (accepted.length === 0) fail(field, e.gapAccepted(n + 1));
        else if (choices.length === 1) fail(field, e.gapChoices(n + 1));
        else if (choices.length > 1 && accepted.some((a) => !choices.includes(a)))
          fail(field, e.gapAcceptedInChoices(n + 1));
        if ([...accepted, ...choices].some((a) => a.length > MAX_ROW_TEXT)) fail(field, e.rowTooLong);
        return choices.length > 1 ? { accepted, choices } : { accepted };
      });
      const markers = [...text.matchAll(GAP_MARKER)].map((m) => Number(m[1]));
      if (gaps.length === 0) fail('gaps', e.noGaps);
      else if (markers.length !== gaps.length) fail('text', e.markers(markers.length, gaps.length));
      else if (markers.some((m, i) => m !== i + 1)) fail('text', e.markerOrder);
      config = { gaps, ...matching };
      break;
    }
    case 'MATCHING': {
      const pairs: { leftId: string; left: string; rightId: string; right: string }[] = [];
      for (const [n, i] of rows('pair', 'pairs').entries()) {
        const left = cell(`pair_${i}_left`, 'pairs');
        const right = cell(`pair_${i}_right`, 'pairs');
        if (!left && !right) continue;
        if (!left || !right) fail('pairs', e.halfPair(n + 1));
        else
          pairs.push({
            leftId: keepId(raw[`pair_${i}_leftId`]),
            left,
            rightId: keepId(raw[`pair_${i}_rightId`]),
            right,
          });
      }
      const distractors = rows('distractor', 'distractors')
        .map((i) => ({ raw: raw[`distractor_${i}_id`], text: cell(`distractor_${i}_text`, 'distractors') }))
        .filter((d) => d.text)
        .map((d) => ({ id: keepId(d.raw), text: d.text }));
      if (pairs.length < 2) fail('pairs', e.twoPairs);
      else if (hasDuplicates(pairs.map((p) => p.left)) || hasDuplicates(pairs.map((p) => p.right)))
        fail('pairs', e.pairsUnique);
      if (hasDuplicates([...pairs.map((p) => p.right), ...distractors.map((d) => d.text)]))
        fail('distractors', e.distractorsUnique);
      config = { pairs, distractors };
      break;
    }
    case 'ORDERING': {
      const items = rows('item', 'items')
        .map((i) => ({ raw: raw[`item_${i}_id`], text: cell(`item_${i}_text`, 'items') }))
        .filter((d) => d.text)
        .map((d) => ({ id: keepId(d.raw), text: d.text }));
      if (items.length < 2) fail('items', e.twoItems);
      else if (hasDuplicates(items.map((d) => d.text))) fail('items', e.itemsUnique);
      config = { items };
      break;
    }
    case 'NUMERIC': {
      const value = parseDecimal(str(raw.value));
      const tolText = str(raw.tolerance).trim();
      const tolerance = tolText === '' ? 0 : parseDecimal(tolText);
      const unit = str(raw.unit).trim();
      if (value === null) fail('value', e.value);
      if (tolerance === null || tolerance < 0) fail('tolerance', e.tolerance);
      if (unit.length > 20) fail('unit', e.unit);
      config = { value: value ?? 0, tolerance: tolerance ?? 0, ...(unit ? { unit } : {}) };
      break;
    }
  }
  if (Object.keys(errors).length > 0) return { fields: null, errors };
  // The contract's own shape is the last word; failing it here is a bug in the reading above.
  const checked = questionConfigSchemas[kind].safeParse(config);
  if (!checked.success) return { fields: null, errors: { kind: e.invalid } };
  if (kind !== 'SINGLE' && kind !== 'MULTIPLE') options = [];
  return { fields: { config: checked.data as QuestionConfig, options }, errors };
}
