// The planner overview's dashboard (issue 26): the tiles a school reads first, the charts with their
// numbers behind "Pokaż liczby", and the sessions still short of a room, seats or a full team, each
// linked to the room where it is fixed.
import Link from 'next/link';
import { messages } from '@/lib/i18n';
import { formatCount } from '@/lib/format/plural';
import { formatLastDay } from '@/lib/format/time';
import { plannerPath } from '@/lib/licence/paths';
import type { AttentionRow, ChartView, PlannerOverview } from '@/lib/licence/planner-overview';
import { Chart } from '@/components/charts/chart';
import { Meter } from '@/components/charts/meter';
import { StatTiles, type StatTile } from '@/components/charts/stat-tile';
import { Notice } from '@/components/forms/notice';
import { ScrollTable } from '@/components/forms/scroll-table';
import { currentLocale } from '@/lib/locale/current';

const d = () => messages().planner.overview.dashboard;

function tiles(o: PlannerOverview, schoolId: string): StatTile[] {
  const t = messages().planner.overview;
  const x = o.declarations;
  const students = plannerPath(schoolId, 'students');
  const share = (n: number) => d().ofStudents(n, x.students);
  const day = formatLastDay(o.lockAt);
  return [
    { label: t.students, value: formatCount(x.students), hint: d().classesHint(o.classes), href: students },
    { label: t.complete, value: formatCount(x.complete), hint: share(x.complete), tone: 'good', href: students },
    {
      label: t.withErrors,
      value: formatCount(x.withErrors),
      hint: share(x.withErrors),
      tone: x.withErrors ? 'bad' : 'neutral',
      href: students,
    },
    {
      label: t.empty,
      value: formatCount(x.empty),
      hint: share(x.empty),
      tone: x.empty ? 'warn' : 'neutral',
      href: students,
    },
    {
      label: d().checked,
      value: formatCount(x.checked),
      hint: d().checkedHint(x.checked, x.students),
      tone: 'primary',
      href: plannerPath(schoolId, 'summaries'),
    },
    {
      label: t.unchecked,
      value: formatCount(o.unchecked),
      hint: d().uncheckedHint,
      tone: o.unchecked ? 'warn' : 'neutral',
      href: plannerPath(schoolId, 'summaries'),
    },
    o.daysLeft < 0
      ? { label: d().daysPassed, value: day, hint: d().daysPassedHint(day), tone: 'neutral' }
      : {
          label: d().daysLeft,
          value: d().daysLeftValue(o.daysLeft),
          hint: d().daysLeftHint(day),
          tone: o.daysLeft <= 14 ? 'warn' : 'primary',
        },
    {
      label: d().sessions,
      value: formatCount(o.sessions.total),
      hint: d().sessionsHint(o.sessions.ready),
      tone: o.sessions.ready < o.sessions.total ? 'warn' : 'good',
      href: plannerPath(schoolId, 'rooms'),
    },
  ];
}

const ChartOr = ({ chart, none, testId }: { chart: ChartView; none: string; testId: string }) =>
  chart ? (
    <div data-testid={testId}>
      <Chart title={chart.title} summary={chart.summary} spec={chart.spec} />
    </div>
  ) : (
    <p className="card" data-testid={testId}>
      {none}
    </p>
  );

function AttentionTable({ rows, schoolId }: { rows: AttentionRow[]; schoolId: string }) {
  const t = d().teams;
  const c = t.columns;
  return (
    <ScrollTable label={t.listLabel} cards>
      <table className="table" data-testid="attention-sessions">
        <thead>
          <tr>
            <th scope="col">{c.session}</th>
            <th scope="col" className="text-right">
              {c.declared}
            </th>
            <th scope="col" className="text-right">
              {c.seated}
            </th>
            <th scope="col">{c.remaining}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.sessionId} data-testid="attention-session">
              <td>
                <span className="font-medium">{row.label}</span>
                <span className="muted block text-sm">{row.startsAt}</span>
              </td>
              <td className="text-right tabular-nums">{row.declared}</td>
              <td className="text-right tabular-nums">{row.seated}</td>
              <td className="space-y-1 text-sm">
                {row.noRoom ? (
                  <p>
                    {t.noRoom}{' '}
                    <Link className="link" href={plannerPath(schoolId, 'rooms')}>
                      {t.openRooms}
                    </Link>
                  </p>
                ) : (
                  row.seated < row.declared && <p>{t.unseated(row.declared - row.seated)}</p>
                )}
                {row.rooms.map((r) => (
                  <p key={r.roomSessionId}>
                    <Link
                      className="link font-medium"
                      href={plannerPath(schoolId, 'rooms', `/${r.roomId}/sesje/${r.roomSessionId}`)}
                    >
                      {r.room}
                    </Link>
                    : {r.problems.join(' ')}
                  </p>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}

export async function PlannerDashboard({ o, schoolId }: { o: PlannerOverview; schoolId: string }) {
  const locale = await currentLocale();
  const t = d();
  return (
    <div className="space-y-6">
      <div data-testid="planner-counts">
        <StatTiles tiles={tiles(o, schoolId)} label={t.tilesLabel} />
      </div>
      {o.locked && <Notice tone="warning">{messages(locale).planner.overview.locked(formatLastDay(o.lockAt))}</Notice>}
      <ChartOr chart={o.subjectsChart} none={t.subjects.none} testId="chart-subjects" />
      <p className="text-sm">
        <Link className="link" href={plannerPath(schoolId, 'summaries')}>
          {t.subjects.more}
        </Link>
      </p>
      <ChartOr chart={o.declarationsChart} none={t.declarations.none} testId="chart-declarations" />
      {o.declarations.students > 0 && (
        <div className="card">
          <Meter label={t.checked} value={o.declarations.checked} max={o.declarations.students} tone="primary" />
        </div>
      )}
      <section className="space-y-3" aria-labelledby="planner-attention" data-testid="planner-attention">
        <h2 id="planner-attention" className="h2">
          {t.teams.title}
        </h2>
        <p className="muted text-sm">{t.teams.intro}</p>
        <ChartOr chart={o.teamsChart} none={t.teams.noRooms} testId="chart-teams" />
        {o.sessions.total === 0 ? (
          <p className="card">{t.teams.noSessions}</p>
        ) : o.attention.length === 0 ? (
          <Notice tone="success">{t.teams.allReady}</Notice>
        ) : (
          <div className="card space-y-3">
            <h3 className="text-lg font-semibold">{t.teams.attention(o.attention.length)}</h3>
            <AttentionTable rows={o.attention} schoolId={schoolId} />
          </div>
        )}
      </section>
    </div>
  );
}
