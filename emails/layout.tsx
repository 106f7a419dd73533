import type { ReactNode } from 'react';
import { messages, type Locale } from '@/lib/i18n';

// Table-free, inline-styled layout: mail clients ignore stylesheets. `locale`: the recipient's
// language, the one the template's text is in (Polish for a template not yet in the catalogue).
export function EmailLayout({
  title,
  locale = 'pl',
  children,
}: {
  title: string;
  locale?: Locale;
  children: ReactNode;
}) {
  return (
    <html lang={locale}>
      <head>
        <meta charSet="utf-8" />
        <title>{title}</title>
      </head>
      <body
        style={{ margin: 0, padding: '24px', background: '#f4f5f7', fontFamily: 'Arial, sans-serif', color: '#1f2937' }}
      >
        <div style={{ maxWidth: 560, margin: '0 auto', background: '#ffffff', borderRadius: 8, padding: '32px' }}>
          <p style={{ fontSize: 20, fontWeight: 700, color: '#1d4ed8', margin: '0 0 24px' }}>Planeta</p>
          {children}
          <p style={{ fontSize: 12, color: '#6b7280', marginTop: 32 }}>{messages(locale).emails.footer}</p>
        </div>
      </body>
    </html>
  );
}

export function EmailButton({ href, children }: { href: string; children: ReactNode }) {
  return (
    <p style={{ margin: '24px 0' }}>
      <a
        href={href}
        style={{
          background: '#1d4ed8',
          color: '#ffffff',
          padding: '12px 20px',
          borderRadius: 6,
          textDecoration: 'none',
          fontWeight: 700,
        }}
      >
        {children}
      </a>
    </p>
  );
}
