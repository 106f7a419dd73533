import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requirePermission } from '@/lib/auth/session';
import { uploadPreview } from '@/lib/groups/list/uploads';
import { currentAgreement } from '@/lib/groups/agreement/agreements';
import { describeRowError } from '@/lib/groups/list/validate-rows';
import { formatDateTime } from '@/lib/format/time';
import { groups as t } from '@/lib/i18n/pl/groups';
import { ActionButton } from '@/components/groups/action-button';
import { provisionUpload } from '@/lib/actions/groups/provision-upload';
import { discardUpload } from '@/lib/actions/groups/discard-upload';

export const metadata: Metadata = { title: 'Podgląd listy uczestników' };

export default async function UploadPreviewPage({ params }: { params: Promise<{ id: string; uploadId: string }> }) {
  const { id, uploadId } = await params;
  const user = await requirePermission('groups:manage-own', `/grupy/${id}/lista/${uploadId}`);
  const preview = await uploadPreview(user, id, uploadId);
  if (!preview) notFound();
  const { upload, check } = preview;
  const agreement = await currentAgreement(id);
  const accepted = agreement?.status === 'ACCEPTED';
  return (
    <div className="space-y-6">
      <p>
        <Link href={`/grupy/${id}#lista`} className="link">
          ← Wróć do grupy
        </Link>
      </p>
      <div className="space-y-1">
        <h1 className="h1">{t.previewTitle}</h1>
        <p className="muted">
          {upload.fileName} · {formatDateTime(upload.createdAt)} · {t.statusOf[upload.status]}
        </p>
      </div>
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
              <ul role="alert" className="list-disc space-y-1 rounded-lg bg-red-50 py-2 pl-8 pr-3 text-red-900">
                {check.fileErrors.map((e) => (
                  <li key={e}>{e}</li>
                ))}
              </ul>
            )}
            {check.ok ? (
              accepted ? (
                <ActionButton
                  action={provisionUpload}
                  fields={{ groupId: id, uploadId: upload.id }}
                  label={t.confirmProvision(check.validRows.length)}
                />
              ) : (
                <p className="rounded-lg bg-amber-50 px-3 py-2 text-amber-900">{t.waitForAcceptance}</p>
              )
            ) : (
              <p className="rounded-lg bg-red-50 px-3 py-2 text-red-900">{t.fixAndUpload}</p>
            )}
            <ActionButton
              action={discardUpload}
              fields={{ groupId: id, uploadId: upload.id }}
              label={t.discard}
              className="btn-secondary"
            />
          </div>
          <div className="card relative overflow-x-auto p-0" tabIndex={0} role="region" aria-label="Wiersze listy">
            <table className="table" data-testid="preview-rows">
              <caption className="sr-only">Wiersze listy</caption>
              <thead>
                <tr>
                  <th>Wiersz</th>
                  <th className="min-w-60">Stan</th>
                  <th>Imię</th>
                  <th>Nazwisko</th>
                  <th>E-mail</th>
                  <th>Login</th>
                  <th>Hasło</th>
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
          </div>
        </>
      )}
    </div>
  );
}
