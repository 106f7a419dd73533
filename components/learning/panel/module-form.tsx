'use client';
import { FormMessage } from '@/components/forms/form-message';
import { FieldError } from '@/components/forms/field';
import { SubmitButton } from '@/components/forms/submit-button';
import { useFormAction } from '@/components/forms/use-form-action';
import { saveModule } from '@/lib/actions/learning/save-module';
import { messages } from '@/lib/i18n';
import { useLocale } from '@/components/locale/locale-provider';

/** Adds a module, or renames/reorders one (compact, inline). */
export function ModuleForm({
  courseId,
  module,
  nextPosition,
}: {
  courseId: string;
  module?: { id: string; title: string; position: number };
  nextPosition: number;
}) {
  const locale = useLocale();
  const f = useFormAction(saveModule);
  const fe = f.fieldErrors;
  const t = messages(locale).panel.courses.moduleForm;
  const key = module?.id ?? 'new';
  return (
    <form action={f.action} className="space-y-2">
      <input type="hidden" name="courseId" value={courseId} />
      {module && <input type="hidden" name="id" value={module.id} />}
      <div className="flex flex-wrap items-end gap-2">
        <div className="w-20">
          <label htmlFor={`m-pos-${key}`} className="label">
            {t.position}
          </label>
          <input
            id={`m-pos-${key}`}
            name="position"
            className="input"
            inputMode="numeric"
            defaultValue={module?.position ?? nextPosition}
          />
        </div>
        <div className="min-w-48 flex-1">
          <label htmlFor={`m-title-${key}`} className="label">
            {module ? t.title : t.newModule}
          </label>
          <input
            id={`m-title-${key}`}
            name="title"
            className="input"
            defaultValue={module?.title}
            aria-invalid={fe.title ? true : undefined}
            aria-describedby={fe.title ? `m-title-${key}-error` : undefined}
          />
        </div>
        <SubmitButton className="btn-secondary">{module ? t.save : t.add}</SubmitButton>
      </div>
      <FieldError id={`m-title-${key}-error`}>{fe.title}</FieldError>
      {!fe.title && <FormMessage state={f.state} />}
    </form>
  );
}
