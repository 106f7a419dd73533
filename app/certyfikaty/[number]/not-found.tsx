// The 404 of the verification: a number nobody issued (or no number at all) gets the explanation
// and the search form again, so the person can correct a mistyped character at once.
import Link from 'next/link';
import { messages } from '@/lib/i18n';
import { VerifyForm } from '@/components/certificates/verify-form';
import { currentLocale } from '@/lib/locale/current';

export default async function CertificateNotFound() {
  const locale = await currentLocale();
  const t = messages(locale).learning.certificateLifecycle;
  return (
    <div className="mx-auto max-w-lg space-y-4">
      <div className="card space-y-2 border-red-300" data-testid="verification" role="status">
        <p className="text-sm font-semibold text-red-800">404</p>
        <h1 className="h1">{t.notFoundTitle}</h1>
        <p className="text-slate-700">{t.notFoundBody}</p>
      </div>
      <VerifyForm heading={messages(locale).learning.verifyAnother} level={2} />
      <p>
        <Link href="/" className="link">
          {messages(locale).errors.backHome}
        </Link>
      </p>
    </div>
  );
}
