import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { requirePermission } from '@/lib/auth/session';
import { uploadPreview } from '@/lib/groups/list/uploads';
import { currentAgreement } from '@/lib/groups/agreement/agreements';
import { describeRowError } from '@/lib/groups/list/validate-rows';
import { formatDateTime } from '@/lib/format/time';
import { messages } from '@/lib/i18n';
import { ActionForm } from '@/components/forms/action-form';
import { Notice } from '@/components/forms/notice';
import { PageHeader } from '@/components/forms/page-header';
import { ScrollTable } from '@/components/forms/scroll-table';
import { provisionUpload } from '@/lib/actions/groups/provision-upload';
import { discardUpload } from '@/lib/actions/groups/discard-upload';

export const metadata: Metadata = { title: messages().groups.previewTitle };

export default async function UploadPreviewPage({ params }: { params: Promise<{ id: string; uploadId: string }> }) {
  const { id, uploadId } = await params;
  const t = messages().groups;
  const user = await requirePermission('groups:manage-own', `/grupy/${id}/lista/${uploadId}`);
  const preview = await uploadPreview(user, id, uploadId);
  if (!preview) notFound();
  const { upload, check } = preview;
  const agreement = await currentAgreement(id);
  const accepted = agreement?.status === 'ACCEPTED';
  return (
    <div className="space-y-6">
      <PageHeader
        back={{ href: `/grupy/${id}#lista`, label: t.backToGroup }}
        title={t.previewTitle}
        intro={`${upload.fileName} · ${formatDateTime(upload.createdAt)} · ${t.statusOf[upload.status]}`}
      />
      {upload.status === 'PROVISIONED' && (
        <div className="card space-y-3">
          <p>{t.accountsCreated(upload.rowCount)}</p>
          <div className="flex flex-wrap gap-3">
            <a href={`/grupy/${id}/dane-logowania.xlsx?lista=${upload.id}`} className="btn-primary">
              {t.credentialsXlsx}
            </a>
            <a href={`/grupy/${id}/dane-logowania.pdf?lista=${upload.id}`} className="btn-secondary">
              {t.credentialsPdf}
            </a>
          </div>
        </div>
      )}
      {upload.status === 'DISCARDED' && <p className="card">{t.uploadDiscarded}</p>}
      {check && (
        <>
          <div className="card space-y-3">
            <p>{t.previewIntro}</p>
            <p className="font-medium" data-testid="preview-summary">
              {t.rowsSummary(check.rows.length, check.validRows.length)}
            </p>
            {check.notifyEmail && <p>{t.noticeTo(check.notifyEmail)}</p>}
            {check.fileErrors.length > 0 && (
              <Notice tone="error" as="ul" role="alert" className="list-disc space-y-1 pl-8">
                {check.fileErrors.map((e) => (
                  <li key={e}>{e}</li>
                ))}
              </Notice>
            )}
            {check.ok ? (
              accepted ? (
                <ActionForm
                  action={provisionUpload}
                  hidden={{ groupId: id, uploadId: upload.id }}
                  submit={t.confirmProvision(check.validRows.length)}
                />
              ) : (
                <Notice tone="warning">{t.waitForAcceptance}</Notice>
              )
            ) : (
              <Notice tone="error">{t.fixAndUpload}</Notice>
            )}
            <ActionForm
              action={discardUpload}
              hidden={{ groupId: id, uploadId: upload.id }}
              submit={t.discard}
              buttonClass="btn-secondary"
            />
          </div>
          <ScrollTable label={t.previewRows} className="card p-0" cards>
            <table className="table" data-testid="preview-rows">
              <caption className="sr-only">{t.previewRows}</caption>
              <thead>
                <tr>
                  <th>{t.colRow}</th>
                  <th className="min-w-60">{t.colState}</th>
                  <th>{t.columns.firstName}</th>
                  <th>{t.columns.lastName}</th>
                  <th>{t.columns.email}</th>
                  <th>{t.columns.login}</th>
                  <th>{t.columns.password}</th>
                </tr>
              </thead>
              <tbody>
                {check.rows.map((r) => (
                  <tr key={r.rowNumber} className={r.ok ? '' : 'bg-red-50'}>
                    <td>{r.rowNumber}</td>
                    <td>
                      {r.ok ? (
                        <span className="font-semibold text-green-800">{t.rowOk}</span>
                      ) : (
                        <ul className="space-y-1 text-red-900">
                          {r.errors.map((e, i) => (
                            <li key={i}>{describeRowError(r.rowNumber, e)}</li>
                          ))}
                        </ul>
                      )}
                    </td>
                    <td>{r.row.firstName}</td>
                    <td>{r.row.lastName}</td>
                    <td>{r.row.email ?? '—'}</td>
                    <td>{r.row.login ?? <span className="text-slate-600">{t.loginWillBeGenerated}</span>}</td>
                    <td>
                      {r.row.password ? (
                        t.passwordGiven
                      ) : (
                        <span className="text-slate-600">{t.passwordWillBeGenerated}</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
        </>
      )}
    </div>
  );
}
