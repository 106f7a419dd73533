'use client';
import { useActionState } from 'react';
import { Field } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { saveCourse } from '@/lib/actions/learning/save-course';
import { Select, TextArea } from './inputs';

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
  const [state, action] = useActionState(saveCourse, null);
  const typed = state && !state.ok ? state.values : undefined;
  const v = (k: keyof CourseValues) => typed?.[k] ?? String(initial[k] ?? '');
  const fe = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  return (
    <form action={action} className="space-y-4" noValidate>
      {initial.id && <input type="hidden" name="id" value={initial.id} />}
      <FormMessage state={state} />
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
      <TextArea name="description" label="Opis" rows={4} defaultValue={v('description')} error={fe.description} />
      <div className="grid gap-4 sm:grid-cols-3">
        <Select
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
      <TextArea
        name="groupInstruction"
        label="Instrukcja dla grup (markdown)"
        hint="Pokazywana uczestnikom pakietów grupowych przed pierwszą lekcją."
        rows={4}
        defaultValue={v('groupInstruction')}
        error={fe.groupInstruction}
      />
      <div className="flex items-center gap-2">
        <input
          id="f-published"
          name="published"
          type="checkbox"
          className="h-4 w-4"
          defaultChecked={typed ? typed.published === 'on' : initial.published}
        />
        <label htmlFor="f-published" className="text-sm font-medium">
          Opublikowany w katalogu
        </label>
      </div>
      <SubmitButton className="btn-primary">Zapisz kurs</SubmitButton>
    </form>
  );
}
