// Steps 5 and 6 of the group page: each participant's learning (invitations and people actions
// are in the participants section), then
// the final report of each provisioned list (due date, in review, or the downloads).
import { Fragment } from 'react';
import type { GroupPageModel, ParticipantRow } from '@/lib/groups/group-page';
import { formatPercent } from '@/lib/format/percent';
import { messages, type Locale } from '@/lib/i18n';
import { ScrollTable } from '@/components/forms/scroll-table';
import { StepSection } from '@/components/groups/step-section';
import { currentLocale } from '@/lib/locale/current';

function testResult(test: ParticipantRow['test'], locale: Locale) {
  const t = messages(locale).groups;
  if (test.kind === 'none') return t.notTaken;
  const score = formatPercent(test.score, locale);
  return test.kind === 'passed' ? t.passedScore(score) : t.failedScore(score);
}

export async function LearningStep({ page }: { page: GroupPageModel }) {
  const locale = await currentLocale();
  const t = messages(locale).groups;
  return (
    <StepSection id="nauka" n={5} title={t.steps.learning}>
      <p>{t.learningIntro}</p>
      {page.participants.length === 0 ? (
        <p className="muted">{t.noParticipants}</p>
      ) : (
        <ScrollTable label={t.participantsHeading} cards>
          <table className="table" data-testid="participants">
            <caption className="sr-only">{t.participantsHeading}</caption>
            <thead>
              <tr>
                {[t.colName, t.colLogin, t.colLoggedIn, t.colProgress, t.colTest, t.colCertificate, t.colAccess].map(
                  (h) => (
                    <th key={h}>{h}</th>
                  ),
                )}
              </tr>
            </thead>
            <tbody>
              {page.participants.map((p) => (
                <tr key={p.id}>
                  <td>{p.name}</td>
                  <td className="font-mono">
                    {p.loginParts.map((part, i) => (
                      <Fragment key={i}>
                        {i > 0 && <wbr />}
                        {part}
                      </Fragment>
                    ))}
                  </td>
                  <td>{p.lastLoginAt ?? t.neverLoggedIn}</td>
                  <td className="whitespace-nowrap">{p.progress}</td>
                  <td>{testResult(p.test, locale)}</td>
                  <td>{p.certificateNumber}</td>
                  <td className="whitespace-nowrap">{p.accessUntil}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
    </StepSection>
  );
}

export async function ReportStep({ page }: { page: GroupPageModel }) {
  const locale = await currentLocale();
  const t = messages(locale).groups;
  return (
    <StepSection id="raport" n={6} title={t.steps.report}>
      <p>{t.reportIntro}</p>
      {page.reports.map(({ uploadId, fileName, people, provisionedOn, report }) => (
        <div key={uploadId} className="rounded-lg border border-slate-200 p-3" data-testid="report">
          <p className="font-medium">{t.reportOf(fileName, people, provisionedOn)}</p>
          {report.state === 'due' ? (
            <p className="text-sm">{t.reportDue(report.dueOn)}</p>
          ) : report.state === 'review' ? (
            <p className="text-sm">{t.reportInReview}</p>
          ) : (
            <>
              {report.comment && (
                <p className="mt-2 text-sm" data-testid="report-comment">
                  {t.reportComment}: {report.comment}
                </p>
              )}
              <div className="mt-2 flex flex-wrap gap-3">
                <a href={`/grupy/${page.id}/raport/${report.id}/raport.xlsx`} className="btn-primary">
                  {t.reportXlsx}
                </a>
                <a href={`/grupy/${page.id}/raport/${report.id}/raport.pdf`} className="btn-secondary">
                  {t.reportPdf}
                </a>
              </div>
            </>
          )}
        </div>
      ))}
    </StepSection>
  );
}
