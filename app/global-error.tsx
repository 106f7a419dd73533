'use client';
import { messages } from '@/lib/i18n';
import { useLocale } from '@/components/locale/locale-provider';

export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  const locale = useLocale();
  const m = messages(locale);
  return (
    <html lang="pl">
      <body style={{ fontFamily: 'system-ui, sans-serif', padding: '4rem 1rem', textAlign: 'center' }}>
        <h1>{m.errors.serverTitle}</h1>
        <p>{m.errors.serverBody}</p>
        {error.digest && <p style={{ fontSize: 12 }}>{m.errors.digest(error.digest)}</p>}
        {/* A full reload on purpose: the app's own router is what failed. */}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
        <a href="/">{m.errors.backHome}</a>
      </body>
    </html>
  );
}
