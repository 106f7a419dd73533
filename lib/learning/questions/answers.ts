// Reading a submitted test form into AttemptAnswers, given the questions the learner was shown.
// One field naming scheme shared with the form (components/learning/test/*); fields of questions
// not in the attempt are ignored here and answers with foreign ids are left for scoring to reject.
import type { AnswerValue, AttemptAnswers, TakingQuestion } from './config';

/** The form's field names: one place, so the form and the parser cannot drift apart. */
export const answerField = {
  main: (questionId: string) => `q.${questionId}`,
  gap: (questionId: string, index: number) => `q.${questionId}.gap.${index}`,
  pair: (questionId: string, leftId: string) => `q.${questionId}.pair.${leftId}`,
  order: (questionId: string) => `q.${questionId}.order`,
};

export type SubmittedFields = FormData | Readonly<Record<string, unknown>>;

function reader(form: SubmittedFields): (name: string) => string[] {
  if (form instanceof FormData) return (name) => form.getAll(name).filter((v): v is string => typeof v === 'string');
  return (name) => {
    const v = form[name];
    if (v === undefined || v === null) return [];
    return (Array.isArray(v) ? v : [v]).filter((x): x is string => typeof x === 'string');
  };
}

export function parseAnswers(form: SubmittedFields, questions: readonly TakingQuestion[]): AttemptAnswers {
  const all = reader(form);
  const one = (name: string) => all(name)[0] ?? '';
  const out: Record<string, AnswerValue> = {};
  for (const q of questions) {
    const a = answerOf(q, all, one);
    if (a) out[q.id] = a;
  }
  return out;
}

function answerOf(q: TakingQuestion, all: (n: string) => string[], one: (n: string) => string): AnswerValue | null {
  const main = answerField.main(q.id);
  switch (q.kind) {
    case 'SINGLE':
    case 'MULTIPLE': {
      const optionIds = all(main).filter((v) => v !== '');
      return optionIds.length ? { kind: 'choice', optionIds } : null;
    }
    case 'TRUE_FALSE': {
      const v = one(main);
      return v === 'true' || v === 'false' ? { kind: 'bool', value: v === 'true' } : null;
    }
    case 'SHORT_ANSWER':
    case 'NUMERIC': {
      const value = one(main);
      return value.trim() ? { kind: 'text', value } : null;
    }
    case 'GAP_FILL': {
      const values = (q.gaps ?? []).map((_, i) => one(answerField.gap(q.id, i)));
      return values.some((v) => v.trim()) ? { kind: 'gaps', values } : null;
    }
    case 'MATCHING': {
      const map: Record<string, string> = {};
      for (const l of q.lefts ?? []) {
        const v = one(answerField.pair(q.id, l.id));
        if (v) map[l.id] = v;
      }
      return Object.keys(map).length ? { kind: 'pairs', map } : null;
    }
    case 'ORDERING': {
      // Empty until the learner moves an item: the shown order is never the correct one.
      const ids = one(answerField.order(q.id)).split(',').filter(Boolean);
      return ids.length ? { kind: 'order', ids } : null;
    }
  }
}

/** Whether the learner answered the question (for the warning before sending). */
export function isAnswered(q: TakingQuestion, form: SubmittedFields): boolean {
  return parseAnswers(form, [q])[q.id] !== undefined;
}
