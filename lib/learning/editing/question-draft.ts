// A stored question as the editor's fields (numbers as typed text, answers one per line, rows
// with their item ids), so the form starts from what is saved and sends the ids back unchanged.
import { parseQuestionConfig, type QuestionKindCode } from '@/lib/learning/questions/config';

type Row<T> = T & { key: string };
export type QuestionDraft = {
  id?: string;
  kind: QuestionKindCode;
  text: string;
  points: string;
  category: string;
  mediaId: string;
  options: Row<{ id?: string; text: string; correct: boolean }>[];
  partialCredit: boolean;
  answer: '' | 'true' | 'false';
  accepted: string;
  ignoreCase: boolean;
  ignoreDiacritics: boolean;
  gaps: Row<{ accepted: string; choices: string }>[];
  pairs: Row<{ leftId: string; left: string; rightId: string; right: string }>[];
  distractors: Row<{ id: string; text: string }>[];
  items: Row<{ id: string; text: string }>[];
  value: string;
  tolerance: string;
  unit: string;
};

type Stored = {
  id: string;
  kind: QuestionKindCode;
  text: string;
  points: number;
  category: string;
  mediaId: string | null;
  config: unknown;
  options: { id: string; text: string; correct: boolean }[];
};

const keyed = <T>(rows: T[], prefix: string): Row<T>[] => rows.map((r, i) => ({ ...r, key: `${prefix}${i}` }));
const numberText = (n: number) => String(n).replace('.', ',');

/** A blank question: a few empty rows of every kind, so switching the kind shows something to fill. */
export function emptyDraft(kind: QuestionKindCode = 'SINGLE'): QuestionDraft {
  const blank = (n: number) => Array.from({ length: n }, () => ({ id: '', text: '' }));
  return {
    kind,
    text: '',
    points: '1',
    category: '',
    mediaId: '',
    options: keyed(
      Array.from({ length: 4 }, () => ({ text: '', correct: false })),
      'o',
    ),
    partialCredit: false,
    answer: '',
    accepted: '',
    ignoreCase: true,
    ignoreDiacritics: false,
    gaps: keyed([{ accepted: '', choices: '' }], 'g'),
    pairs: keyed(
      Array.from({ length: 3 }, () => ({ leftId: '', left: '', rightId: '', right: '' })),
      'p',
    ),
    distractors: [],
    items: keyed(blank(3), 'i'),
    value: '',
    tolerance: '',
    unit: '',
  };
}

/** The editor's fields for a stored question (its config read with the shared contract). */
export function questionDraft(q: Stored): QuestionDraft {
  const d: QuestionDraft = {
    ...emptyDraft(q.kind),
    id: q.id,
    text: q.text,
    points: String(q.points),
    category: q.category,
    mediaId: q.mediaId ?? '',
  };
  switch (q.kind) {
    case 'SINGLE':
    case 'MULTIPLE':
      return {
        ...d,
        options: keyed(q.options, 'o'),
        partialCredit: q.kind === 'MULTIPLE' && parseQuestionConfig('MULTIPLE', q.config).partialCredit,
      };
    case 'TRUE_FALSE':
      return { ...d, answer: parseQuestionConfig('TRUE_FALSE', q.config).answer ? 'true' : 'false' };
    case 'SHORT_ANSWER': {
      const c = parseQuestionConfig('SHORT_ANSWER', q.config);
      return {
        ...d,
        accepted: c.accepted.join('\n'),
        ignoreCase: !c.caseSensitive,
        ignoreDiacritics: c.ignoreDiacritics,
      };
    }
    case 'GAP_FILL': {
      const c = parseQuestionConfig('GAP_FILL', q.config);
      const gaps = c.gaps.map((g) => ({ accepted: g.accepted.join('\n'), choices: (g.choices ?? []).join('\n') }));
      return { ...d, gaps: keyed(gaps, 'g'), ignoreCase: !c.caseSensitive, ignoreDiacritics: c.ignoreDiacritics };
    }
    case 'MATCHING': {
      const c = parseQuestionConfig('MATCHING', q.config);
      return { ...d, pairs: keyed(c.pairs, 'p'), distractors: keyed(c.distractors, 'd') };
    }
    case 'ORDERING':
      return { ...d, items: keyed(parseQuestionConfig('ORDERING', q.config).items, 'i') };
    case 'NUMERIC': {
      const c = parseQuestionConfig('NUMERIC', q.config);
      return {
        ...d,
        value: numberText(c.value),
        tolerance: c.tolerance ? numberText(c.tolerance) : '',
        unit: c.unit ?? '',
      };
    }
  }
}
