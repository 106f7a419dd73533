'use client';
// The contact form (/kontakt): anonymous or signed in (name and e-mail filled in then).
import Link from 'next/link';
import { SelectField, TextAreaField } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { useFormAction } from '@/components/forms/use-form-action';
import { SenderFields } from '@/components/support/sender-fields';
import { sendContact } from '@/lib/actions/support/send-contact';
import { messages } from '@/lib/i18n';
import { useLocale } from '@/components/locale/locale-provider';

export function ContactForm({
  name,
  email,
  topics,
}: {
  name: string;
  email: string;
  topics: { value: string; label: string }[];
}) {
  const locale = useLocale();
  const t = messages(locale).support.contact;
  const f = useFormAction(sendContact);
  return (
    <form action={f.action} className="space-y-4" noValidate>
      <FormMessage state={f.state} />
      <SenderFields form={f} name={name} email={email} labels={t.fields} />
      <SelectField
        name="topic"
        label={t.fields.topic}
        options={topics}
        defaultValue={f.value('topic', 'OTHER')}
        error={f.error('topic')}
      />
      <TextAreaField
        name="message"
        label={t.fields.message}
        rows={6}
        defaultValue={f.value('message', '')}
        error={f.error('message')}
        required
      />
      <p className="text-sm text-slate-600">
        {t.privacy}{' '}
        <Link href="/prywatnosc" className="link">
          {t.privacyLink}
        </Link>
        .
      </p>
      <SubmitButton className="btn-primary">{t.submit}</SubmitButton>
    </form>
  );
}
