'use client';
// /panel/zespol: invite a colleague by e-mail with one staff role; the link to set a password
// goes by e-mail (lib/staff/team.ts), errors stay beside their fields.
import { Field, SelectField } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { useFormAction } from '@/components/forms/use-form-action';
import { inviteStaff } from '@/lib/actions/staff/team';
import { messages } from '@/lib/i18n';
import { useLocale } from '@/components/locale/locale-provider';

export function InviteForm({ roles }: { roles: { value: string; label: string; hint: string }[] }) {
  const locale = useLocale();
  const f = useFormAction(inviteStaff);
  const t = messages(locale).staff.team;
  return (
    <form action={f.action} className="card space-y-3" noValidate aria-labelledby="zapros">
      <h2 id="zapros" className="h2">
        {t.invite}
      </h2>
      <p className="muted text-sm">{t.inviteIntro}</p>
      <FormMessage state={f.state} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field
          name="email"
          type="email"
          autoComplete="off"
          label={t.fields.email}
          error={f.error('email')}
          defaultValue={f.value('email', '')}
        />
        <SelectField
          name="role"
          label={t.fields.role}
          error={f.error('role')}
          defaultValue={f.value('role', 'SUPPORT')}
          options={roles.map(({ value, label }) => ({ value, label }))}
        />
        <Field
          name="firstName"
          label={t.fields.firstName}
          error={f.error('firstName')}
          defaultValue={f.value('firstName', '')}
        />
        <Field
          name="lastName"
          label={t.fields.lastName}
          error={f.error('lastName')}
          defaultValue={f.value('lastName', '')}
        />
      </div>
      <dl
        className="grid gap-x-3 gap-y-1 text-sm text-slate-700 sm:grid-cols-[max-content_1fr]"
        aria-label={t.rolesLegend}
      >
        {roles.map((r) => (
          <div key={r.value} className="contents">
            <dt className="font-medium">{r.label}</dt>
            <dd>{r.hint}</dd>
          </div>
        ))}
      </dl>
      <SubmitButton className="btn-primary">{t.send}</SubmitButton>
    </form>
  );
}
