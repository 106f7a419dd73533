import type { Metadata } from 'next';
import { requirePermission } from '@/lib/auth/session';
import { messages } from '@/lib/i18n';
import { DESK_PATH, deskReceiptPath } from '@/lib/centres/paths';
import { deskPage } from '@/lib/centres/desk/find';
import { PageHeader } from '@/components/forms/page-header';
import { Notice } from '@/components/forms/notice';
import { Field } from '@/components/forms/field';
import { DeskPayers } from '@/components/centres/desk/desk-payers';
import { RecentReceipts } from '@/components/centres/desk/recent-receipts';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).panel.pageTitle(messages(locale).centresDesk.page.title) };
}

export default async function DeskPage({ searchParams }: { searchParams: Promise<{ q?: string; paragon?: string }> }) {
  const locale = await currentLocale();
  await requirePermission('centres:desk', DESK_PATH);
  const sp = await searchParams;
  const d = await deskPage(
    typeof sp.q === 'string' ? sp.q : '',
    typeof sp.paragon === 'string' ? sp.paragon : undefined,
  );
  const t = messages(locale).centresDesk.page;
  return (
    <div className="space-y-4">
      <PageHeader title={t.title} intro={t.lead} />
      {d.booked && (
        <Notice tone="success" role="status" data-testid="desk-booked">
          {t.booked(d.booked.number)}{' '}
          <a className="link font-semibold" href={deskReceiptPath(d.booked.id)}>
            {t.download}
          </a>
        </Notice>
      )}
      <form
        method="get"
        action={DESK_PATH}
        className="card grid gap-2 sm:grid-cols-[1fr_auto] sm:items-end"
        role="search"
      >
        <Field name="q" type="search" label={t.searchLabel} hint={t.searchHint} defaultValue={d.q} minLength={2} />
        <button type="submit" className="btn-primary">
          {t.searchSubmit}
        </button>
      </form>
      {d.q.length === 1 && <p className="card">{t.tooShort}</p>}
      {d.q.length >= 2 && d.payers.length === 0 && <p className="card">{t.noResults(d.q)}</p>}
      <DeskPayers payers={d.payers} q={d.q} />
      <h2 className="h2">{t.recent}</h2>
      <RecentReceipts rows={d.recent} />
    </div>
  );
}
