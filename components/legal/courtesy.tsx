// A courtesy translation on a page: the notice above it (with a link down to the original) and the
// binding Polish original under it, folded, marked lang="pl" and data-legal-original so that neither
// the reader's tools nor the e2e check take it for interface text.
import type { ReactNode } from 'react';
import { Notice } from '@/components/forms/notice';
import { messages } from '@/lib/i18n';

type Texts = ReturnType<typeof messages>['support']['legal'];

export function CourtesyNotice({ t }: { t: Texts }) {
  return (
    <Notice tone="info" as="div">
      <strong>{t.courtesyTranslation}</strong>{' '}
      <a href="#tekst-polski" className="link">
        {t.originalLink}
      </a>
    </Notice>
  );
}

export function PolishOriginal({ t, className, children }: { t: Texts; className: string; children: ReactNode }) {
  return (
    <details
      id="tekst-polski"
      className="scroll-mt-20 rounded-lg border border-slate-300 p-4"
      data-testid="legal-original"
    >
      <summary className="cursor-pointer font-semibold">{t.original}</summary>
      <div className={className} lang="pl" data-legal-original>
        {children}
      </div>
    </details>
  );
}
