'use client';
import { CheckboxField, Field, SelectField, TextAreaField } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { useFormAction } from '@/components/forms/use-form-action';
import { saveCourse } from '@/lib/actions/learning/save-course';

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
  return (
    <form action={f.action} className="space-y-4" noValidate>
      {initial.id && <input type="hidden" name="id" value={initial.id} />}
      <FormMessage state={f.state} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="title" label="Tytuł" defaultValue={v('title')} error={fe.title} required />
        <Field
          name="slug"
          label="Adres (slug)"
          hint="np. bhp-dla-biura → /kursy/bhp-dla-biura"
          defaultValue={v('slug')}
          error={fe.slug}
          required
        />
      </div>
      <Field name="summary" label="Krótki opis" defaultValue={v('summary')} error={fe.summary} required />
      <TextAreaField
        className="input font-mono text-sm"
        name="description"
        label="Opis"
        rows={4}
        defaultValue={v('description')}
        error={fe.description}
      />
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField
          name="categoryId"
          label="Kategoria"
          defaultValue={v('categoryId')}
          error={fe.categoryId}
          options={[{ value: '', label: '— wybierz —' }, ...categories.map((c) => ({ value: c.id, label: c.name }))]}
        />
        <Field
          name="price"
          label="Cena brutto (zł)"
          inputMode="decimal"
          defaultValue={v('price')}
          error={fe.price}
          required
        />
        <Field
          name="accessMonths"
          label="Dostęp (miesiące)"
          hint="puste = bez limitu"
          inputMode="numeric"
          defaultValue={v('accessMonths')}
          error={fe.accessMonths}
        />
      </div>
      <fieldset className="grid gap-4 rounded-lg border border-slate-200 p-4 sm:grid-cols-4">
        <legend className="px-1 text-sm font-semibold">Test końcowy</legend>
        <Field
          name="testQuestionCount"
          label="Liczba pytań"
          inputMode="numeric"
          defaultValue={v('testQuestionCount')}
          error={fe.testQuestionCount}
        />
        <Field
          name="passMarkPercent"
          label="Próg zaliczenia (%)"
          inputMode="numeric"
          defaultValue={v('passMarkPercent')}
          error={fe.passMarkPercent}
        />
        <Field
          name="maxAttempts"
          label="Liczba podejść"
          inputMode="numeric"
          defaultValue={v('maxAttempts')}
          error={fe.maxAttempts}
        />
        <Field
          name="timeLimitMinutes"
          label="Limit czasu (min)"
          hint="puste = bez limitu"
          inputMode="numeric"
          defaultValue={v('timeLimitMinutes')}
          error={fe.timeLimitMinutes}
        />
      </fieldset>
      <TextAreaField
        className="input font-mono text-sm"
        name="groupInstruction"
        label="Instrukcja dla grup (markdown)"
        hint="Pokazywana uczestnikom pakietów grupowych przed pierwszą lekcją."
        rows={4}
        defaultValue={v('groupInstruction')}
        error={fe.groupInstruction}
      />
      <CheckboxField
        name="published"
        label={<span className="font-medium">Opublikowany w katalogu</span>}
        defaultChecked={f.checked('published', initial.published)}
      />
      <SubmitButton className="btn-primary">Zapisz kurs</SubmitButton>
    </form>
  );
}
