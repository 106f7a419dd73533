'use client';
import { CheckboxField, Field, SelectField, TextAreaField } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { useFormAction } from '@/components/forms/use-form-action';
import { saveCourse } from '@/lib/actions/learning/save-course';
import { messages } from '@/lib/i18n';

export type CourseValues = {
  id?: string;
  title: string;
  slug: string;
  summary: string;
  description: string;
  categoryId: string;
  price: string;
  accessMonths: string;
  testQuestionCount: string;
  passMarkPercent: string;
  maxAttempts: string;
  timeLimitMinutes: string;
  groupInstruction: string;
  published: boolean;
};

/** Course basics and test settings; after an error the form shows what was typed. */
export function CourseForm({
  initial,
  categories,
}: {
  initial: CourseValues;
  categories: { id: string; name: string }[];
}) {
  const f = useFormAction(saveCourse);
  const v = (k: keyof CourseValues) => f.value(k, String(initial[k] ?? ''));
  const fe = f.fieldErrors;
  const t = messages().panel.courses.courseForm;
  return (
    <form action={f.action} className="space-y-4" noValidate>
      {initial.id && <input type="hidden" name="id" value={initial.id} />}
      <FormMessage state={f.state} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="title" label={t.title} defaultValue={v('title')} error={fe.title} required />
        <Field name="slug" label={t.slug} hint={t.slugHint} defaultValue={v('slug')} error={fe.slug} required />
      </div>
      <Field name="summary" label={t.summary} defaultValue={v('summary')} error={fe.summary} required />
      <TextAreaField
        className="input font-mono text-sm"
        name="description"
        label={t.description}
        rows={4}
        defaultValue={v('description')}
        error={fe.description}
      />
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField
          name="categoryId"
          label={t.category}
          defaultValue={v('categoryId')}
          error={fe.categoryId}
          options={[{ value: '', label: t.chooseCategory }, ...categories.map((c) => ({ value: c.id, label: c.name }))]}
        />
        <Field name="price" label={t.price} inputMode="decimal" defaultValue={v('price')} error={fe.price} required />
        <Field
          name="accessMonths"
          label={t.accessMonths}
          hint={t.emptyUnlimited}
          inputMode="numeric"
          defaultValue={v('accessMonths')}
          error={fe.accessMonths}
        />
      </div>
      <fieldset className="grid gap-4 rounded-lg border border-slate-200 p-4 sm:grid-cols-4">
        <legend className="px-1 text-sm font-semibold">{t.test}</legend>
        <Field
          name="testQuestionCount"
          label={t.testQuestionCount}
          inputMode="numeric"
          defaultValue={v('testQuestionCount')}
          error={fe.testQuestionCount}
        />
        <Field
          name="passMarkPercent"
          label={t.passMark}
          inputMode="numeric"
          defaultValue={v('passMarkPercent')}
          error={fe.passMarkPercent}
        />
        <Field
          name="maxAttempts"
          label={t.maxAttempts}
          inputMode="numeric"
          defaultValue={v('maxAttempts')}
          error={fe.maxAttempts}
        />
        <Field
          name="timeLimitMinutes"
          label={t.timeLimit}
          hint={t.emptyUnlimited}
          inputMode="numeric"
          defaultValue={v('timeLimitMinutes')}
          error={fe.timeLimitMinutes}
        />
      </fieldset>
      <TextAreaField
        className="input font-mono text-sm"
        name="groupInstruction"
        label={t.groupInstruction}
        hint={t.groupInstructionHint}
        rows={4}
        defaultValue={v('groupInstruction')}
        error={fe.groupInstruction}
      />
      <CheckboxField
        name="published"
        label={<span className="font-medium">{t.published}</span>}
        defaultChecked={f.checked('published', initial.published)}
      />
      <SubmitButton className="btn-primary">{t.save}</SubmitButton>
    </form>
  );
}
