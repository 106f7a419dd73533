import Link from 'next/link';
import { messages } from '@/lib/i18n';

export default function NotFound() {
  const m = messages();
  return (
    <div className="mx-auto max-w-lg py-16 text-center">
      <p className="text-sm font-semibold text-brand-700">404</p>
      <h1 className="h1 mt-2">{m.errors.notFoundTitle}</h1>
      <p className="muted mt-4">{m.errors.notFoundBody}</p>
      <Link href="/" className="btn-primary mt-8">
        {m.errors.backHome}
      </Link>
    </div>
  );
}
