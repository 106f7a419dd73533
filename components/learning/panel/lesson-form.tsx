'use client';
// A lesson's fields, with the text beside a live preview on wide screens (below it on a phone).
import { useState } from 'react';
import { Field, SelectField, TextAreaField } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { useFormAction } from '@/components/forms/use-form-action';
import { saveLesson } from '@/lib/actions/learning/save-lesson';
import { messages } from '@/lib/i18n';
import { LessonPreview } from './lesson-preview';
import { useLocale } from '@/components/locale/locale-provider';

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
  const locale = useLocale();
  const f = useFormAction(saveLesson);
  const v = (k: keyof LessonValues) => f.value(k, initial[k] ?? '');
  const fe = f.fieldErrors;
  const t = messages(locale).panel.courses.lessonForm;
  const [body, setBody] = useState(v('body'));
  return (
    <form action={f.action} className="space-y-4" noValidate>
      <input type="hidden" name="courseId" value={courseId} />
      {initial.id && <input type="hidden" name="id" value={initial.id} />}
      <FormMessage state={f.state} />
      <div className="grid gap-4 sm:grid-cols-[1fr_2fr]">
        <SelectField
          name="moduleId"
          label={t.module}
          defaultValue={v('moduleId')}
          error={fe.moduleId}
          options={modules.map((m) => ({ value: m.id, label: m.title }))}
        />
        <Field name="title" label={t.title} defaultValue={v('title')} error={fe.title} required />
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        <Field
          name="position"
          label={t.position}
          inputMode="numeric"
          defaultValue={v('position')}
          error={fe.position}
        />
        <Field name="minutes" label={t.minutes} inputMode="numeric" defaultValue={v('minutes')} error={fe.minutes} />
        <Field
          name="videoUrl"
          label={t.videoUrl}
          hint={t.videoUrlHint}
          defaultValue={v('videoUrl')}
          error={fe.videoUrl}
        />
      </div>
      <div className="grid grid-cols-[minmax(0,1fr)] gap-4 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)] lg:items-start">
        <TextAreaField
          className="input font-mono text-sm"
          name="body"
          label={t.body}
          rows={20}
          defaultValue={v('body')}
          onChange={(e) => setBody(e.target.value)}
          error={fe.body}
          hint={t.bodyHint}
        />
        <LessonPreview body={body} />
      </div>
      <SubmitButton className="btn-primary">{initial.id ? t.save : t.add}</SubmitButton>
    </form>
  );
}
