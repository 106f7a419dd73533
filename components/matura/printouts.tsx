// The printouts page's list of downloads and the notice of a refused one (issue 23, A7).
import Link from 'next/link';
import { messages } from '@/lib/i18n';
import { SCHOOL_PATH } from '@/lib/licence/paths';
import type { PrintoutsPage } from '@/lib/matura/printouts/printouts-page';
import { Notice } from '@/components/forms/notice';
import { currentLocale } from '@/lib/locale/current';

export async function PrintoutsView({ page }: { page: PrintoutsPage }) {
  const locale = await currentLocale();
  const t = messages(locale).plannerPrintouts.page;
  return (
    <div className="space-y-5">
      {page.refusal && (
        <Notice tone={page.refusal.tone}>
          {page.refusal.text}{' '}
          {page.refusal.pay && (
            <Link href={SCHOOL_PATH} className="link">
              {t.refused.pay}
            </Link>
          )}
        </Notice>
      )}
      <p className="muted">{t.intro}</p>
      <ul className="space-y-3">
        {page.downloads.map((d) => (
          <li key={d.key} className="card space-y-1">
            <h2 className="font-semibold">{d.name}</h2>
            <p className="text-sm">{d.about}</p>
            {/* A plain link, no `download` attribute: a refusal redirects here, and must show as a page. */}
            <a href={d.href} className="btn-secondary inline-block">
              {t.download}
              <span className="sr-only"> — {d.name}</span>
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
