// Staff list of invoices and corrections with their KSeF state: filter by state, search by number,
// resend a rejected one, download UPOs, and the daily count of documents not yet in KSeF.
import type { Metadata } from 'next';
import { requirePermission } from '@/lib/auth/session';
import { ksefBacklog, staffKsefList, KSEF_STATES, type KsefState } from '@/lib/invoices/ksef/submission';
import { messages } from '@/lib/i18n';
import { KsefBacklog } from '@/components/invoices/ksef-backlog';
import { Notice } from '@/components/forms/notice';
import { KsefFilterForm } from '@/components/invoices/ksef-filter-form';
import { KsefDocumentsTable } from '@/components/invoices/ksef-documents-table';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).panel.pageTitle(messages(locale).ksef.panel.title) };
}

const asState = (v?: string) => KSEF_STATES.find((s) => s === v) as KsefState | undefined;

export default async function StaffInvoicesPage({
  searchParams,
}: {
  searchParams: Promise<{ stan?: string; q?: string; ponownie?: string }>;
}) {
  const locale = await currentLocale();
  await requirePermission('panel:invoices', '/panel/faktury');
  const p = await searchParams;
  const filter = { state: asState(p.stan), q: typeof p.q === 'string' ? p.q.slice(0, 60) : undefined };
  const [rows, backlog] = await Promise.all([staffKsefList(filter), ksefBacklog()]);
  const t = messages(locale).ksef.panel;
  return (
    <div className="space-y-4">
      <h1 className="h1">{t.title}</h1>
      <p>{t.intro}</p>
      {(p.ponownie === 'retry' || p.ponownie === 'rebuilt') && (
        <Notice tone="success" role="status">
          {p.ponownie === 'rebuilt' ? t.rebuilt : t.resent}
        </Notice>
      )}
      <KsefBacklog backlog={backlog} />
      <KsefFilterForm state={filter.state} q={filter.q} />
      <p className="text-sm text-slate-700" role="status">
        {t.count(rows.length)}
      </p>
      <KsefDocumentsTable rows={rows} />
    </div>
  );
}
