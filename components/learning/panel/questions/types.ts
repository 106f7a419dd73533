// What every kind's field group receives from the question form: the draft, a way to change it,
// the errors by field name and a prefix that keeps element ids unique per form on the page.
import type { QuestionDraft } from '@/lib/learning/editing/question-draft';

export type KindProps = {
  d: QuestionDraft;
  update: (patch: Partial<QuestionDraft>) => void;
  err: (name: string) => string | undefined;
  uid: string;
};

let counter = 0;
/** A React key for a row added in the browser (rows from the server have their own). */
export const newRowKey = () => `n${++counter}`;
