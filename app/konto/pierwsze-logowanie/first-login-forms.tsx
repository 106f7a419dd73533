'use client';
import { useEffect, useRef } from 'react';
import { signIn } from 'next-auth/react';
import { NewPasswordFields } from '@/components/forms/new-password-fields';
import { ActionForm } from '@/components/forms/action-form';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { useFormAction } from '@/components/forms/use-form-action';
import { chooseOwnPassword, keepPassword } from '@/lib/actions/groups/first-login';
import { messages } from '@/lib/i18n';
import { useLocale } from '@/components/locale/locale-provider';

export function FirstLoginForms({ next }: { next: string }) {
  const locale = useLocale();
  const m = messages(locale);
  const f = useFormAction(chooseOwnPassword);
  const { state } = f;
  const typed = useRef('');
  useEffect(() => {
    if (state?.ok && state.data && typed.current) {
      const password = typed.current;
      typed.current = '';
      const data = state.data as { identifier: string; next: string };
      void signIn('credentials', { identifier: data.identifier, password, redirect: false }).then(() =>
        window.location.assign(data.next),
      );
    }
  }, [state]);
  return (
    <>
      <section className="card space-y-3" aria-labelledby="keep-h">
        <h2 id="keep-h" className="h2">
          {m.groups.keepPassword}
        </h2>
        <ActionForm action={keepPassword} hidden={{ next }} submit={m.groups.keepPassword} />
      </section>
      <section className="card space-y-4" aria-labelledby="own-h">
        <h2 id="own-h" className="h2">
          {m.groups.setOwnPassword}
        </h2>
        <form
          action={f.action}
          noValidate
          className="space-y-4"
          onSubmit={(e) => {
            typed.current = String(new FormData(e.currentTarget).get('password') ?? '');
          }}
        >
          <FormMessage state={state} />
          <input type="hidden" name="next" value={next} />
          <NewPasswordFields form={f} />
          <SubmitButton className="btn-secondary">{m.groups.setOwnPassword}</SubmitButton>
        </form>
      </section>
    </>
  );
}
