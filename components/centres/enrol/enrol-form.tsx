'use client';
// The enrolment form: the parent (signed in, or the data for an account opened at once), the child
// (theirs or a new one, with the day of birth the programme's ages are checked against), the plan
// with its first payment, declared discounts, how they will pay, the terms and the early start.
import { useState } from 'react';
import Link from 'next/link';
import { CheckboxField, Field, FieldError } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { useFormAction } from '@/components/forms/use-form-action';
import { enrolInCentreGroupAction } from '@/lib/actions/centres/enrol';
import { CENTRE_PAY_METHODS } from '@/lib/centres/enrol/options';
import { messages } from '@/lib/i18n';
import { useLocale } from '@/components/locale/locale-provider';

export type PlanOption = { code: string; label: string; rule: string; first: string };

type Props = {
  centreGroupId: string;
  viewer: { name: string; email: string } | null;
  childOptions: { id: string; name: string; birthDate: string | null }[];
  plans: PlanOption[];
  ageHint: string;
  continuation: boolean;
  signInHref: string;
};

function RadioGroup(p: {
  name: string;
  legend: string;
  options: { value: string; label: string; hint?: string }[];
  value: string;
  onChange?: (v: string) => void;
  error?: string;
  /** A card of its own, its legend a heading (else a group inside another card). */
  card?: boolean;
}) {
  const errorId = `${p.name}-error`;
  return (
    <fieldset className={p.card ? 'card space-y-2' : 'space-y-2'} aria-describedby={p.error ? errorId : undefined}>
      <legend className={p.card ? 'h2 px-1' : 'label'}>{p.legend}</legend>
      {p.options.map((o) => (
        <label key={o.value} className="flex items-start gap-2 text-sm">
          <input
            type="radio"
            name={p.name}
            value={o.value}
            defaultChecked={p.onChange ? undefined : p.value === o.value}
            checked={p.onChange ? p.value === o.value : undefined}
            onChange={p.onChange ? () => p.onChange!(o.value) : undefined}
            className="mt-1 h-4 w-4 shrink-0"
          />
          <span>
            <span className="block">{o.label}</span>
            {o.hint && <span className="block text-slate-600">{o.hint}</span>}
          </span>
        </label>
      ))}
      <FieldError id={errorId}>{p.error}</FieldError>
    </fieldset>
  );
}

export function EnrolForm(p: Props) {
  const locale = useLocale();
  const t = messages(locale).centresEnrol;
  const f = useFormAction(enrolInCentreGroupAction);
  const [child, setChild] = useState(f.value('child', p.childOptions[0]?.id ?? 'new'));
  const chosen = p.childOptions.find((c) => c.id === child);
  const text = (name: string, label: string, extra: Record<string, unknown> = {}) => (
    <Field name={name} label={label} defaultValue={f.value(name, '')} error={f.error(name)} {...extra} />
  );
  if (f.ok && f.message) return <FormMessage state={f.state} />;
  return (
    <form action={f.action} className="space-y-4" noValidate>
      <FormMessage state={f.state} />
      <input type="hidden" name="centreGroupId" value={p.centreGroupId} />

      <fieldset className="card space-y-3">
        <legend className="h2 px-1">{t.form.you}</legend>
        {p.viewer ? (
          <p className="text-sm">{t.form.signedInAs(p.viewer.name, p.viewer.email)}</p>
        ) : (
          <>
            <p className="text-sm">
              {t.form.haveAccount}{' '}
              <Link href={p.signInHref} className="link">
                {t.form.signIn}
              </Link>
            </p>
            <p className="text-sm">{t.form.newAccount}</p>
            {text('firstName', t.form.firstName, { autoComplete: 'given-name' })}
            {text('lastName', t.form.lastName, { autoComplete: 'family-name' })}
            {text('email', t.form.email, { type: 'email', autoComplete: 'email', hint: t.form.emailHint })}
            {text('phone', t.form.phone, { type: 'tel', autoComplete: 'tel' })}
          </>
        )}
      </fieldset>

      <fieldset className="card space-y-3">
        <legend className="h2 px-1">{t.form.child}</legend>
        {p.childOptions.length > 0 ? (
          <RadioGroup
            name="child"
            legend={t.form.whichChild}
            value={child}
            onChange={setChild}
            error={f.error('child')}
            options={[
              ...p.childOptions.map((c) => ({
                value: c.id,
                label: c.birthDate ? t.form.childBorn(c.name, c.birthDate) : c.name,
              })),
              { value: 'new', label: t.form.newChild },
            ]}
          />
        ) : (
          <input type="hidden" name="child" value="new" />
        )}
        {child === 'new' && (
          <>
            {text('childFirstName', t.form.childFirstName, { autoComplete: 'off' })}
            {text('childLastName', t.form.childLastName, { autoComplete: 'off' })}
          </>
        )}
        {(child === 'new' || (chosen && !chosen.birthDate)) &&
          text('childBirthDate', t.form.childBirthDate, { type: 'date', hint: p.ageHint })}
        {chosen?.birthDate && <FieldError id="childBirthDate-error">{f.error('childBirthDate')}</FieldError>}
      </fieldset>

      <RadioGroup
        card
        name="plan"
        legend={t.form.plan}
        value={f.value('plan', 'centre-ten')}
        error={f.error('plan')}
        options={p.plans.map((o) => ({ value: o.code, label: o.label, hint: `${o.rule} ${o.first}` }))}
      />

      <fieldset className="card space-y-3">
        <legend className="h2 px-1">{t.form.discounts}</legend>
        <p className="text-sm">{t.form.discountsIntro}</p>
        {text('sibling', t.form.sibling, { autoComplete: 'off' })}
        {text('referralEmail', t.form.referralEmail, { type: 'email', autoComplete: 'off' })}
        <CheckboxField
          name="continuation"
          label={t.form.continuation}
          hint={t.form.continuationHint}
          defaultChecked={f.checked('continuation', p.continuation)}
          error={f.error('continuation')}
        />
      </fieldset>

      <RadioGroup
        card
        name="payMethod"
        legend={t.form.payMethod}
        value={f.value('payMethod', 'LINK')}
        error={f.error('payMethod')}
        options={CENTRE_PAY_METHODS.map((m) => ({ value: m, label: t.payMethods[m] }))}
      />

      <div className="card space-y-3">
        <CheckboxField
          name="terms"
          label={
            <>
              {t.form.terms}{' '}
              <Link href="/regulamin" target="_blank" className="link">
                {t.form.termsLink}
              </Link>
            </>
          }
          defaultChecked={f.checked('terms')}
          error={f.error('terms')}
        />
        <CheckboxField
          name="immediateStart"
          label={t.form.immediateStart}
          defaultChecked={f.checked('immediateStart')}
        />
      </div>
      <SubmitButton>{t.form.submit}</SubmitButton>
    </form>
  );
}
