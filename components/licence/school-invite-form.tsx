'use client';
// The director's invitation of a person to the school's staff (A12): e-mail, name (for a new
// account) and role; refusals beside the fields.
import { Field, SelectField } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { useFormAction } from '@/components/forms/use-form-action';
import { inviteSchoolStaffAction } from '@/lib/actions/licence/invite-school-staff';
import { messages } from '@/lib/i18n';
import { useLocale } from '@/components/locale/locale-provider';

export function SchoolInviteForm({ schoolId }: { schoolId: string }) {
  const locale = useLocale();
  const t = messages(locale).plannerSchool;
  const f = useFormAction(inviteSchoolStaffAction);
  return (
    <form action={f.action} noValidate className="space-y-3" data-testid="school-invite">
      <FormMessage state={f.state} />
      <input type="hidden" name="schoolId" value={schoolId} />
      <div className="grid gap-3 md:grid-cols-2">
        <Field
          name="email"
          type="email"
          autoComplete="off"
          label={t.invite.email}
          defaultValue={f.value('email')}
          error={f.error('email')}
        />
        <SelectField
          name="role"
          label={t.invite.role}
          defaultValue={f.value('role', 'TEACHER')}
          error={f.error('role')}
          options={['TEACHER', 'DIRECTOR'].map((r) => ({ value: r, label: t.staff.roles[r] }))}
        />
        <Field
          name="firstName"
          label={t.invite.firstName}
          defaultValue={f.value('firstName')}
          error={f.error('firstName')}
        />
        <Field
          name="lastName"
          label={t.invite.lastName}
          defaultValue={f.value('lastName')}
          error={f.error('lastName')}
        />
      </div>
      <SubmitButton>{t.invite.submit}</SubmitButton>
    </form>
  );
}
