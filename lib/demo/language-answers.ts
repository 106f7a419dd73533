// The answer sheet a demo learner sends, written from the questions' key: the demo's placement
// attempts and level test go through the real scoring, with the fields a browser would post.
import { answerField } from '@/lib/learning/questions/answers';
import { parseQuestionConfig } from '@/lib/learning/questions/config';
import type { KeyedQuestion } from '@/lib/learning/final-test/attempt-questions';

export type AnswerFields = Record<string, string | string[]>;

/** The right answer to every question `right` picks; the others are left unanswered. */
export function answerSheet(questions: readonly KeyedQuestion[], right: (q: KeyedQuestion, i: number) => boolean) {
  const out: AnswerFields = {};
  questions.forEach((q, i) => {
    if (right(q, i)) Object.assign(out, correctFields(q));
  });
  return out;
}

function correctFields(q: KeyedQuestion): AnswerFields {
  const main = answerField.main(q.id);
  switch (q.kind) {
    case 'SINGLE':
    case 'MULTIPLE':
      return { [main]: q.options.filter((o) => o.correct).map((o) => o.id) };
    case 'TRUE_FALSE':
      return { [main]: String(parseQuestionConfig('TRUE_FALSE', q.config).answer) };
    case 'SHORT_ANSWER':
      return { [main]: parseQuestionConfig('SHORT_ANSWER', q.config).accepted[0] };
    case 'NUMERIC':
      return { [main]: String(parseQuestionConfig('NUMERIC', q.config).value) };
    case 'GAP_FILL':
      return Object.fromEntries(
        parseQuestionConfig('GAP_FILL', q.config).gaps.map((g, i) => [answerField.gap(q.id, i), g.accepted[0]]),
      );
    case 'MATCHING':
      return Object.fromEntries(
        parseQuestionConfig('MATCHING', q.config).pairs.map((p) => [answerField.pair(q.id, p.leftId), p.rightId]),
      );
    case 'ORDERING':
      return {
        [answerField.order(q.id)]: parseQuestionConfig('ORDERING', q.config)
          .items.map((x) => x.id)
          .join(','),
      };
  }
}
