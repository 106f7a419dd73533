'use client';
import { FormMessage } from '@/components/forms/form-message';
import { FieldError, SelectField, TextAreaField } from '@/components/forms/field';
import { SubmitButton } from '@/components/forms/submit-button';
import { useFormAction } from '@/components/forms/use-form-action';
import { saveQuestion } from '@/lib/actions/learning/save-question';
import { OPTION_SLOTS } from '@/lib/learning/editing/course-schemas';

export type QuestionValues = {
  id?: string;
  kind: 'SINGLE' | 'MULTIPLE';
  text: string;
  position: number;
  options: { text: string; correct: boolean }[];
};

/** A question with up to six answers; the staff member ticks the correct ones. */
export function QuestionForm({ courseId, initial }: { courseId: string; initial: QuestionValues }) {
  const f = useFormAction(saveQuestion);
  const fe = f.fieldErrors;
  const key = initial.id ?? 'new';
  return (
    <form action={f.action} className="space-y-3" noValidate>
      <input type="hidden" name="courseId" value={courseId} />
      <input type="hidden" name="position" value={initial.position} />
      {initial.id && <input type="hidden" name="id" value={initial.id} />}
      <FormMessage state={f.state} />
      <TextAreaField
        className="input font-mono text-sm"
        id={`q-text-${key}`}
        name="text"
        label="Treść pytania"
        rows={2}
        defaultValue={f.value('text', initial.text)}
        error={fe.text}
      />
      <SelectField
        id={`q-kind-${key}`}
        name="kind"
        label="Rodzaj"
        defaultValue={f.value('kind', initial.kind)}
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
                defaultChecked={f.checked(`correct_${i}`, o?.correct)}
                aria-label={`Odpowiedź ${i + 1} jest poprawna`}
              />
              <label htmlFor={`q-${key}-o${i}`} className="sr-only">
                Odpowiedź {i + 1}
              </label>
              <input
                id={`q-${key}-o${i}`}
                name={`option_${i}`}
                className="input"
                defaultValue={f.value(`option_${i}`, o?.text ?? '')}
                placeholder={`Odpowiedź ${i + 1}`}
              />
            </div>
          );
        })}
        <FieldError id={`q-opt-${key}-error`}>{fe.options}</FieldError>
      </fieldset>
      <SubmitButton className="btn-primary">{initial.id ? 'Zapisz pytanie' : 'Dodaj pytanie'}</SubmitButton>
    </form>
  );
}
