import Link from 'next/link';
import { messages } from '@/lib/i18n';
import { currentLocale } from '@/lib/locale/current';

export default async function NotFound() {
  const locale = await currentLocale();
  const m = messages(locale);
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
