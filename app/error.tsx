'use client';
import Link from 'next/link';
import { messages } from '@/lib/i18n';
import { useLocale } from '@/components/locale/locale-provider';

// Shows no stack trace or message: production errors carry only a digest for the logs.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const locale = useLocale();
  const m = messages(locale);
  return (
    <div className="mx-auto max-w-lg py-16 text-center">
      <p className="text-sm font-semibold text-red-700">500</p>
      <h1 className="h1 mt-2">{m.errors.serverTitle}</h1>
      <p className="muted mt-4">{m.errors.serverBody}</p>
      {error.digest && <p className="mt-2 text-xs text-slate-600">{m.errors.digest(error.digest)}</p>}
      <div className="mt-8 flex justify-center gap-3">
        <button type="button" className="btn-primary" onClick={reset}>
          {m.errors.retry}
        </button>
        <Link href="/" className="btn-secondary">
          {m.errors.backHome}
        </Link>
      </div>
    </div>
  );
}
