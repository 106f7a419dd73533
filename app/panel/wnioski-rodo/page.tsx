import type { Metadata } from 'next';
import { requirePermission } from '@/lib/auth/session';
import { messages } from '@/lib/i18n';
import { requestQueue } from '@/lib/privacy/requests/queue';
import { PageHeader } from '@/components/forms/page-header';
import { RequestTable } from '@/components/privacy/request-table';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).panel.pageTitle(messages(locale).privacy.requests.panel.title) };
}
export const dynamic = 'force-dynamic';

// Privacy requests that need a person: open ones by deadline (overdue first), then decided ones.
export default async function PrivacyRequestQueuePage() {
  const locale = await currentLocale();
  await requirePermission('panel:users', '/panel/wnioski-rodo');
  const t = messages(locale).privacy.requests.panel;
  const { open, decided } = await requestQueue();
  return (
    <div className="space-y-6">
      <PageHeader title={t.title} intro={t.intro} />
      <section className="space-y-2" aria-labelledby="otwarte">
        <h2 id="otwarte" className="h2">
          {t.open} ({open.length})
        </h2>
        {open.length ? <RequestTable label={t.open} rows={open} staff /> : <p className="card">{t.none}</p>}
      </section>
      <section className="space-y-2" aria-labelledby="rozpatrzone">
        <h2 id="rozpatrzone" className="h2">
          {t.decidedList}
        </h2>
        {decided.length ? (
          <RequestTable label={t.decidedList} rows={decided} staff />
        ) : (
          <p className="card">{t.none}</p>
        )}
      </section>
    </div>
  );
}
