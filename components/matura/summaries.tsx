// The summaries page's tables (issue 23): the OKE counts, the classes, the session days and the
// students not yet checked against their paper declaration. Codes are named here, as shown.
import { messages } from '@/lib/i18n';
import { formatDate, warsawParts } from '@/lib/format/time';
import { examLevelName, subjectName } from '@/lib/matura/subject-list';
import type { SubjectList } from '@/lib/matura/subjects';
import type { PlannerSummaries } from '@/lib/matura/summaries/summaries';
import type { SubjectCount } from '@/lib/matura/summaries/group';
import type { ReactNode } from 'react';
import { levelLabel } from '@/lib/matura/printouts/names';
import { ScrollTable } from '@/components/forms/scroll-table';
import { Notice } from '@/components/forms/notice';

const t = () => messages().plannerPrintouts.summaries;
const time = (d: Date) => {
  const p = warsawParts(d);
  return `${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`;
};

function CountsTable({ label, rows, list }: { label: string; rows: SubjectCount[]; list: SubjectList | null }) {
  const c = t().columns;
  return (
    <ScrollTable label={label} className="card p-0" cards>
      <table className="table">
        <thead>
          <tr>
            <th>{c.subject}</th>
            <th>{c.level}</th>
            <th className="text-right">{c.students}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={`${r.subject}/${r.part}/${r.level}`}>
              <td>{subjectName(list, r.subject)}</td>
              <td>{examLevelName(r.part, r.level)}</td>
              <td className="text-right">{r.students}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}

function Section({ title, intro, children }: { title: string; intro?: string; children: ReactNode }) {
  return (
    <section className="space-y-3">
      <h2 className="h2">{title}</h2>
      {intro && <p className="muted text-sm">{intro}</p>}
      {children}
    </section>
  );
}

export function PlannerSummariesView({ data }: { data: PlannerSummaries }) {
  const s = t();
  const c = s.columns;
  if (data.students === 0) return <Notice tone="info">{s.empty}</Notice>;
  return (
    <div className="space-y-8">
      <p>{s.totals(data.students, data.checked)}</p>
      <Section title={s.subjects.title} intro={s.subjects.intro}>
        {data.subjects.length === 0 ? (
          <p className="card">{s.subjects.none}</p>
        ) : (
          <CountsTable label={s.subjects.title} rows={data.subjects} list={data.list} />
        )}
      </Section>
      <Section title={s.classes.title} intro={s.classes.intro}>
        <ScrollTable label={s.classes.title} className="card p-0" cards>
          <table className="table">
            <thead>
              <tr>
                <th>{c.className}</th>
                <th className="text-right">{c.classStudents}</th>
                <th>{c.exams}</th>
              </tr>
            </thead>
            <tbody>
              {data.classes.map((k) => (
                <tr key={k.className}>
                  <td>{k.className}</td>
                  <td className="text-right">{k.students}</td>
                  <td>
                    {k.exams.length === 0 ? (
                      <span className="muted">{s.classes.noExams}</span>
                    ) : (
                      <ul>
                        {k.exams.map((e) => (
                          <li key={`${e.subject}/${e.part}/${e.level}`}>
                            {subjectName(data.list, e.subject)}, {examLevelName(e.part, e.level)}: {e.students}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      </Section>
      <Section title={s.days.title} intro={s.days.intro(data.examYear)}>
        {data.days.length === 0 && <p className="card">{s.days.none}</p>}
        {data.days.map((d) => (
          <div key={d.day} className="space-y-2">
            <h3 className="font-semibold">{s.days.day(formatDate(d.sessions[0].startsAt), d.students)}</h3>
            <ScrollTable label={formatDate(d.sessions[0].startsAt)} className="card p-0" cards>
              <table className="table">
                <thead>
                  <tr>
                    <th>{c.time}</th>
                    <th>{c.subject}</th>
                    <th>{c.level}</th>
                    <th className="text-right">{c.students}</th>
                  </tr>
                </thead>
                <tbody>
                  {d.sessions.map((x) => (
                    <tr key={`${x.subject}/${x.part}/${x.level}/${x.startsAt.toISOString()}`}>
                      <td>{time(x.startsAt)}</td>
                      <td>{subjectName(data.list, x.subject)}</td>
                      <td>{levelLabel(x.part, x.level)}</td>
                      <td className="text-right">{x.students}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollTable>
          </div>
        ))}
        {data.unscheduled.length > 0 && (
          <div className="space-y-2">
            <h3 className="font-semibold">{s.days.unscheduled}</h3>
            <CountsTable label={s.days.unscheduled} rows={data.unscheduled} list={data.list} />
          </div>
        )}
      </Section>
      <Section title={s.unchecked.title} intro={s.unchecked.intro}>
        {data.unchecked.length === 0 ? (
          <Notice tone="success">{s.unchecked.none}</Notice>
        ) : (
          <ScrollTable label={s.unchecked.title} className="card p-0" cards>
            <table className="table">
              <thead>
                <tr>
                  <th>{c.className}</th>
                  <th>{c.lastName}</th>
                  <th>{c.firstName}</th>
                </tr>
              </thead>
              <tbody>
                {data.unchecked.map((u) => (
                  <tr key={u.id}>
                    <td>{u.className}</td>
                    <td>{u.lastName}</td>
                    <td>{u.firstName}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
        )}
      </Section>
    </div>
  );
}
