'use client';
// One red row of the list preview, corrected in place: its cells as fields with the check's
// messages beside them; saving writes the row back and checks the whole list again.
import { CheckboxField, Field } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { useFormAction } from '@/components/forms/use-form-action';
import { fixUploadRow } from '@/lib/actions/groups/fix-upload-row';
import { messages } from '@/lib/i18n';
import { useLocale } from '@/components/locale/locale-provider';

type Fields = 'firstName' | 'lastName' | 'email' | 'login';

export function RowFixForm({
  groupId,
  uploadId,
  rowNumber,
  values,
  hasPassword,
  errors,
}: {
  groupId: string;
  uploadId: string;
  rowNumber: number;
  values: Record<Fields, string>;
  hasPassword: boolean;
  /** The list check's messages for this row, by field. */
  errors: Partial<Record<Fields | 'password', string>>;
}) {
  const locale = useLocale();
  const t = messages(locale).groups;
  const f = useFormAction(fixUploadRow);
  const err = (name: Fields | 'password') => f.error(name) ?? errors[name];
  return (
    <form action={f.action} noValidate className="space-y-3" data-testid={`fix-row-${rowNumber}`}>
      <FormMessage state={f.state} />
      <input type="hidden" name="groupId" value={groupId} />
      <input type="hidden" name="uploadId" value={uploadId} />
      <input type="hidden" name="rowNumber" value={rowNumber} />
      <div className="grid gap-3 sm:grid-cols-2">
        {(['firstName', 'lastName', 'email', 'login'] as const).map((name) => (
          <Field
            key={name}
            id={`fix-${rowNumber}-${name}`}
            name={name}
            label={t.columns[name]}
            defaultValue={f.value(name, values[name])}
            error={err(name)}
          />
        ))}
        <Field
          id={`fix-${rowNumber}-password`}
          name="password"
          type="password"
          autoComplete="new-password"
          label={t.columns.password}
          hint={hasPassword ? t.fix.passwordKeep : undefined}
          error={err('password')}
        />
      </div>
      {hasPassword && (
        <CheckboxField id={`fix-${rowNumber}-gen`} name="generatePassword" label={t.fix.passwordGenerate} />
      )}
      <div className="flex flex-wrap gap-3">
        <button type="submit" name="intent" value="save" className="btn-primary" disabled={f.pending}>
          {f.pending ? messages(locale).forms.pending : t.fix.save}
        </button>
        <button type="submit" name="intent" value="remove" className="btn-secondary" disabled={f.pending}>
          {t.fix.remove}
        </button>
      </div>
    </form>
  );
}
