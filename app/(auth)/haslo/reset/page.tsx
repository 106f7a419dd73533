import type { Metadata } from 'next';
import { messages } from '@/lib/i18n';
import { RequestResetForm } from './request-reset-form';

export const metadata: Metadata = { title: messages().auth.resetTitle };

export default function RequestResetPage() {
  const m = messages();
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
