'use client';
import { CheckboxField, Field, SelectField, TextAreaField } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { useFormAction } from '@/components/forms/use-form-action';
import { saveCourse } from '@/lib/actions/learning/save-course';
import { messages } from '@/lib/i18n';
import { useLocale } from '@/components/locale/locale-provider';
import { COURSE_LANGUAGES } from '@/lib/catalog/rules/course-language';

export type CourseValues = {
  id?: string;
  title: string;
  slug: string;
  summary: string;
  description: string;
  categoryId: string;
  language: string;
  price: string;
  accessMonths: string;
  testQuestionCount: string;
  passMarkPercent: string;
  maxAttempts: string;
  timeLimitMinutes: string;
  retakeDelayHours: string;
  testRequiresLessons: boolean;
  testShowsAnswers: boolean;
  syllabus: string;
  groupInstruction: string;
  published: boolean;
};

// Course basics, programme and test settings; after an error the form shows what was typed,
// the chosen category and every checkbox included.

export function CourseForm({
  initial,
  categories,
}: {
  initial: CourseValues;
  categories: { id: string; name: string }[];
}) {
  const locale = useLocale();
  const f = useFormAction(saveCourse);
  const v = (k: keyof CourseValues) => f.value(k, String(initial[k] ?? ''));

  const fe = f.fieldErrors;
  const m = messages(locale);
  const t = m.panel.courses.courseForm;
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
      <TextAreaField
        name="syllabus"
        label={t.syllabus}
        hint={t.syllabusHint}
        rows={5}
        defaultValue={v('syllabus')}
        error={fe.syllabus}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <div className="sm:col-span-2">
          <SelectField
            name="categoryId"
            label={t.category}
            defaultValue={v('categoryId')}
            error={fe.categoryId}
            options={[
              { value: '', label: t.chooseCategory },
              ...categories.map((c) => ({ value: c.id, label: c.name })),
            ]}
          />
        </div>
        <div className="sm:col-span-2">
          <SelectField
            name="language"
            label={m.courseLanguage.label}
            hint={m.courseLanguage.hint}
            defaultValue={v('language')}
            error={fe.language}
            options={COURSE_LANGUAGES.map((l) => ({ value: l, label: m.courseLanguage.names[l] }))}
          />
        </div>
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
      <fieldset className="grid gap-4 rounded-lg border border-slate-200 p-4 sm:grid-cols-2">
        <legend className="px-1 text-sm font-semibold">{t.test}</legend>
        <Field
          name="testQuestionCount"
          label={t.testQuestionCount}
          hint={t.testQuestionCountHint}
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
        <Field
          name="retakeDelayHours"
          label={t.retakeDelayHours}
          hint={t.retakeDelayHint}
          inputMode="numeric"
          defaultValue={v('retakeDelayHours')}
          error={fe.retakeDelayHours}
        />
        <div className="space-y-2 sm:col-span-2">
          <CheckboxField
            name="testRequiresLessons"
            label={t.testRequiresLessons}
            defaultChecked={f.checked('testRequiresLessons', initial.testRequiresLessons)}
            error={fe.testRequiresLessons}
          />
          <CheckboxField
            name="testShowsAnswers"
            label={t.testShowsAnswers}
            defaultChecked={f.checked('testShowsAnswers', initial.testShowsAnswers)}
            error={fe.testShowsAnswers}
          />
        </div>
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
        hint={t.publishedHint}
        defaultChecked={f.checked('published', initial.published)}
        error={fe.published}
      />
      <SubmitButton className="btn-primary">{t.save}</SubmitButton>
    </form>
  );
}
