'use client';
// The sign-up form under an offer: who studies, declared discounts (each refusal beside its
// field), the terms and the early-start request as at checkout, and the button that binds (B1).
import Link from 'next/link';
import { CheckboxField, Field, FieldError } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { useFormAction } from '@/components/forms/use-form-action';
import { signContractAction } from '@/lib/actions/billing/sign-contract';
import { messages } from '@/lib/i18n';
import { PayMethodFieldset } from '@/components/billing/pay-method-fieldset';
import { useLocale } from '@/components/locale/locale-provider';

export function SignupForm({
  slug,
  payer,
  childOptions,
  transfer,
  cardChoice,
}: {
  slug: string;
  payer: string;
  childOptions: { id: string; name: string }[];
  transfer: boolean;
  /** A card plan: the payer chooses a saved card or the e-mailed link each month. */
  cardChoice: boolean;
}) {
  const locale = useLocale();
  const t = messages(locale).billingAccount.signup;
  const f = useFormAction(signContractAction);
  const who = f.value('who', 'me');
  return (
    <form action={f.action} className="space-y-4" noValidate>
      <FormMessage state={f.state} />
      <input type="hidden" name="slug" value={slug} />
      <fieldset className="card space-y-2" aria-describedby={f.error('who') ? 'who-error' : undefined}>
        <legend className="h2 px-1">{t.who}</legend>
        {[{ id: 'me', label: t.me(payer) }, ...childOptions.map((c) => ({ id: c.id, label: t.child(c.name) }))].map(
          (o) => (
            <label key={o.id} className="flex items-center gap-2 text-sm">
              <input type="radio" name="who" value={o.id} defaultChecked={who === o.id} className="h-4 w-4" />
              {o.label}
            </label>
          ),
        )}
        <FieldError id="who-error">{f.error('who')}</FieldError>
      </fieldset>
      {cardChoice && (
        <PayMethodFieldset legend={t.payMethod} choices={t.payMethods} checked={f.value('payMethod', 'CARD')} />
      )}
      <fieldset className="card space-y-3">
        <legend className="h2 px-1">{t.discounts}</legend>
        <p className="muted text-sm">{t.discountsIntro}</p>
        <Field
          name="code"
          label={t.code}
          defaultValue={f.value('code', '')}
          error={f.error('code')}
          autoComplete="off"
        />
        <Field
          name="sibling"
          label={t.sibling}
          hint={t.siblingHint}
          defaultValue={f.value('sibling', '')}
          error={f.error('sibling')}
        />
        <Field
          name="referralEmail"
          type="email"
          label={t.referral}
          hint={t.referralHint}
          defaultValue={f.value('referralEmail', '')}
          error={f.error('referralEmail')}
        />
        <CheckboxField
          name="continuation"
          label={t.continuation}
          hint={t.continuationHint}
          defaultChecked={f.checked('continuation')}
          error={f.error('continuation')}
        />
      </fieldset>
      <fieldset className="card space-y-4">
        <legend className="h2 px-1">{t.consents}</legend>
        <CheckboxField
          name="terms"
          error={f.error('terms')}
          defaultChecked={f.checked('terms')}
          label={
            <>
              {t.termsBefore}{' '}
              <Link href="/regulamin" target="_blank" className="link">
                {t.termsLink}
              </Link>{' '}
              {t.termsAfter}
            </>
          }
        />
        <CheckboxField name="immediateStart" defaultChecked={f.checked('immediateStart')} label={t.immediateStart}>
          <p className="ml-6 mt-1 text-sm text-slate-600">{t.immediateStartNote}</p>
        </CheckboxField>
      </fieldset>
      <p className="muted text-sm">{transfer ? t.transferNote : t.payNote}</p>
      <SubmitButton className="btn-primary w-full sm:w-auto">{t.submit}</SubmitButton>
    </form>
  );
}
