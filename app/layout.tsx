import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SiteHeader } from '@/components/layout/site-header';
import { SiteFooter } from '@/components/layout/site-footer';
import { TermsBanner } from '@/components/legal/terms-banner';
import { messages } from '@/lib/i18n';
import { interLatin, interLatinExt } from './fonts';
import { currentLocale } from '@/lib/locale/current';
import { LocaleProvider } from '@/components/locale/locale-provider';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return {
    title: { default: messages(locale).brand.title, template: messages(locale).brand.titleTemplate },
    description: messages(locale).brand.tagline,
  };
}
// Every page shows who is signed in and the cart: nothing is prerendered at build time
// (which also keeps the build free of database and secrets).
export const dynamic = 'force-dynamic';
export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await currentLocale();
  const m = messages(locale);
  return (
    <html lang={locale} className={`${interLatin.variable} ${interLatinExt.variable}`}>
      <body className="flex min-h-screen flex-col font-sans">
        <LocaleProvider locale={locale}>
          <a
            href="#tresc"
            className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2"
          >
            {m.nav.skipToContent}
          </a>
          <SiteHeader />
          <TermsBanner />
          <main id="tresc" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 sm:px-6">
            {children}
          </main>
          <SiteFooter />
        </LocaleProvider>
      </body>
    </html>
  );
}
