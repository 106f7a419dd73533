import type { Metadata } from 'next';
import { requirePermission } from '@/lib/auth/session';
import { agreementQueue } from '@/lib/groups/agreement/agreements';
import { groupsAwaitingAgreement } from '@/lib/groups/agreement/by-post';
import { formatDateTime } from '@/lib/format/time';
import { messages } from '@/lib/i18n';
import { ActionForm } from '@/components/forms/action-form';
import { RejectAgreementForm } from '@/components/groups/reject-agreement-form';
import { PostedAgreementForm } from '@/components/groups/posted-agreement-form';
import { reviewAgreement } from '@/lib/actions/groups/review-agreement';
import { Notice } from '@/components/forms/notice';
import { schoolAgreementQueue } from '@/lib/licence/dpa';
import { SchoolAgreementQueue } from '@/components/licence/school-agreement-queue';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).panel.pageTitle(messages(locale).panel.agreements.title) };
}

export default async function AgreementsQueuePage({
  searchParams,
}: {
  searchParams: Promise<{ decyzja?: string; grupa?: string }>;
}) {
  const locale = await currentLocale();
  await requirePermission('panel:agreements', '/panel/umowy');
  const [queue, schools, awaiting, { decyzja, grupa }] = await Promise.all([
    agreementQueue(),
    schoolAgreementQueue(),
    groupsAwaitingAgreement(),
    searchParams,
  ]);
  const { groups: t, panel } = messages(locale);
  const p = panel.agreements;
  const done = { accept: t.accepted, reject: t.rejected, post: t.post.saved }[decyzja ?? ''];
  return (
    <div className="space-y-4">
      <h1 className="h1">{t.agreementsQueue}</h1>
      {done && (
        <Notice tone="success" role="status">
          {done}
        </Notice>
      )}
      {queue.length === 0 ? (
        <p className="card">{t.agreementsQueueEmpty}</p>
      ) : (
        <ul className="space-y-4">
          {queue.map((a) => (
            <li key={a.id} className="card space-y-3" data-testid="agreement">
              <h2 className="h2">{a.group.companyName}</h2>
              <p className="text-sm text-slate-700">
                {p.summary(
                  a.group.course.title,
                  a.group.seats,
                  a.group.owner.email ?? '—',
                  formatDateTime(a.uploadedAt, locale),
                )}{' '}
                · {t.esign.methodLabel[a.method]}
              </p>
              {a.method === 'ELECTRONIC' ? (
                <>
                  <p>
                    {t.esign.panelAccepted(
                      a.signerName ?? '',
                      a.signerRole ?? '',
                      formatDateTime(a.uploadedAt, locale),
                      a.signerIp ?? '',
                    )}
                  </p>
                  <p className="break-all text-xs text-slate-600">{t.esign.hash(a.textSha256 ?? '')}</p>
                  <p>
                    <a className="link" href={`/grupy/${a.group.id}/umowa/${a.id}`} target="_blank" rel="noreferrer">
                      {t.esign.panelOpen}
                    </a>
                  </p>
                </>
              ) : (
                <p>
                  <a className="link" href={`/grupy/${a.group.id}/umowa/${a.id}`} target="_blank" rel="noreferrer">
                    {t.openScan}: {a.fileName}
                  </a>{' '}
                  {p.scanSize(Math.ceil(a.size / 1024))}
                </p>
              )}
              <div className="grid gap-4 md:grid-cols-[auto_1fr] md:items-end">
                <ActionForm
                  action={reviewAgreement}
                  hidden={{ agreementId: a.id, decision: 'accept' }}
                  submit={a.method === 'ELECTRONIC' ? t.esign.countersign : t.accept}
                />
                <RejectAgreementForm agreementId={a.id} />
              </div>
            </li>
          ))}
        </ul>
      )}
      <SchoolAgreementQueue queue={schools} />
      <PostedAgreementForm
        groups={awaiting.map((g) => ({
          id: g.id,
          label: `${g.companyName} · ${g.course.title} · ${g.orderItem.order.number}`,
        }))}
        selected={grupa}
      />
    </div>
  );
}
