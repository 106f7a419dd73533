// A learner's answer and a question's key as short texts for the result page (and only there:
// the key is shown after submission, and only in a course with testShowsAnswers).
import { messages } from '@/lib/i18n';
import { perLocale } from '@/lib/format/intl-tag';
import { parseQuestionConfig, type AnswerValue } from '@/lib/learning/questions/config';
import type { KeyedQuestion } from './attempt-questions';

/** What the learner answered, one part per line; [] = no answer. */
export function describeAnswer(q: KeyedQuestion, a: AnswerValue | undefined): string[] {
  const t = messages().quiz;
  if (!a) return [];
  switch (a.kind) {
    case 'choice':
      return q.options.filter((o) => a.optionIds.includes(o.id)).map((o) => o.text);
    case 'bool':
      return [a.value ? t.trueLabel : t.falseLabel];
    case 'text':
      return a.value.trim() ? [a.value.trim()] : [];
    case 'gaps':
      return a.values.map((v, i) => `${t.gapLabel(i + 1)}: ${v.trim() || '—'}`);
    case 'pairs': {
      const c = parseQuestionConfig('MATCHING', q.config);
      const text = new Map<string, string>([
        ...c.pairs.map((p): [string, string] => [p.rightId, p.right]),
        ...c.distractors.map((d): [string, string] => [d.id, d.text]),
      ]);
      return c.pairs.flatMap((p) => (a.map[p.leftId] ? [`${p.left}${t.orderArrow}${text.get(a.map[p.leftId])}`] : []));
    }
    case 'order': {
      const c = parseQuestionConfig('ORDERING', q.config);
      const text = new Map(c.items.map((i) => [i.id, i.text]));
      return a.ids.map((id, i) => `${i + 1}. ${text.get(id) ?? '?'}`);
    }
  }
}

/** The correct answer, one part per line. */
export function describeKey(q: KeyedQuestion): string[] {
  const t = messages().quiz;
  switch (q.kind) {
    case 'SINGLE':
    case 'MULTIPLE':
      return q.options.filter((o) => o.correct).map((o) => o.text);
    case 'TRUE_FALSE':
      return [parseQuestionConfig('TRUE_FALSE', q.config).answer ? t.trueLabel : t.falseLabel];
    case 'SHORT_ANSWER':
      return [parseQuestionConfig('SHORT_ANSWER', q.config).accepted.join(' / ')];
    case 'GAP_FILL':
      return parseQuestionConfig('GAP_FILL', q.config).gaps.map(
        (g, i) => `${t.gapLabel(i + 1)}: ${g.accepted.join(' / ')}`,
      );
    case 'MATCHING':
      return parseQuestionConfig('MATCHING', q.config).pairs.map((p) => `${p.left}${t.orderArrow}${p.right}`);
    case 'ORDERING':
      return parseQuestionConfig('ORDERING', q.config).items.map((item, i) => `${i + 1}. ${item.text}`);
    case 'NUMERIC': {
      const c = parseQuestionConfig('NUMERIC', q.config);
      const value = formatPoints(c.value);
      const tol = c.tolerance > 0 ? ` ± ${formatPoints(c.tolerance)}` : '';
      return [`${value}${tol}${c.unit ? ` ${c.unit}` : ''}`];
    }
  }
}

const pointsFmt = perLocale((tag) => new Intl.NumberFormat(tag, { maximumFractionDigits: 2, useGrouping: false }));

/** 2 → "2", 1.3333 → "1,33" (Polish) / "1.33" (English): points and numbers, at most two decimals. */
export function formatPoints(n: number, locale?: string): string {
  return pointsFmt(locale).format(n);
}
