import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { requirePermission } from '@/lib/auth/session';
import { messages } from '@/lib/i18n';
import { pageParams } from '@/lib/http/ids';
import { requestForStaff } from '@/lib/privacy/requests/queue';
import { Notice } from '@/components/forms/notice';
import { PageHeader } from '@/components/forms/page-header';
import { DecideRequestForm } from '@/components/privacy/request-forms';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).panel.pageTitle(messages(locale).privacy.requests.panel.title) };
}
export const dynamic = 'force-dynamic';

export default async function PrivacyRequestPage({ params }: { params: Promise<{ id: string }> }) {
  const locale = await currentLocale();
  const { id } = pageParams(await params);
  await requirePermission('panel:users', `/panel/wnioski-rodo/${id}`);
  const r = await requestForStaff(id);
  if (!r) notFound();
  const t = messages(locale).privacy.requests.panel;
  return (
    <div className="space-y-4">
      <PageHeader title={t.detailTitle(r.number)} back={{ href: '/panel/wnioski-rodo', label: t.back }} />
      <dl className="card grid gap-x-6 gap-y-2 sm:grid-cols-[180px_1fr]">
        <dt className="font-medium">{t.contact}</dt>
        <dd className="break-words">
          {r.name} (
          <a href={`mailto:${r.email}`} className="link">
            {r.email}
          </a>
          )
        </dd>
        <dt className="font-medium">{t.colKind}</dt>
        <dd>{r.kind}</dd>
        <dt className="font-medium">{t.colReceived}</dt>
        <dd>{r.received}</dd>
        <dt className="font-medium">{t.colDue}</dt>
        <dd>
          {r.lastDay}
          {r.countdown && ` — ${r.countdown.text}`}
        </dd>
        <dt className="font-medium">{t.details}</dt>
        <dd className="whitespace-pre-wrap">{r.details}</dd>
      </dl>
      <section className="card space-y-3" aria-label={t.decision}>
        {r.open ? (
          <DecideRequestForm requestId={r.id} />
        ) : (
          <Notice tone={r.refused ? 'warning' : 'success'} as="div">
            <p>{t.decidedAt(r.decided ?? '', r.status)}</p>
            <p className="mt-2 whitespace-pre-wrap">{r.reply}</p>
          </Notice>
        )}
      </section>
    </div>
  );
}
