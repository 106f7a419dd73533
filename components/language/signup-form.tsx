'use client';
// The language course's sign-up form (razem B1–B2): the person (unless signed in), the date of
// birth, the level and its plan, the terms, the receipt of the withdrawal kit, the optional early
// start, and the button that binds. Each refusal stands beside its field; what was typed stays.
import Link from 'next/link';
import { useState } from 'react';
import { CheckboxField, Field, FieldError, SelectField } from '@/components/forms/field';
import { PersonFields } from '@/components/forms/person-fields';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { useFormAction } from '@/components/forms/use-form-action';
import { languageSignupAction } from '@/lib/actions/language/signup';
import type { SignupLevel } from '@/lib/language/signup/signup-page';
import { messages } from '@/lib/i18n';
import { PayMethodFieldset } from '@/components/billing/pay-method-fieldset';
import { useLocale } from '@/components/locale/locale-provider';
import { PROGRAMME_LANGUAGE } from '@/lib/language/programme-language';

export function LanguageSignupForm({
  levels,
  selected,
  minAge,
  signedIn,
  documents,
}: {
  levels: SignupLevel[];
  selected: string;
  minAge: number;
  signedIn: boolean;
  /** The Polish originals, and for a reader of another language their courtesy translations. */
  documents: { instruction: string; form: string; instructionCopy?: string; formCopy?: string };
}) {
  const locale = useLocale();
  const t = messages(locale).languageSignup;
  const f = useFormAction(languageSignupAction);
  const [cefr, setCefr] = useState(f.value('level', selected));
  const level = levels.find((l) => l.cefr === cefr) ?? levels[0];
  const [plan, setPlan] = useState(f.value('plan', level?.plans[0]?.planKind ?? 'FULL'));
  const chosen = level?.plans.find((p) => p.planKind === plan) ?? level?.plans[0];
  return (
    <form action={f.action} className="space-y-4" noValidate>
      <FormMessage state={f.state} />
      <fieldset className="card space-y-3">
        <legend className="h2 px-1">{t.person}</legend>
        {!signedIn && <PersonFields f={f} labels={t} />}
        <Field
          name="birthDate"
          type="date"
          label={t.birthDate}
          hint={t.birthDateHint(minAge)}
          autoComplete="bday"
          defaultValue={f.value('birthDate', '')}
          error={f.error('birthDate')}
        />
      </fieldset>
      <fieldset className="card space-y-3">
        <legend className="h2 px-1">{t.level}</legend>
        <SelectField
          name="level"
          label={t.levelLabel}
          value={cefr}
          onChange={(e) => setCefr(e.target.value)}
          error={f.error('level')}
          options={levels.map((l) => ({
            value: l.cefr,
            label: t.levelOption(l.cefr, l.title),
            lang: PROGRAMME_LANGUAGE,
          }))}
        />
      </fieldset>
      <fieldset className="card space-y-2" aria-describedby={f.error('plan') ? 'plan-error' : undefined}>
        <legend className="h2 px-1">{t.plan}</legend>
        {level?.plans.map((p) => (
          <label key={p.planKind} className="flex items-start gap-2 text-sm">
            <input
              type="radio"
              name="plan"
              value={p.planKind}
              checked={chosen?.planKind === p.planKind}
              onChange={() => setPlan(p.planKind)}
              className="mt-0.5 h-4 w-4"
            />
            <span>
              <span className="font-semibold">{t.plans[p.planKind].label(p.price)}</span>
              <br />
              <span className="text-slate-600">{t.plans[p.planKind].hint}</span>
            </span>
          </label>
        ))}
        {level && !level.plans.some((p) => p.planKind === 'MONTHLY') && <p className="muted text-sm">{t.noMonthly}</p>}
        <FieldError id="plan-error">{f.error('plan')}</FieldError>
      </fieldset>
      {chosen?.planKind === 'MONTHLY' && chosen.cardChoice && (
        <PayMethodFieldset legend={t.payMethod} choices={t.payMethods} checked={f.value('payMethod', 'CARD')} />
      )}
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
        <CheckboxField
          name="withdrawalReceived"
          error={f.error('withdrawalReceived')}
          defaultChecked={f.checked('withdrawalReceived')}
          label={t.withdrawalReceived}
        >
          <p className="ml-6 mt-1 text-sm text-slate-600">
            {t.withdrawalLinks}{' '}
            <a href={documents.instruction} target="_blank" rel="noopener" className="link" hrefLang="pl">
              {t.instructionLink}
            </a>
            {documents.instructionCopy && <CopyLink href={documents.instructionCopy} label={t.copyLink} />},{' '}
            <a href={documents.form} target="_blank" rel="noopener" className="link" hrefLang="pl">
              {t.formLink}
            </a>
            {documents.formCopy && <CopyLink href={documents.formCopy} label={t.copyLink} />}. {t.withdrawalNote}
          </p>
        </CheckboxField>
        <CheckboxField name="immediateStart" defaultChecked={f.checked('immediateStart')} label={t.immediateStart}>
          <p className="ml-6 mt-1 text-sm text-slate-600">{t.immediateStartNote}</p>
        </CheckboxField>
      </fieldset>
      <p className="muted text-sm">{t.payNote}</p>
      <SubmitButton className="btn-primary w-full sm:w-auto">{t.submit}</SubmitButton>
    </form>
  );
}

/** " (English translation)" after a Polish document's link. */
function CopyLink({ href, label }: { href: string; label: string }) {
  return (
    <>
      {' ('}
      <a href={href} target="_blank" rel="noopener" className="link">
        {label}
      </a>
      {')'}
    </>
  );
}
