// Staff list of invoices and corrections with their KSeF state: filter by state, search by number,
// resend a rejected one, download UPOs, and the daily count of documents not yet in KSeF.
import type { Metadata } from 'next';
import { requirePermission } from '@/lib/auth/session';
import { ksefBacklog, staffKsefList, KSEF_STATES, type KsefState } from '@/lib/invoices/ksef/submission';
import { messages } from '@/lib/i18n';
import { KsefBacklog } from '@/components/invoices/ksef-backlog';
import { KsefDocumentsTable } from '@/components/invoices/ksef-documents-table';

export const metadata: Metadata = { title: messages().panel.pageTitle(messages().ksef.panel.title) };

const asState = (v?: string) => KSEF_STATES.find((s) => s === v) as KsefState | undefined;

export default async function StaffInvoicesPage({
  searchParams,
}: {
  searchParams: Promise<{ stan?: string; q?: string }>;
}) {
  await requirePermission('panel:invoices', '/panel/faktury');
  const p = await searchParams;
  const filter = { state: asState(p.stan), q: typeof p.q === 'string' ? p.q.slice(0, 60) : undefined };
  const [rows, backlog] = await Promise.all([staffKsefList(filter), ksefBacklog()]);
  const m = messages().ksef;
  const t = m.panel;
  return (
    <div className="space-y-4">
      <h1 className="h1">{t.title}</h1>
      <p>{t.intro}</p>
      <KsefBacklog backlog={backlog} />
      <form method="get" className="card grid gap-3 sm:grid-cols-[1fr_1fr_auto] sm:items-end" role="search">
        <div>
          <label htmlFor="stan" className="label">
            {t.state}
          </label>
          <select id="stan" name="stan" className="input" defaultValue={filter.state ?? ''}>
            <option value="">{t.anyState}</option>
            {KSEF_STATES.map((s) => (
              <option key={s} value={s}>
                {m.states[s]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="q" className="label">
            {t.search}
          </label>
          <input id="q" name="q" className="input" defaultValue={filter.q ?? ''} />
        </div>
        <div className="flex gap-2">
          <button type="submit" className="btn-primary">
            {t.filter}
          </button>
          <a href="/panel/faktury" className="btn-secondary">
            {t.clear}
          </a>
        </div>
      </form>
      <p className="text-sm text-slate-700" role="status">
        {t.count(rows.length)}
      </p>
      <KsefDocumentsTable rows={rows} />
    </div>
  );
}
