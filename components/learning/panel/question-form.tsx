'use client';
// One question of any kind: the fields every question has, then the chosen kind's own. The draft
// lives in state and every input starts from it, so a refused save (the form is reset) keeps all
// that was typed, rows added or removed included.
import { useState } from 'react';
import { Field, SelectField, TextAreaField } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { useFormAction } from '@/components/forms/use-form-action';
import { saveQuestion } from '@/lib/actions/learning/save-question';
import { QUESTION_KINDS, type QuestionKindCode } from '@/lib/learning/questions/config';
import type { QuestionDraft } from '@/lib/learning/editing/question-draft';
import { messages } from '@/lib/i18n';
import { ChoiceFields } from './questions/choice-fields';
import { TrueFalseFields } from './questions/true-false-fields';
import { ShortAnswerFields } from './questions/short-answer-fields';
import { GapFields } from './questions/gap-fields';
import { MatchingFields } from './questions/matching-fields';
import { OrderingFields } from './questions/ordering-fields';
import { NumericFields } from './questions/numeric-fields';
import { newRowKey, type KindProps } from './questions/types';
import { useLocale } from '@/components/locale/locale-provider';

export type MediaChoice = { id: string; fileName: string; mimeType: string };

const KIND_FIELDS: Record<QuestionKindCode, (p: KindProps) => React.ReactNode> = {
  SINGLE: ChoiceFields,
  MULTIPLE: ChoiceFields,
  TRUE_FALSE: TrueFalseFields,
  SHORT_ANSWER: ShortAnswerFields,
  GAP_FILL: GapFields,
  MATCHING: MatchingFields,
  ORDERING: OrderingFields,
  NUMERIC: NumericFields,
};

/** The next free gap number of a text: one past the highest `[[n]]` in it. */
const nextGap = (text: string) => Math.max(0, ...[...text.matchAll(/\[\[(\d{1,2})\]\]/g)].map((m) => Number(m[1]))) + 1;

export function QuestionForm({
  courseId,
  initial,
  categories,
  media,
}: {
  courseId: string;
  initial: QuestionDraft;
  categories: string[];
  media: MediaChoice[];
}) {
  const locale = useLocale();
  const f = useFormAction(saveQuestion);
  const [d, setDraft] = useState(initial);
  const [generation, setGeneration] = useState(0);
  const [seen, setSeen] = useState({ state: f.state, initial: JSON.stringify(initial) });
  // After every run the form is drawn afresh from the draft (React's reset would put a select back
  // to its first value); it starts again from what the server holds when that changed (a save gave
  // new rows their ids), and the new-question form is emptied once its question was added.
  const sig = JSON.stringify(initial);
  if (seen.state !== f.state || seen.initial !== sig) {
    setSeen({ state: f.state, initial: sig });
    if (seen.initial !== sig || (f.ok && !initial.id)) setDraft(initial);
    setGeneration((g) => g + 1);
  }
  const update = (patch: Partial<QuestionDraft>) => setDraft((x) => ({ ...x, ...patch }));
  const t = messages(locale).panel.courses.questionEditor;
  const kinds = messages(locale).panel.courses.questionKind;
  const uid = `q-${initial.id ?? 'new'}`;
  const Kind = KIND_FIELDS[d.kind];

  function insertGap() {
    const el = document.getElementById(`${uid}-text`);
    if (!(el instanceof HTMLTextAreaElement)) return;
    const n = nextGap(el.value);
    const at = el.selectionStart ?? el.value.length;
    const end = el.selectionEnd ?? at;
    el.value = `${el.value.slice(0, at)}[[${n}]]${el.value.slice(end)}`;
    const caret = at + `[[${n}]]`.length;
    el.focus();
    el.setSelectionRange(caret, caret);
    const gaps = [...d.gaps];
    while (gaps.length < n) gaps.push({ key: newRowKey(), accepted: '', choices: '' });
    update({ text: el.value, gaps });
  }

  return (
    <form key={generation} action={f.action} className="space-y-4" noValidate>
      <input type="hidden" name="courseId" value={courseId} />
      {initial.id && <input type="hidden" name="id" value={initial.id} />}
      <FormMessage state={f.state} />
      <SelectField
        id={`${uid}-kind`}
        name="kind"
        label={t.kind}
        defaultValue={d.kind}
        onChange={(e) => update({ kind: e.target.value as QuestionKindCode })}
        error={f.error('kind')}
        options={QUESTION_KINDS.map((k) => ({ value: k, label: kinds[k] }))}
      />
      <div className="space-y-2">
        <TextAreaField
          className="input font-mono text-sm"
          id={`${uid}-text`}
          name="text"
          label={t.text}
          hint={d.kind === 'GAP_FILL' ? t.gapHint : t.textHint}
          rows={d.kind === 'GAP_FILL' ? 4 : 2}
          defaultValue={d.text}
          onChange={(e) => update({ text: e.target.value })}
          error={f.error('text')}
        />
        {d.kind === 'GAP_FILL' && (
          <button type="button" className="btn-secondary" onClick={insertGap}>
            {t.insertGap(nextGap(d.text))}
          </button>
        )}
      </div>
      <Kind d={d} update={update} err={f.error} uid={uid} />
      <div className="grid gap-3 sm:grid-cols-3">
        <Field
          id={`${uid}-points`}
          name="points"
          label={t.points}
          inputMode="numeric"
          defaultValue={d.points}
          onChange={(e) => update({ points: e.target.value })}
          error={f.error('points')}
        />
        <Field
          id={`${uid}-category`}
          name="category"
          label={t.category}
          list={`${uid}-categories`}
          hint={t.categoryHint}
          defaultValue={d.category}
          onChange={(e) => update({ category: e.target.value })}
          error={f.error('category')}
        />
        <SelectField
          id={`${uid}-media`}
          name="mediaId"
          label={t.media}
          hint={media.length === 0 ? t.mediaHint : undefined}
          defaultValue={d.mediaId}
          onChange={(e) => update({ mediaId: e.target.value })}
          error={f.error('mediaId')}
          options={[{ value: '', label: t.noMedia }, ...media.map((m) => ({ value: m.id, label: m.fileName }))]}
        />
        <datalist id={`${uid}-categories`}>
          {categories.map((c) => (
            <option key={c} value={c} />
          ))}
        </datalist>
      </div>
      <SubmitButton className="btn-primary">{initial.id ? t.save : t.add}</SubmitButton>
    </form>
  );
}
