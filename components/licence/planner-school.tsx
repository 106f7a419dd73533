// The planner's school page body: the school's data, the data-processing agreement (draft, scan,
// state) and the staff with the director's forms. What the director alone may do is also refused
// in the server (lib/licence/dpa.ts, school-staff.ts); here it is only not offered.
import { messages } from '@/lib/i18n';
import { formatDateTime } from '@/lib/format/time';
import { plannerPath } from '@/lib/licence/paths';
import type { PlannerSchoolPage } from '@/lib/licence/planner-school-page';
import { Notice } from '@/components/forms/notice';
import { ScrollTable } from '@/components/forms/scroll-table';
import { ConfirmButton } from '@/components/forms/confirm-button';
import { UploadForm } from '@/components/groups/upload-form';
import { AgreementText, CourtesyTranslation } from '@/components/groups/agreement-text';
import { removeSchoolStaffAction } from '@/lib/actions/licence/remove-school-staff';
import { SchoolInviteForm } from './school-invite-form';
import { currentLocale } from '@/lib/locale/current';

export async function PlannerSchool({ page }: { page: PlannerSchoolPage }) {
  const locale = await currentLocale();
  const t = messages(locale).plannerSchool;
  const { school, agreement } = page;
  const base = plannerPath(page.schoolId, 'school');
  const rows: [string, string][] = [
    [t.data.name, school.name],
    [t.data.okeCode, school.okeCode],
    [t.data.commission, school.commission],
    [t.data.nip, school.nip],
    [t.data.address, school.address],
  ];
  return (
    <div className="space-y-6">
      <section className="card space-y-3" aria-labelledby="school-data">
        <h2 id="school-data" className="h2">
          {t.data.heading}
        </h2>
        <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]">
          {rows.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="font-medium">{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section id="umowa" className="card space-y-3" aria-labelledby="school-dpa">
        <h2 id="school-dpa" className="h2">
          {t.dpa.heading}
        </h2>
        <p>{t.dpa.intro}</p>
        <Notice tone={agreement.accepted ? 'success' : 'warning'} data-testid="dpa-status">
          {agreement.status}
        </Notice>
        {!agreement.accepted && (
          <p>
            <a href={`${base}/umowa-projekt`} className="btn-secondary">
              {t.dpa.draft}
            </a>
          </p>
        )}
        {agreement.latest && agreement.latest.fileName && (
          <p>
            <a className="link" href={`${base}/umowa/${agreement.latest.id}`} target="_blank" rel="noreferrer">
              {t.dpa.openScan}: {agreement.latest.fileName}
            </a>
          </p>
        )}
        {agreement.canUpload && (
          <UploadForm
            action={`${base}/umowa`}
            label={t.dpa.scanLabel}
            accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
            submit={t.dpa.upload}
            testId="dpa-upload"
          />
        )}
        {!agreement.accepted && !page.isDirector && <p className="muted text-sm">{t.dpa.directorOnly}</p>}
      </section>

      {page.agreementTexts && (
        <>
          <CourtesyTranslation
            pdfHref={`${base}/umowa-tlumaczenie`}
            paragraphs={page.agreementTexts.translation}
            notice={t.dpa.courtesyNotice}
            pdfLabel={t.dpa.courtesyPdf}
          />
          <section className="card space-y-3" aria-labelledby="school-dpa-original">
            <h2 id="school-dpa-original" className="h2">
              {t.dpa.originalHeading}
            </h2>
            <AgreementText
              paragraphs={page.agreementTexts.original}
              label={t.dpa.originalHeading}
              testId="agreement-text"
              original
            />
          </section>
        </>
      )}

      <section className="card space-y-3" aria-labelledby="school-staff">
        <h2 id="school-staff" className="h2">
          {t.staff.heading}
        </h2>
        <p>{t.staff.intro}</p>
        <ScrollTable label={t.staff.tableLabel} cards>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t.staff.name}</th>
                <th scope="col">{t.staff.email}</th>
                <th scope="col">{t.staff.role}</th>
                <th scope="col">{t.staff.joined}</th>
                {page.isDirector && <th scope="col">{t.staff.actions}</th>}
              </tr>
            </thead>
            <tbody>
              {page.staff.map((s) => (
                <tr key={s.id} data-testid="school-staff-row">
                  <td>
                    {s.name} {s.isViewer && <span className="muted">{t.staff.you}</span>}
                  </td>
                  <td>{s.email ?? '—'}</td>
                  <td>{t.staff.roles[s.role] ?? s.role}</td>
                  <td>
                    {s.joinedAt
                      ? formatDateTime(s.joinedAt, locale)
                      : t.staff.invited(formatDateTime(s.invitedAt, locale))}
                  </td>
                  {page.isDirector && (
                    <td>
                      {s.removable && (
                        <ConfirmButton
                          action={removeSchoolStaffAction}
                          hidden={{ schoolId: page.schoolId, staffId: s.id }}
                          label={t.staff.remove}
                          confirmText={t.staff.removeConfirm(s.name)}
                        />
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
        {page.isDirector && (
          <div className="space-y-2 border-t border-slate-200 pt-3">
            <h3 className="text-lg font-semibold">{t.invite.heading}</h3>
            <p className="text-sm">{t.invite.intro}</p>
            <SchoolInviteForm schoolId={page.schoolId} />
          </div>
        )}
      </section>
    </div>
  );
}
