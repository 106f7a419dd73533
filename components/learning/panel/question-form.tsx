'use client';
import { FormMessage } from '@/components/forms/form-message';
import { FieldError, SelectField, TextAreaField } from '@/components/forms/field';
import { SubmitButton } from '@/components/forms/submit-button';
import { useFormAction } from '@/components/forms/use-form-action';
import { saveQuestion } from '@/lib/actions/learning/save-question';
import { OPTION_SLOTS } from '@/lib/learning/editing/course-schemas';
import { messages } from '@/lib/i18n';

export type QuestionValues = {
  id?: string;
  kind: import('@/lib/learning/questions/config').QuestionKindCode;
  text: string;
  position: number;
  options: { text: string; correct: boolean }[];
};

/** A question with up to six answers; the staff member ticks the correct ones. */
export function QuestionForm({ courseId, initial }: { courseId: string; initial: QuestionValues }) {
  const f = useFormAction(saveQuestion);
  const fe = f.fieldErrors;
  const t = messages().panel.courses.questionForm;
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
        label={t.text}
        rows={2}
        defaultValue={f.value('text', initial.text)}
        error={fe.text}
      />
      <SelectField
        id={`q-kind-${key}`}
        name="kind"
        label={t.kind}
        defaultValue={f.value('kind', initial.kind)}
        error={fe.kind}
        options={[
          { value: 'SINGLE', label: t.single },
          { value: 'MULTIPLE', label: t.multiple },
        ]}
      />
      <fieldset className="space-y-2" aria-describedby={fe.options ? `q-opt-${key}-error` : undefined}>
        <legend className="label">{t.options}</legend>
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
                aria-label={t.optionCorrect(i + 1)}
              />
              <label htmlFor={`q-${key}-o${i}`} className="sr-only">
                {t.option(i + 1)}
              </label>
              <input
                id={`q-${key}-o${i}`}
                name={`option_${i}`}
                className="input"
                defaultValue={f.value(`option_${i}`, o?.text ?? '')}
                placeholder={t.option(i + 1)}
              />
            </div>
          );
        })}
        <FieldError id={`q-opt-${key}-error`}>{fe.options}</FieldError>
      </fieldset>
      <SubmitButton className="btn-primary">{initial.id ? t.save : t.add}</SubmitButton>
    </form>
  );
}
