// The "are you sure" step before accounts exist: how many, the seats it uses and leaves, where the notice goes.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requirePermission } from '@/lib/auth/session';
import { uploadPreview } from '@/lib/groups/list/uploads';
import { currentAgreement } from '@/lib/groups/agreement/agreements';
import { messages } from '@/lib/i18n';
import { ActionForm } from '@/components/forms/action-form';
import { Notice } from '@/components/forms/notice';
import { PageHeader } from '@/components/forms/page-header';
import { provisionUpload } from '@/lib/actions/groups/provision-upload';
import { pageParams } from '@/lib/http/ids';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).groups.confirmList.title };
}

export default async function ConfirmListPage({ params }: { params: Promise<{ id: string; uploadId: string }> }) {
  const locale = await currentLocale();
  const { id, uploadId } = pageParams(await params);
  const t = messages(locale).groups;
  const c = t.confirmList;
  const user = await requirePermission('groups:manage-own', `/grupy/${id}/lista/${uploadId}/potwierdz`);
  const [preview, agreement] = await Promise.all([uploadPreview(user, id, uploadId), currentAgreement(id)]);
  if (!preview) notFound();
  const { check, seats, upload } = preview;
  const back = `/grupy/${id}/lista/${uploadId}`;
  const ready = !!check?.ok && agreement?.status === 'ACCEPTED';
  const n = check?.validRows.length ?? 0;
  const figures: [string, number, string][] = [
    [c.accounts, n, 'confirm-accounts'],
    [c.seatsBought, seats.bought, 'confirm-bought'],
    [c.seatsUsedNow, seats.used, 'confirm-used'],
    [c.seatsLeftAfter, seats.left - n, 'confirm-left'],
  ];
  return (
    <div className="space-y-6">
      <PageHeader back={{ href: back, label: c.back }} title={c.title} intro={upload.fileName} />
      {!ready || !check ? (
        <div className="card space-y-3">
          <Notice tone="warning">{upload.status === 'PROVISIONED' ? t.alreadyProvisioned : c.cannot}</Notice>
          <Link href={back} className="btn-secondary">
            {c.back}
          </Link>
        </div>
      ) : (
        <section className="card space-y-4" aria-labelledby="podsumowanie-h">
          <h2 id="podsumowanie-h" className="h2">
            {c.heading}
          </h2>
          <p>{c.intro}</p>
          <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
            {figures.map(([label, value, testId]) => (
              <div key={label} className="rounded-lg border border-slate-200 p-3 text-center">
                <dt className="text-sm text-slate-600">{label}</dt>
                <dd className="text-2xl font-bold" data-testid={testId}>
                  {value}
                </dd>
              </div>
            ))}
          </dl>
          {check.notifyEmail && <p>{c.notice(check.notifyEmail)}</p>}
          {Object.keys(preview.warnings).length > 0 && (
            <Notice tone="warning">{c.warnings(Object.keys(preview.warnings).length)}</Notice>
          )}
          <div className="flex flex-wrap items-start gap-3">
            <ActionForm action={provisionUpload} hidden={{ groupId: id, uploadId }} submit={t.confirmProvision(n)} />
            <Link href={back} className="btn-secondary">
              {c.back}
            </Link>
          </div>
        </section>
      )}
    </div>
  );
}
