import type { Metadata } from 'next';
import Link from 'next/link';
import { Fragment } from 'react';
import { notFound } from 'next/navigation';
import { requirePermission } from '@/lib/auth/session';
import { groupFor, seatsLeft } from '@/lib/groups/group-access';
import { currentAgreement } from '@/lib/groups/agreements';
import { uploadsOf } from '@/lib/groups/uploads';
import { participantsProgress } from '@/lib/groups/participants-progress';
import { confirmable, groupSteps } from '@/lib/groups/steps';
import { formatDate, formatDateTime } from '@/lib/format/time';
import { formatPercent } from '@/lib/certificates/content';
import { groups as t } from '@/lib/i18n/pl/groups';
import { UploadForm } from '@/components/groups/upload-form';
import { ActionForm } from '@/components/forms/action-form';
import { GroupStepper } from '@/components/groups/group-stepper';
import { sendCredentials } from '@/lib/actions/groups/send-credentials';

export const metadata: Metadata = { title: 'Grupa' };

export default async function GroupPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ utworzono?: string; odrzucono?: string }>;
}) {
  const { id } = await params;
  const user = await requirePermission('groups:manage-own', `/grupy/${id}`);
  const group = await groupFor(user, id);
  if (!group) notFound();
  const [agreement, uploads, participants, query] = await Promise.all([
    currentAgreement(id),
    uploadsOf(id),
    participantsProgress(user, id),
    searchParams,
  ]);
  const people = participants ?? [];
  const steps = groupSteps({ agreement, uploads, seatsLeft: seatsLeft(group) });
  const created = Number(query.utworzono);
  const provisioned = uploads.filter((u) => u.status === 'PROVISIONED');
  const previews = uploads.filter((u) => confirmable(u, seatsLeft(group)));
  const canUpload = group.active && seatsLeft(group) > 0 && !!agreement && agreement.status !== 'REJECTED';

  return (
    <div className="space-y-6">
      <p>
        <Link href="/grupy" className="link">
          ← {t.myGroups}
        </Link>
      </p>
      <div className="space-y-1">
        <h1 className="h1">{group.course.title}</h1>
        <p className="muted">
          {group.companyName} · zamówienie {group.orderItem.order.number}
        </p>
      </div>
      <dl className="grid grid-cols-3 gap-3 sm:max-w-lg" data-testid="seats">
        {[
          [t.seatsBought, group.seats],
          [t.seatsUsed, group.seatsUsed],
          [t.seatsLeft, seatsLeft(group)],
        ].map(([k, v]) => (
          <div key={String(k)} className="card p-4 text-center">
            <dt className="text-sm text-slate-600">{k}</dt>
            <dd className="text-2xl font-bold">{v}</dd>
          </div>
        ))}
      </dl>
      {!group.active && (
        <p role="alert" className="rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-red-900">
          {t.groupInactive}
        </p>
      )}
      {created > 0 && (
        <p role="status" className="rounded-lg border border-green-200 bg-green-50 px-4 py-3 text-green-900">
          {t.accountsCreated(created)}
        </p>
      )}
      {query.odrzucono && (
        <p role="status" className="rounded-lg border border-slate-200 bg-slate-100 px-4 py-3">
          {t.discarded}
        </p>
      )}

      <GroupStepper steps={steps} />

      <details className="card" open={provisioned.length === 0} data-testid="how-it-works">
        <summary className="cursor-pointer text-lg font-semibold">{t.howItWorksHeading}</summary>
        <p className="mt-3">{t.howItWorksIntro}</p>
        <ol className="mt-3 list-decimal space-y-2 pl-6">
          {t.howItWorks.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ol>
      </details>

      <section id="zakup" className="card space-y-2" aria-labelledby="zakup-h">
        <h2 id="zakup-h" className="h2">
          1. {t.steps.purchase}
        </h2>
        <p>
          Zamówienie{' '}
          <Link className="link" href={`/zamowienia/${group.orderItem.order.id}`}>
            {group.orderItem.order.number}
          </Link>{' '}
          opłacone{group.orderItem.order.paidAt ? ` ${formatDateTime(group.orderItem.order.paidAt)}` : ''}:{' '}
          {group.seats} kont w kursie „{group.course.title}”.
        </p>
      </section>

      <section id="umowa" className="card space-y-4" aria-labelledby="umowa-h">
        <h2 id="umowa-h" className="h2">
          2. {t.steps.agreement}
        </h2>
        <p>{t.agreementIntro}</p>
        <a href={`/grupy/${id}/umowa-projekt`} className="btn-secondary">
          {t.downloadDraft}
        </a>
        <div data-testid="agreement-status">
          {!agreement ? (
            <p className="muted">{t.agreementNone}</p>
          ) : agreement.status === 'SUBMITTED' ? (
            <p className="rounded-lg bg-amber-50 px-3 py-2 text-amber-900">{t.agreementSubmitted}</p>
          ) : agreement.status === 'ACCEPTED' ? (
            <p className="rounded-lg bg-green-50 px-3 py-2 text-green-900">{t.agreementAccepted}</p>
          ) : (
            <p className="rounded-lg bg-red-50 px-3 py-2 text-red-900">
              {t.agreementRejected(agreement.rejectionReason ?? '')}
            </p>
          )}
          {agreement && (
            <p className="mt-2 text-sm">
              <a className="link" href={`/grupy/${id}/umowa/${agreement.id}`} target="_blank" rel="noreferrer">
                {t.openScan}: {agreement.fileName}
              </a>{' '}
              ({formatDateTime(agreement.uploadedAt)})
            </p>
          )}
        </div>
        {(!agreement || agreement.status === 'REJECTED') && group.active && (
          <UploadForm
            action={`/grupy/${id}/umowa`}
            label={t.scanLabel}
            accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
            submit={t.uploadScan}
            testId="agreement-upload"
          />
        )}
      </section>

      <section id="lista" className="card space-y-4" aria-labelledby="lista-h">
        <h2 id="lista-h" className="h2">
          3. {t.steps.list}
        </h2>
        <p>{t.listIntro}</p>
        <div className="flex flex-wrap gap-3">
          <a href={`/grupy/${id}/szablon.xlsx`} className="btn-secondary">
            {t.templateXlsx}
          </a>
          <a href={`/grupy/${id}/szablon.csv`} className="btn-secondary">
            {t.templateCsv}
          </a>
        </div>
        {canUpload ? (
          <UploadForm
            action={`/grupy/${id}/lista`}
            label={t.listLabel}
            accept=".xlsx,.csv,.txt,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            submit={t.uploadList}
            testId="list-upload"
          />
        ) : (
          <p className="rounded-lg bg-slate-100 px-3 py-2">
            {seatsLeft(group) === 0 ? t.noSeatsLeft : t.listWaitsForAgreement}
          </p>
        )}
        {uploads.length > 0 && (
          <div className="relative overflow-x-auto" tabIndex={0} role="region" aria-label={t.uploadsHeading}>
            <h3 className="font-semibold">{t.uploadsHeading}</h3>
            <table className="table">
              <thead>
                <tr>
                  <th>Plik</th>
                  <th>Przesłano</th>
                  <th>Wiersze</th>
                  <th>Stan</th>
                </tr>
              </thead>
              <tbody>
                {uploads.map((u) => (
                  <tr key={u.id}>
                    <td>
                      <Link className="link" href={`/grupy/${id}/lista/${u.id}`}>
                        {u.fileName}
                      </Link>
                    </td>
                    <td>{formatDateTime(u.createdAt)}</td>
                    <td>{u.status === 'PROVISIONED' ? u._count.participants : u.rowCount}</td>
                    <td>
                      {u.status === 'PREVIEW' && !confirmable(u, seatsLeft(group))
                        ? t.previewWithErrors
                        : t.statusOf[u.status]}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section id="konta" className="card space-y-4" aria-labelledby="konta-h">
        <h2 id="konta-h" className="h2">
          4. {t.steps.accounts}
        </h2>
        {provisioned.length === 0 ? (
          <p className="muted">
            {previews.length > 0 && agreement?.status !== 'ACCEPTED'
              ? t.waitForAcceptance
              : 'Konta powstaną po potwierdzeniu listy uczestników.'}
          </p>
        ) : (
          <>
            <p>{t.credentialsNote}</p>
            <div className="flex flex-wrap gap-3">
              <a href={`/grupy/${id}/dane-logowania.xlsx`} className="btn-primary">
                {t.credentialsXlsx}
              </a>
              <a href={`/grupy/${id}/dane-logowania.pdf`} className="btn-secondary">
                {t.credentialsPdf}
              </a>
            </div>
          </>
        )}
      </section>

      <section id="nauka" className="card space-y-4" aria-labelledby="nauka-h">
        <h2 id="nauka-h" className="h2">
          5. {t.steps.learning}
        </h2>
        <p>{t.learningIntro}</p>
        {people.length === 0 ? (
          <p className="muted">{t.noParticipants}</p>
        ) : (
          <div className="relative overflow-x-auto" tabIndex={0} role="region" aria-label={t.participantsHeading}>
            <table className="table" data-testid="participants">
              <caption className="sr-only">{t.participantsHeading}</caption>
              <thead>
                <tr>
                  <th>{t.colName}</th>
                  <th>{t.colLogin}</th>
                  <th>{t.colLoggedIn}</th>
                  <th>{t.colProgress}</th>
                  <th>{t.colTest}</th>
                  <th>{t.colCertificate}</th>
                  <th>{t.colAccess}</th>
                  <th>
                    <span className="sr-only">Akcje</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {people.map((p) => (
                  <tr key={p.id}>
                    <td>
                      {p.firstName} {p.lastName}
                    </td>
                    <td className="font-mono">
                      {p.login.split(/(?<=\.)/).map((part, i) => (
                        <Fragment key={i}>
                          {i > 0 && <wbr />}
                          {part}
                        </Fragment>
                      ))}
                    </td>
                    <td>{p.lastLoginAt ? formatDateTime(p.lastLoginAt) : t.neverLoggedIn}</td>
                    <td className="whitespace-nowrap">
                      {p.percent}% ({p.done}/{p.total})
                    </td>
                    <td>
                      {p.bestScore === null
                        ? t.notTaken
                        : p.passed
                          ? t.passedScore(formatPercent(p.bestScore))
                          : t.failedScore(formatPercent(p.bestScore))}
                    </td>
                    <td>{p.certificateNumber ?? '—'}</td>
                    <td className="whitespace-nowrap">
                      {p.endsAt ? formatDate(new Date(p.endsAt.getTime() - 1)) : '—'}
                    </td>
                    <td>
                      {p.email && (
                        <ActionForm
                          action={sendCredentials}
                          hidden={{ groupId: id, participantId: p.id }}
                          submit={t.sendCredentials}
                          buttonClass="btn-secondary px-3 py-1.5 text-xs"
                        />
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section id="raport" className="card space-y-4" aria-labelledby="raport-h">
        <h2 id="raport-h" className="h2">
          6. {t.steps.report}
        </h2>
        <p>{t.reportIntro}</p>
        {provisioned.map((u) => (
          <div key={u.id} className="rounded-lg border border-slate-200 p-3" data-testid="report">
            <p className="font-medium">
              {u.fileName} — {u._count.participants} os., konta z {u.provisionedAt ? formatDate(u.provisionedAt) : ''}
            </p>
            {!u.report ? (
              <p className="text-sm">{t.reportDue(u.reportDueAt ? formatDate(u.reportDueAt) : '—')}</p>
            ) : u.report.status === 'IN_REVIEW' ? (
              <p className="text-sm">{t.reportInReview}</p>
            ) : (
              <>
                {u.report.staffComment && (
                  <p className="mt-2 text-sm" data-testid="report-comment">
                    {t.reportComment}: {u.report.staffComment}
                  </p>
                )}
                <div className="mt-2 flex flex-wrap gap-3">
                  <a href={`/grupy/${id}/raport/${u.report.id}/raport.xlsx`} className="btn-primary">
                    {t.reportXlsx}
                  </a>
                  <a href={`/grupy/${id}/raport/${u.report.id}/raport.pdf`} className="btn-secondary">
                    {t.reportPdf}
                  </a>
                </div>
              </>
            )}
          </div>
        ))}
      </section>
    </div>
  );
}
