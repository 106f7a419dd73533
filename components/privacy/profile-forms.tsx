'use client';
// /konto: the person's name and phone, and the e-mail change (a link to the new address).
import { Field } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { useFormAction } from '@/components/forms/use-form-action';
import { changeEmail, updateProfile } from '@/lib/actions/privacy/profile';
import { messages } from '@/lib/i18n';
import type { OwnProfile } from '@/lib/privacy/profile/profile';
import { useLocale } from '@/components/locale/locale-provider';

export function ProfileForm({ profile }: { profile: OwnProfile }) {
  const locale = useLocale();
  const m = messages(locale);
  const t = m.privacy.profile;
  const f = useFormAction(updateProfile);
  return (
    <form action={f.action} noValidate className="space-y-4">
      <FormMessage state={f.state} />
      {profile.isChild ? (
        <>
          <p className="text-sm">{t.childNote}</p>
          <input type="hidden" name="firstName" value={profile.firstName} />
          <input type="hidden" name="lastName" value={profile.lastName} />
        </>
      ) : (
        <div className="grid gap-4 sm:grid-cols-2">
          <Field
            name="firstName"
            label={m.auth.firstName}
            autoComplete="given-name"
            defaultValue={f.value('firstName', profile.firstName)}
            error={f.error('firstName')}
            required
          />
          <Field
            name="lastName"
            label={m.auth.lastName}
            autoComplete="family-name"
            defaultValue={f.value('lastName', profile.lastName)}
            error={f.error('lastName')}
            required
          />
        </div>
      )}
      <Field
        name="phone"
        type="tel"
        label={t.phone}
        autoComplete="tel"
        defaultValue={f.value('phone', profile.phone ?? '')}
        error={f.error('phone')}
      />
      <SubmitButton className="btn-primary">{t.save}</SubmitButton>
    </form>
  );
}

export function EmailChangeForm({ profile }: { profile: OwnProfile }) {
  const locale = useLocale();
  const t = messages(locale).privacy.email;
  const f = useFormAction(changeEmail);
  if (profile.isChild) return <p className="text-sm">{t.childNote}</p>;
  return (
    <form action={f.action} noValidate className="space-y-4">
      {profile.pendingEmail && !f.ok && <p className="text-sm text-amber-800">{t.pending(profile.pendingEmail)}</p>}
      <FormMessage state={f.state} />
      <Field
        name="email"
        type="email"
        label={t.newLabel}
        autoComplete="email"
        hint={t.hint}
        defaultValue={f.value('email', '')}
        error={f.error('email')}
        required
      />
      <SubmitButton className="btn-primary">{t.submit}</SubmitButton>
    </form>
  );
}
