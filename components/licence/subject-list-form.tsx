'use client';
// Staff's edit of an exam year's subject list: the JSON in force in a textarea, the refusal (bad
// JSON with its line and column, a schema error, a declared subject dropped) beside it.
import { TextAreaField } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { useFormAction } from '@/components/forms/use-form-action';
import { saveSubjectListAction } from '@/lib/actions/licence/subject-list';
import { messages } from '@/lib/i18n';
import { useLocale } from '@/components/locale/locale-provider';

export function SubjectListForm({ examYear, json }: { examYear: number; json: string }) {
  const locale = useLocale();
  const t = messages(locale).plannerSubjects.edit;
  const f = useFormAction(saveSubjectListAction);
  return (
    <form action={f.action} className="space-y-3" noValidate data-testid={`subject-list-form-${examYear}`}>
      <h3 className="font-semibold">{t.title}</h3>
      <FormMessage state={f.state} />
      <input type="hidden" name="examYear" value={examYear} />
      <TextAreaField
        name="data"
        label={t.label(examYear)}
        hint={t.hint}
        rows={16}
        spellCheck={false}
        className="input font-mono text-xs"
        defaultValue={f.value('data', json)}
        error={f.error('data')}
      />
      <SubmitButton className="btn-primary">{t.save}</SubmitButton>
    </form>
  );
}
