import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requirePermission } from '@/lib/auth/session';
import { complaintForStaff } from '@/lib/support/complaint-view';
import { AnswerForm } from '@/components/support/answer-form';
import { Notice } from '@/components/forms/notice';
import { PageHeader } from '@/components/forms/page-header';
import { messages } from '@/lib/i18n';
import { pageParams } from '@/lib/http/ids';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).panel.pageTitle(messages(locale).support.panel.title) };
}

export default async function ComplaintPage({ params }: { params: Promise<{ id: string }> }) {
  const locale = await currentLocale();
  const { id } = pageParams(await params);
  await requirePermission('panel:complaints', `/panel/reklamacje/${id}`);
  const c = await complaintForStaff(id, locale);
  if (!c) notFound();
  const t = messages(locale).support.panel;
  return (
    <div className="space-y-4">
      <PageHeader title={t.detailTitle(c.number)} back={{ href: '/panel/reklamacje', label: t.back }} />
      <dl className="card grid gap-x-6 gap-y-2 sm:grid-cols-[180px_1fr]">
        <dt className="font-medium">{t.contact}</dt>
        <dd>
          {c.name} (
          <a href={`mailto:${c.email}`} className="link">
            {c.email}
          </a>
          )
        </dd>
        <dt className="font-medium">{t.colOrder}</dt>
        <dd>
          {c.orderId ? (
            <Link href={`/panel/zamowienia/${c.orderId}`} className="link">
              {c.orderNumber}
            </Link>
          ) : (
            t.noOrder
          )}
        </dd>
        <dt className="font-medium">{t.colReceived}</dt>
        <dd>{c.received}</dd>
        <dt className="font-medium">{t.colDue}</dt>
        <dd>
          {c.lastDay}
          {c.countdown && ` — ${c.countdown.text}`}
        </dd>
        <dt className="font-medium">{t.description}</dt>
        <dd className="whitespace-pre-wrap">{c.description}</dd>
        <dt className="font-medium">{t.demand}</dt>
        <dd className="whitespace-pre-wrap">{c.demand}</dd>
      </dl>
      <section className="card space-y-3">
        {c.answer ? (
          <Notice tone="success" as="div">
            <p>{t.answeredBy(c.answer.at, c.answer.by)}</p>
            <p className="mt-2 whitespace-pre-wrap">{c.answer.text}</p>
          </Notice>
        ) : (
          <AnswerForm complaintId={c.id} />
        )}
      </section>
    </div>
  );
}
