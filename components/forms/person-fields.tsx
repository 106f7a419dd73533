'use client';
// A person's name, e-mail and (optionally) phone in a sign-up or order form — the language course,
// the school licence's contact — with the browser's autofill names and each field's own error.
import { Field } from '@/components/forms/field';

type FormValues = { value(name: string, fallback: string): string; error(name: string): string | undefined };

export type PersonLabels = { firstName: string; lastName: string; email: string; emailHint?: string; phone?: string };

export function PersonFields({ f, labels: t }: { f: FormValues; labels: PersonLabels }) {
  const field = (name: string, label: string, autoComplete: string, extra: Record<string, string> = {}) => (
    <Field
      name={name}
      label={label}
      autoComplete={autoComplete}
      defaultValue={f.value(name, '')}
      error={f.error(name)}
      {...extra}
    />
  );
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      {field('firstName', t.firstName, 'given-name')}
      {field('lastName', t.lastName, 'family-name')}
      {field('email', t.email, 'email', { type: 'email', ...(t.emailHint ? { hint: t.emailHint } : {}) })}
      {t.phone && field('phone', t.phone, 'tel', { type: 'tel' })}
    </div>
  );
}
