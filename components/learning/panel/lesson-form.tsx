'use client';
import { Field, SelectField, TextAreaField } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { useFormAction } from '@/components/forms/use-form-action';
import { saveLesson } from '@/lib/actions/learning/save-lesson';

export type LessonValues = {
  id?: string;
  moduleId: string;
  title: string;
  position: string;
  minutes: string;
  body: string;
  videoUrl: string;
};

export function LessonForm({
  courseId,
  modules,
  initial,
}: {
  courseId: string;
  modules: { id: string; title: string }[];
  initial: LessonValues;
}) {
  const f = useFormAction(saveLesson);
  const v = (k: keyof LessonValues) => f.value(k, initial[k] ?? '');
  const fe = f.fieldErrors;
  return (
    <form action={f.action} className="space-y-4" noValidate>
      <input type="hidden" name="courseId" value={courseId} />
      {initial.id && <input type="hidden" name="id" value={initial.id} />}
      <FormMessage state={f.state} />
      <div className="grid gap-4 sm:grid-cols-[1fr_2fr]">
        <SelectField
          name="moduleId"
          label="Moduł"
          defaultValue={v('moduleId')}
          error={fe.moduleId}
          options={modules.map((m) => ({ value: m.id, label: m.title }))}
        />
        <Field name="title" label="Tytuł lekcji" defaultValue={v('title')} error={fe.title} required />
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        <Field
          name="position"
          label="Kolejność w module"
          inputMode="numeric"
          defaultValue={v('position')}
          error={fe.position}
        />
        <Field name="minutes" label="Czas (min)" inputMode="numeric" defaultValue={v('minutes')} error={fe.minutes} />
        <Field
          name="videoUrl"
          label="Film (adres osadzenia)"
          hint="YouTube (youtube-nocookie.com/embed/…) lub Vimeo"
          defaultValue={v('videoUrl')}
          error={fe.videoUrl}
        />
      </div>
      <TextAreaField
        className="input font-mono text-sm"
        name="body"
        label="Treść (markdown)"
        rows={16}
        defaultValue={v('body')}
        error={fe.body}
        hint="# nagłówek, **pogrubienie**, *kursywa*, - lista, 1. lista numerowana, > cytat, [link](https://…), ![opis](/api/learning/zalaczniki/…)"
      />
      <SubmitButton className="btn-primary">{initial.id ? 'Zapisz lekcję' : 'Dodaj lekcję'}</SubmitButton>
    </form>
  );
}
