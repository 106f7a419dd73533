import type { Metadata } from 'next';
import { messages } from '@/lib/i18n';
import { RequestResetForm } from './request-reset-form';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).auth.resetTitle };
}

export default async function RequestResetPage() {
  const locale = await currentLocale();
  const m = messages(locale);
  return (
    <div className="mx-auto max-w-md">
      <div className="card space-y-4">
        <h1 className="h1">{m.auth.resetTitle}</h1>
        <p className="muted">{m.auth.resetIntro}</p>
        <RequestResetForm />
      </div>
    </div>
  );
}
