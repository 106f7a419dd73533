// The language panel's result tables: placement tests (score per band), level-test attempts (points,
// percent against the level's pass mark) and certificate requests (issued, or refused with why).
import { formatPercent } from '@/lib/format/percent';
import { formatDateTime } from '@/lib/format/time';
import { messages, text, type TextKey } from '@/lib/i18n';
import { formatPoints } from '@/lib/learning/final-test/answer-text';
import type { certificateRequests, levelTestResults, placementResults } from '@/lib/language/panel/results';
import { ScrollTable } from '@/components/forms/scroll-table';
import { LearnerName } from './learner-name';
import { currentLocale } from '@/lib/locale/current';

type Rows<F extends (...a: never[]) => Promise<unknown[]>> = Awaited<ReturnType<F>>;
const badge = (ok: boolean) =>
  `inline-block whitespace-nowrap rounded-full px-3 py-0.5 text-sm font-semibold ${ok ? 'bg-green-100 text-green-900' : 'bg-red-100 text-red-900'}`;

export async function PlacementTable({ rows }: { rows: Rows<typeof placementResults> }) {
  const locale = await currentLocale();
  const t = messages(locale).languageOffice.panel.placements;
  if (rows.length === 0) return <p className="card muted">{t.none}</p>;
  return (
    <ScrollTable label={t.title} cards className="card p-0">
      <table className="table" data-testid="placement-results">
        <thead>
          <tr>
            <th>{t.colDate}</th>
            <th>{t.colRecommended}</th>
            <th>{t.colBands}</th>
            <th>{t.colLearner}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <td className="whitespace-nowrap">{formatDateTime(r.submittedAt, locale)}</td>
              <td>
                <strong>{r.recommendedCefr}</strong>
              </td>
              <td>
                <ul className="flex flex-wrap gap-x-3">
                  {r.bands.map((b) => (
                    <li key={b.cefr} className="whitespace-nowrap">
                      {t.band(b.cefr, formatPoints(b.scored), formatPoints(b.max))}
                    </li>
                  ))}
                </ul>
              </td>
              <td>{r.learners.length ? r.learners.join(', ') : t.anonymous}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}

export async function LevelTestTable({ rows }: { rows: Rows<typeof levelTestResults> }) {
  const locale = await currentLocale();
  const t = messages(locale).languageOffice.panel.levelTests;
  if (rows.length === 0) return <p className="card muted">{t.none}</p>;
  return (
    <ScrollTable label={t.title} cards className="card p-0">
      <table className="table" data-testid="level-test-results">
        <thead>
          <tr>
            <th>{t.colDate}</th>
            <th>{t.colLearner}</th>
            <th>{t.colLevel}</th>
            <th>{t.colAttempt}</th>
            <th>{t.colScore}</th>
            <th>{t.colResult}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <td className="whitespace-nowrap">{formatDateTime(r.submittedAt, locale)}</td>
              <td>
                <LearnerName name={r.learner} email={r.email} />
              </td>
              <td>{r.cefr}</td>
              <td>{r.number}</td>
              <td className="whitespace-nowrap">
                {t.score(formatPoints(r.scored), formatPoints(r.max), formatPercent(r.percent, locale))}
              </td>
              <td>
                <div>
                  <span className={badge(r.passed)}>{r.passed ? t.passed : t.failed}</span>
                  <span className="block text-xs text-slate-600">{t.passMark(r.passMark)}</span>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}

export async function CertificateRequestTable({ rows }: { rows: Rows<typeof certificateRequests> }) {
  const locale = await currentLocale();
  const t = messages(locale).languageOffice.panel.certificates;
  if (rows.length === 0) return <p className="card muted">{t.none}</p>;
  return (
    <ScrollTable label={t.title} cards className="card p-0">
      <table className="table" data-testid="certificate-requests">
        <thead>
          <tr>
            <th>{t.colDate}</th>
            <th>{t.colLearner}</th>
            <th>{t.colLevel}</th>
            <th>{t.colStatus}</th>
            <th>{t.colReasons}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <td className="whitespace-nowrap">{formatDateTime(r.requestedAt, locale)}</td>
              <td>
                <LearnerName name={r.learner} email={r.email} />
              </td>
              <td>{r.cefr}</td>
              <td>
                <span className={badge(r.status === 'ISSUED')}>{t.status[r.status] ?? r.status}</span>
              </td>
              <td>
                {r.status === 'ISSUED' ? (
                  r.certificateNumber && t.certificateNumber(r.certificateNumber)
                ) : (
                  <ul className="list-disc pl-5">
                    {/* Stored as catalogue keys (lib/language/rules/certificate.ts); an unknown one is shown as stored. */}
                    {r.reasons.map((code) => (
                      <li key={code}>{text(code as TextKey)}</li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
