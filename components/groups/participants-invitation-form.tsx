'use client';
// The invitation page's form: a new password twice; on success it signs in with it at once and
// goes on (a participant to their courses, a new group admin to the group).
import { useEffect, useRef } from 'react';
import { signIn } from 'next-auth/react';
import { NewPasswordFields } from '@/components/forms/new-password-fields';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { useFormAction } from '@/components/forms/use-form-action';
import { acceptInvitationAction } from '@/lib/actions/groups/accept-invitation';
import { messages } from '@/lib/i18n';
import { useLocale } from '@/components/locale/locale-provider';

export function InvitationForm({ token }: { token: string }) {
  const locale = useLocale();
  const f = useFormAction(acceptInvitationAction);
  const { state } = f;
  const typed = useRef('');
  useEffect(() => {
    if (state?.ok && state.data && typed.current) {
      const password = typed.current;
      typed.current = '';
      const data = state.data as { identifier: string; next: string };
      void signIn('credentials', { identifier: data.identifier, password, redirect: false }).then((res) =>
        window.location.assign(res?.ok ? data.next : '/logowanie'),
      );
    }
  }, [state]);
  return (
    <form
      action={f.action}
      noValidate
      className="space-y-4"
      onSubmit={(e) => {
        typed.current = String(new FormData(e.currentTarget).get('password') ?? '');
      }}
    >
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      {!f.ok && <NewPasswordFields form={f} />}
      {!f.ok && <SubmitButton>{messages(locale).people.invitationSubmit}</SubmitButton>}
    </form>
  );
}
