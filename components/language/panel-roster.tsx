// The roster: one table per level, each learner with their contract (linked, with its state), the
// level they are on, lessons done there and their latest level test.
import Link from 'next/link';
import { formatPercent } from '@/lib/format/percent';
import { panelContractPath } from '@/lib/billing/queries/paths';
import { messages } from '@/lib/i18n';
import { officeThreadPath } from '@/lib/language/office/paths';
import type { RosterGroup } from '@/lib/language/panel/roster-model';
import { ScrollTable } from '@/components/forms/scroll-table';
import { StatusBadge } from '@/components/billing/labels';
import { LearnerName } from './learner-name';
import { currentLocale } from '@/lib/locale/current';

type Status = Parameters<typeof StatusBadge>[0]['status'];

export async function LanguageRoster({ groups, office }: { groups: RosterGroup[]; office: boolean }) {
  const locale = await currentLocale();
  const t = messages(locale).languageOffice.panel.roster;
  return (
    <div className="space-y-6">
      {groups.map(({ level, rows }) => (
        <section key={level.position} aria-labelledby={`poziom-${level.cefr}`} className="space-y-2">
          <h2 id={`poziom-${level.cefr}`} className="h2">
            {t.levelHeading(level.cefr, level.title, rows.length)}
          </h2>
          {rows.length === 0 ? (
            <p className="card muted">{t.none}</p>
          ) : (
            <ScrollTable label={level.cefr} cards className="card p-0">
              <table className="table" data-testid={`roster-${level.cefr}`}>
                <thead>
                  <tr>
                    <th>{t.colLearner}</th>
                    <th>{t.colContract}</th>
                    <th>{t.colLevel}</th>
                    <th>{t.colLessons}</th>
                    <th>{t.colLastTest}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r) => (
                    <tr key={r.userId}>
                      <td>
                        <LearnerName name={r.name} email={r.email}>
                          {office && (
                            <Link href={officeThreadPath(r.userId)} className="link text-xs">
                              {t.messages}
                            </Link>
                          )}
                        </LearnerName>
                      </td>
                      <td>
                        {r.contract ? (
                          <div className="space-y-1">
                            <Link href={panelContractPath(r.contract.number)} className="link block whitespace-nowrap">
                              {r.contract.number}
                            </Link>
                            <StatusBadge status={r.contract.status as Status} />
                          </div>
                        ) : (
                          <span className="muted">{t.noContract}</span>
                        )}
                      </td>
                      <td>{r.cefr}</td>
                      <td className="whitespace-nowrap">{t.lessons(r.lessonsDone, r.lessons)}</td>
                      <td>
                        {r.lastTest
                          ? t.testCell(r.lastTest.cefr, formatPercent(r.lastTest.percent, locale), r.lastTest.passed)
                          : t.noTest}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollTable>
          )}
        </section>
      ))}
    </div>
  );
}
