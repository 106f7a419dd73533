import type { Metadata } from 'next';
import { requirePermission } from '@/lib/auth/session';
import { agreementQueue } from '@/lib/groups/agreement/agreements';
import { formatDateTime } from '@/lib/format/time';
import { messages } from '@/lib/i18n';
import { ActionForm } from '@/components/forms/action-form';
import { RejectAgreementForm } from '@/components/groups/reject-agreement-form';
import { reviewAgreement } from '@/lib/actions/groups/review-agreement';
import { Notice } from '@/components/forms/notice';

export const metadata: Metadata = { title: messages().panel.pageTitle(messages().panel.agreements.title) };

export default async function AgreementsQueuePage({ searchParams }: { searchParams: Promise<{ decyzja?: string }> }) {
  await requirePermission('panel:agreements', '/panel/umowy');
  const [queue, { decyzja }] = await Promise.all([agreementQueue(), searchParams]);
  const { groups: t, panel } = messages();
  const p = panel.agreements;
  return (
    <div className="space-y-4">
      <h1 className="h1">{t.agreementsQueue}</h1>
      {(decyzja === 'accept' || decyzja === 'reject') && (
        <Notice tone="success" role="status">
          {decyzja === 'accept' ? t.accepted : t.rejected}
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
                  formatDateTime(a.uploadedAt),
                )}
              </p>
              <p>
                <a className="link" href={`/grupy/${a.group.id}/umowa/${a.id}`} target="_blank" rel="noreferrer">
                  {t.openScan}: {a.fileName}
                </a>{' '}
                {p.scanSize(Math.ceil(a.size / 1024))}
              </p>
              <div className="grid gap-4 md:grid-cols-[auto_1fr] md:items-end">
                <ActionForm
                  action={reviewAgreement}
                  hidden={{ agreementId: a.id, decision: 'accept' }}
                  submit={t.accept}
                />
                <RejectAgreementForm agreementId={a.id} />
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
