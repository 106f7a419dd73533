'use client';
// The Matplaneta Live order: the group (its card shows day, time, teacher, seats, the next four
// classes and the price), the child (theirs or a new profile), the buyer when not signed in,
// discount codes, VAT-invoice data only when asked for, the terms and the unticked early start.
import { useState } from 'react';
import Link from 'next/link';
import { CheckboxField, Field, FieldError } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { useFormAction } from '@/components/forms/use-form-action';
import { orderLiveCourseAction } from '@/lib/actions/live-maths/order';
import { messages } from '@/lib/i18n';
import { useLocale } from '@/components/locale/locale-provider';

export type GroupCard = {
  slug: string;
  title: string;
  when: string;
  teacher: string;
  seats: string;
  full: boolean;
  next: string[];
  price: string;
  recording: string | null;
};

export function LiveOrderForm({
  groups,
  viewer,
  childOptions,
  signInHref,
}: {
  groups: GroupCard[];
  viewer: { name: string; email: string } | null;
  childOptions: { id: string; name: string }[];
  signInHref: string;
}) {
  const locale = useLocale();
  const t = messages(locale).liveMaths;
  const f = useFormAction(orderLiveCourseAction);
  const slug = f.value('slug', groups.find((g) => !g.full)?.slug ?? '');
  const [child, setChild] = useState(f.value('child', childOptions[0]?.id ?? 'new'));
  const [invoice, setInvoice] = useState(f.checked('invoice'));
  return (
    <form action={f.action} className="space-y-4" noValidate>
      <FormMessage state={f.state} />
      <fieldset className="space-y-3" aria-describedby={f.error('slug') ? 'slug-error' : undefined}>
        <legend className="h2 mb-2">{t.groupsTitle}</legend>
        {groups.map((g) => (
          <label
            key={g.slug}
            className={`card flex items-start gap-3 ${g.full ? 'opacity-70' : 'cursor-pointer hover:border-brand-500'}`}
          >
            <input
              type="radio"
              name="slug"
              value={g.slug}
              defaultChecked={slug === g.slug}
              disabled={g.full}
              className="mt-1 h-4 w-4"
            />
            <span className="min-w-0 flex-1 space-y-1 text-sm">
              <span className="block text-base font-semibold">{g.title}</span>
              <span className="block">{g.when}</span>
              <span className="block">{g.teacher}</span>
              <span className={`block font-semibold ${g.full ? 'text-red-700' : 'text-emerald-700'}`}>{g.seats}</span>
              <span className="block text-slate-600">{t.nextClasses}</span>
              <span className="block">
                <ul className="ml-4 list-disc">
                  {g.next.map((d) => (
                    <li key={d}>{d}</li>
                  ))}
                </ul>
              </span>
              <span className="block font-semibold">{g.price}</span>
              {g.recording && <span className="block text-slate-600">{g.recording}</span>}
            </span>
          </label>
        ))}
        <FieldError id="slug-error">{f.error('slug')}</FieldError>
      </fieldset>

      <fieldset className="card space-y-3" aria-describedby={f.error('child') ? 'child-error' : undefined}>
        <legend className="h2 px-1">{t.form.child}</legend>
        {[...childOptions, { id: 'new', name: t.form.newChild }].map((c) => (
          <label key={c.id} className="flex items-center gap-2 text-sm">
            <input
              type="radio"
              name="child"
              value={c.id}
              checked={child === c.id}
              onChange={() => setChild(c.id)}
              className="h-4 w-4"
            />
            {c.name}
          </label>
        ))}
        <FieldError id="child-error">{f.error('child')}</FieldError>
        {child === 'new' && (
          <>
            <Field
              name="childName"
              label={t.form.childName}
              defaultValue={f.value('childName', '')}
              error={f.error('childName')}
            />
            <Field
              name="birthYear"
              label={t.form.birthYear}
              hint={t.form.birthYearHint}
              inputMode="numeric"
              defaultValue={f.value('birthYear', '')}
              error={f.error('birthYear')}
            />
          </>
        )}
      </fieldset>

      <fieldset className="card space-y-3">
        <legend className="h2 px-1">{t.form.you}</legend>
        {viewer ? (
          <p className="text-sm">{t.form.signedInAs(viewer.name, viewer.email)}</p>
        ) : (
          <>
            <p className="text-sm">
              {t.form.haveAccount}{' '}
              <Link href={signInHref} className="link">
                {t.form.signIn}
              </Link>
            </p>
            <Field
              name="firstName"
              label={t.form.firstName}
              autoComplete="given-name"
              defaultValue={f.value('firstName', '')}
              error={f.error('firstName')}
            />
            <Field
              name="lastName"
              label={t.form.lastName}
              autoComplete="family-name"
              defaultValue={f.value('lastName', '')}
              error={f.error('lastName')}
            />
            <Field
              name="email"
              type="email"
              label={t.form.email}
              hint={t.form.emailHint}
              autoComplete="email"
              defaultValue={f.value('email', '')}
              error={f.error('email')}
            />
            <Field
              name="phone"
              type="tel"
              label={t.form.phone}
              autoComplete="tel"
              defaultValue={f.value('phone', '')}
              error={f.error('phone')}
            />
          </>
        )}
      </fieldset>

      <fieldset className="card space-y-3">
        <legend className="h2 px-1">{t.form.discounts}</legend>
        <Field
          name="code"
          label={t.form.code}
          hint={t.form.codeHint}
          autoComplete="off"
          defaultValue={f.value('code', '')}
          error={f.error('code')}
        />
        <Field name="sibling" label={t.form.sibling} defaultValue={f.value('sibling', '')} error={f.error('sibling')} />
      </fieldset>

      <fieldset className="card space-y-3">
        <CheckboxField
          name="invoice"
          label={t.form.invoice}
          checked={invoice}
          onChange={(e) => setInvoice(e.target.checked)}
          error={f.error('invoice')}
        />
        {/* VAT-invoice data only when an invoice is wanted. */}
        <div className="space-y-3" hidden={!invoice}>
          <Field
            name="companyName"
            label={t.form.companyName}
            defaultValue={f.value('companyName', '')}
            error={f.error('companyName')}
          />
          <Field
            name="nip"
            label={t.form.nip}
            inputMode="numeric"
            defaultValue={f.value('nip', '')}
            error={f.error('nip')}
          />
          <Field name="street" label={t.form.street} defaultValue={f.value('street', '')} error={f.error('street')} />
          <Field
            name="postalCode"
            label={t.form.postalCode}
            defaultValue={f.value('postalCode', '')}
            error={f.error('postalCode')}
          />
          <Field name="city" label={t.form.city} defaultValue={f.value('city', '')} error={f.error('city')} />
        </div>
      </fieldset>

      <fieldset className="card space-y-4">
        <legend className="h2 px-1">{t.form.consents}</legend>
        <CheckboxField
          name="terms"
          error={f.error('terms')}
          defaultChecked={f.checked('terms')}
          label={
            <>
              {t.form.termsBefore}{' '}
              <Link href="/regulamin" target="_blank" className="link">
                {t.form.termsLink}
              </Link>{' '}
              {t.form.termsAfter}
            </>
          }
        />
        <CheckboxField name="immediateStart" defaultChecked={f.checked('immediateStart')} label={t.form.immediateStart}>
          <p className="ml-6 mt-1 text-sm text-slate-600">{t.form.withdrawal}</p>
        </CheckboxField>
      </fieldset>
      <SubmitButton className="btn-primary w-full sm:w-auto">{t.form.submit}</SubmitButton>
    </form>
  );
}
