'use client';
// Staff record a signed paper agreement received by post: the group, the day it arrived, a note.
import { Field, SelectField, TextAreaField } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { useFormAction } from '@/components/forms/use-form-action';
import { recordPostedAgreement } from '@/lib/actions/groups/record-posted-agreement';
import { messages } from '@/lib/i18n';
import { useLocale } from '@/components/locale/locale-provider';

export function PostedAgreementForm({
  groups,
  selected,
}: {
  groups: { id: string; label: string }[];
  selected?: string;
}) {
  const locale = useLocale();
  const t = messages(locale).groups.post;
  const f = useFormAction(recordPostedAgreement);
  return (
    <section className="card space-y-3" aria-labelledby="poczta-h" id="poczta">
      <h2 id="poczta-h" className="h2">
        {t.heading}
      </h2>
      <p>{t.intro}</p>
      {groups.length === 0 ? (
        <p className="muted">{t.noGroups}</p>
      ) : (
        <form action={f.action} noValidate className="space-y-3" data-testid="posted-agreement">
          <FormMessage state={f.state} />
          <SelectField
            name="groupId"
            label={t.group}
            options={groups.map((g) => ({ value: g.id, label: g.label }))}
            defaultValue={f.value('groupId', selected ?? groups[0].id)}
            error={f.error('groupId')}
          />
          <Field
            name="receivedOn"
            type="date"
            label={t.receivedOn}
            defaultValue={f.value('receivedOn')}
            error={f.error('receivedOn')}
          />
          <TextAreaField name="note" label={t.note} rows={2} defaultValue={f.value('note')} error={f.error('note')} />
          <SubmitButton className="btn-secondary">{t.submit}</SubmitButton>
        </form>
      )}
    </section>
  );
}
