'use client';
// Rows copied in Excel and pasted here (tab-separated): checked by the same parser as a file.
import { Field, TextAreaField } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { useFormAction } from '@/components/forms/use-form-action';
import { pasteList } from '@/lib/actions/groups/paste-list';
import { messages } from '@/lib/i18n';
import { useLocale } from '@/components/locale/locale-provider';

export function PasteListForm({ groupId, notifyEmail }: { groupId: string; notifyEmail: string }) {
  const locale = useLocale();
  const t = messages(locale).groups.paste;
  const f = useFormAction(pasteList);
  return (
    <details className="rounded-lg border border-slate-200 p-4" open={f.state?.ok === false || undefined}>
      <summary className="cursor-pointer font-semibold">{t.heading}</summary>
      <form action={f.action} noValidate className="mt-3 space-y-3" data-testid="paste-list">
        <p className="text-sm text-slate-700">{t.intro}</p>
        <FormMessage state={f.state} />
        <input type="hidden" name="groupId" value={groupId} />
        <TextAreaField
          name="rows"
          label={t.rows}
          rows={8}
          className="input font-mono text-sm"
          defaultValue={f.value('rows')}
          error={f.error('rows')}
        />
        <Field
          name="notifyEmail"
          type="email"
          label={t.notifyEmail}
          defaultValue={f.value('notifyEmail', notifyEmail)}
          error={f.error('notifyEmail')}
        />
        <SubmitButton className="btn-secondary">{t.submit}</SubmitButton>
      </form>
    </details>
  );
}
