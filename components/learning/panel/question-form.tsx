'use client';
import { useActionState } from 'react';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { saveQuestion } from '@/lib/actions/learning/save-question';
import { OPTION_SLOTS } from '@/lib/learning/editing/course-schemas';
import { Select, TextArea } from './inputs';

export type QuestionValues = {
  id?: string;
  kind: 'SINGLE' | 'MULTIPLE';
  text: string;
  position: number;
  options: { text: string; correct: boolean }[];
};

/** A question with up to six answers; the staff member ticks the correct ones. */
export function QuestionForm({ courseId, initial }: { courseId: string; initial: QuestionValues }) {
  const [state, action] = useActionState(saveQuestion, null);
  const typed = state && !state.ok ? state.values : undefined;
  const fe = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const key = initial.id ?? 'new';
  return (
    <form action={action} className="space-y-3" noValidate>
      <input type="hidden" name="courseId" value={courseId} />
      <input type="hidden" name="position" value={initial.position} />
      {initial.id && <input type="hidden" name="id" value={initial.id} />}
      <FormMessage state={state} />
      <TextArea
        id={`q-text-${key}`}
        name="text"
        label="Treść pytania"
        rows={2}
        defaultValue={typed?.text ?? initial.text}
        error={fe.text}
      />
      <Select
        id={`q-kind-${key}`}
        name="kind"
        label="Rodzaj"
        defaultValue={typed?.kind ?? initial.kind}
        error={fe.kind}
        options={[
          { value: 'SINGLE', label: 'Jednokrotnego wyboru' },
          { value: 'MULTIPLE', label: 'Wielokrotnego wyboru' },
        ]}
      />
      <fieldset className="space-y-2" aria-describedby={fe.options ? `q-opt-${key}-error` : undefined}>
        <legend className="label">Odpowiedzi (zaznacz poprawne)</legend>
        {Array.from({ length: OPTION_SLOTS }, (_, i) => {
          const o = initial.options[i];
          return (
            <div key={i} className="flex items-center gap-2">
              <input
                id={`q-${key}-c${i}`}
                type="checkbox"
                name={`correct_${i}`}
                className="h-4 w-4"
                defaultChecked={typed ? typed[`correct_${i}`] === 'on' : o?.correct}
                aria-label={`Odpowiedź ${i + 1} jest poprawna`}
              />
              <label htmlFor={`q-${key}-o${i}`} className="sr-only">
                Odpowiedź {i + 1}
              </label>
              <input
                id={`q-${key}-o${i}`}
                name={`option_${i}`}
                className="input"
                defaultValue={typed?.[`option_${i}`] ?? o?.text ?? ''}
                placeholder={`Odpowiedź ${i + 1}`}
              />
            </div>
          );
        })}
        {fe.options && (
          <p id={`q-opt-${key}-error`} className="field-error" role="alert">
            {fe.options}
          </p>
        )}
      </fieldset>
      <SubmitButton className="btn-primary">{initial.id ? 'Zapisz pytanie' : 'Dodaj pytanie'}</SubmitButton>
    </form>
  );
}
