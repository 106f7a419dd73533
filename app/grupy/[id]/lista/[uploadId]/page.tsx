import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requirePermission } from '@/lib/auth/session';
import { uploadPreview } from '@/lib/groups/list/uploads';
import { currentAgreement } from '@/lib/groups/agreement/agreements';
import { formatDateTime } from '@/lib/format/time';
import { messages } from '@/lib/i18n';
import { ActionForm } from '@/components/forms/action-form';
import { PageHeader } from '@/components/forms/page-header';
import { ListPreviewRows } from '@/components/groups/list-preview-rows';
import { ListPreviewSummary } from '@/components/groups/list-preview-summary';
import { UploadForm } from '@/components/groups/upload-form';
import { discardUpload } from '@/lib/actions/groups/discard-upload';
import { pageParams } from '@/lib/http/ids';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).groups.previewTitle };
}

export default async function UploadPreviewPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string; uploadId: string }>;
  searchParams: Promise<{ wiersz?: string; wynik?: string }>;
}) {
  const locale = await currentLocale();
  const { id, uploadId } = pageParams(await params);
  const t = messages(locale).groups;
  const user = await requirePermission('groups:manage-own', `/grupy/${id}/lista/${uploadId}`);
  const [preview, agreement, q] = await Promise.all([
    uploadPreview(user, id, uploadId),
    currentAgreement(id),
    searchParams,
  ]);
  if (!preview) notFound();
  const { upload, check } = preview;
  const state = check && !check.ok ? t.previewWithErrors : t.statusOf[upload.status];
  return (
    <div className="space-y-6">
      <PageHeader
        back={{ href: `/grupy/${id}#lista`, label: t.backToGroup }}
        title={t.previewTitle}
        intro={`${upload.fileName} · ${formatDateTime(upload.createdAt, locale)} · ${state}`}
      />
      {upload.status === 'PROVISIONED' && (
        <div className="card space-y-3">
          <p>{t.accountsCreated(upload.rowCount)}</p>
          <Link href={`/grupy/${id}#konta`} className="btn-primary">
            {t.backToGroup}
          </Link>
        </div>
      )}
      {upload.status === 'DISCARDED' && <p className="card">{t.uploadDiscarded}</p>}
      {check && (
        <>
          <ListPreviewSummary
            groupId={id}
            preview={{ ...preview, check }}
            accepted={agreement?.status === 'ACCEPTED'}
            fixed={{ row: Number(q.wiersz) || null, outcome: q.wynik }}
          >
            <ActionForm
              action={discardUpload}
              hidden={{ groupId: id, uploadId: upload.id }}
              submit={t.discard}
              buttonClass="btn-secondary"
            />
          </ListPreviewSummary>
          <ListPreviewRows
            groupId={id}
            uploadId={upload.id}
            check={check}
            logins={preview.logins}
            warnings={preview.warnings}
            openRow={q.wynik === 'bledy' ? Number(q.wiersz) : undefined}
          />
          {!check.ok && (
            <section className="card space-y-3" aria-labelledby="zastap-h">
              <h2 id="zastap-h" className="h2">
                {t.fix.replaceHeading}
              </h2>
              <p className="text-sm text-slate-700">{t.fix.replaceNote}</p>
              <UploadForm
                action={`/grupy/${id}/lista?zastepuje=${upload.id}`}
                label={t.listLabel}
                accept=".xlsx,.csv,.txt,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
                submit={t.uploadList}
                testId="list-replace"
              />
            </section>
          )}
        </>
      )}
    </div>
  );
}
