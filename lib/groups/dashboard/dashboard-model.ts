// What the group dashboard shows — tiles and three chart specs with their summaries — computed from
// the facts once, so the group page and the final report's PDF draw the very same numbers.
import type { ChartSpec, Tone } from '@/lib/charts/spec';
import { pageDrawings, type PageDrawings } from '@/lib/charts/svg';
import { messages } from '@/lib/i18n';
import { formatDate, formatLastDay, lastInstantBefore, warsawDateKey } from '@/lib/format/time';
import type { DashboardFacts } from './group-dashboard';
import { scoreBins, stateCounts, STATES, weeklyProgress, type ParticipantState } from './rules/aggregates';
import { daysLeft, shortDay, warsawWeeks } from './rules/weeks';

export type DashboardTile = { label: string; value: string | number; hint?: string; tone?: Tone };
export type DashboardChart = {
  id: 'states' | 'progress' | 'scores';
  title: string;
  summary: string;
  spec: ChartSpec;
  /** The page's SVGs of the spec, when drawn ahead of the render (withPageDrawings). */
  drawings?: PageDrawings;
};

export type GroupDashboard = {
  participants: number;
  counts: Record<ParticipantState, number>;
  /** Days of access left (today included), null for access without an end. */
  daysLeft: number | null;
  /** The last day of access as shown ("31 stycznia 2027"), null without an end. */
  lastDay: string | null;
  tiles: DashboardTile[];
  charts: DashboardChart[];
};

const TONES: Record<ParticipantState, Tone> = {
  notLoggedIn: 'neutral',
  learning: 'primary',
  passed: 'good',
  failed: 'bad',
};

/** The access window of the group's accounts: the first start, and the last end (null: one has none). */
function accessWindow(facts: DashboardFacts): { start: Date | null; end: Date | null } {
  const enrolled = facts.participants.filter((p) => p.startsAt);
  if (enrolled.length === 0) return { start: null, end: null };
  const start = new Date(Math.min(...enrolled.map((p) => p.startsAt!.getTime())));
  const end = enrolled.some((p) => !p.endsAt) ? null : new Date(Math.max(...enrolled.map((p) => p.endsAt!.getTime())));
  return { start, end };
}

/**
 * The dashboard as of `now` in the reader's language (titles, legends, axes, summaries and the
 * charts' numbers); null for a group without participants yet (nothing to draw).
 */
export function groupDashboard(
  facts: DashboardFacts,
  opts: { seats: number; now: Date; locale?: string },
): GroupDashboard | null {
  const { locale } = opts;
  const m = messages(locale).groups.dashboard;
  const people = facts.participants;
  if (people.length === 0) return null;
  const total = people.length;
  const counts = stateCounts(people);
  const { start, end } = accessWindow(facts);
  const left = start ? daysLeft(end, opts.now) : null;
  const lastDay = end ? formatLastDay(end, locale) : null;

  const weeks = start ? warsawWeeks(start, end && end <= opts.now ? lastInstantBefore(end) : opts.now) : [];
  const finishedOn = people
    .filter((p) => facts.lessons > 0 && p.lessonsDone >= facts.lessons && p.lastLessonAt)
    .map((p) => warsawDateKey(p.lastLessonAt!));
  const line = weeklyProgress(weeks, facts.completions, finishedOn, total, facts.lessons);
  const lastPoint = line[line.length - 1];

  const scores = people.filter((p) => p.bestScore !== null).map((p) => p.bestScore!);
  const tested = scores.length;
  const average = tested ? Math.round((scores.reduce((a, b) => a + b, 0) / tested) * 10) / 10 : 0;

  const tiles: DashboardTile[] = [
    { label: m.tiles.participants, value: total, hint: m.tiles.participantsHint(opts.seats), tone: 'primary' },
    { label: m.tiles.passed, value: counts.passed, hint: m.tiles.passedHint(counts.passed, total), tone: 'good' },
    {
      label: m.tiles.notLoggedIn,
      value: counts.notLoggedIn,
      hint: counts.notLoggedIn > 0 ? m.tiles.notLoggedInHint : m.tiles.notLoggedInNone,
      tone: counts.notLoggedIn > 0 ? 'warn' : 'good',
    },
    left === null
      ? { label: m.tiles.daysLeft, value: m.tiles.unlimited, hint: m.tiles.unlimitedHint, tone: 'neutral' }
      : {
          label: m.tiles.daysLeft,
          value: left,
          hint: left === 0 ? m.tiles.ended : m.tiles.daysLeftHint(lastDay ?? ''),
          tone: left <= 14 ? 'warn' : 'neutral',
        },
  ];

  const charts: DashboardChart[] = [
    {
      id: 'states',
      title: m.stateChart.title,
      summary: m.stateChart.summary(total, counts),
      spec: {
        kind: 'bar',
        bars: STATES.map((s) => ({ label: m.states[s], value: counts[s], tone: TONES[s] })),
        valueLabel: m.stateChart.valueLabel,
        categoryLabel: m.stateChart.categoryLabel,
        // Along the side: the states' names stay whole on a phone.
        horizontal: true,
        format: 'count',
        locale,
      },
    },
    {
      id: 'progress',
      title: m.progressChart.title,
      summary: lastPoint
        ? m.progressChart.summary(
            line.length,
            formatDate(weeks[0].startsAt, locale),
            formatDate(end && end <= opts.now ? lastInstantBefore(end) : opts.now, locale),
            lastPoint.averageDone,
            lastPoint.allDone,
          )
        : m.progressChart.empty,
      spec: {
        kind: 'line',
        points: line.flatMap((p) => [
          { x: shortDay(p.monday), y: p.averageDone, series: m.progressChart.averageSeries },
          { x: shortDay(p.monday), y: p.allDone, series: m.progressChart.allDoneSeries },
        ]),
        xLabel: m.progressChart.xLabel,
        yLabel: m.progressChart.yLabel,
        percent: true,
        locale,
      },
    },
    {
      id: 'scores',
      title: m.scoreChart.title,
      summary: tested
        ? m.scoreChart.summary(tested, total, counts.passed, facts.passMark, average)
        : m.scoreChart.none(total, facts.passMark),
      spec: {
        kind: 'histogram',
        bins: scoreBins(scores),
        xLabel: m.scoreChart.xLabel,
        yLabel: m.scoreChart.yLabel,
        marker: { at: facts.passMark, label: m.scoreChart.passMark(facts.passMark) },
        locale,
      },
    },
  ];
  return { participants: total, counts, daysLeft: left, lastDay, tiles, charts };
}

/**
 * The dashboard with its charts drawn for the page. The group page calls it as soon as the facts
 * are in, so the drawing (plain SVG strings, well under a millisecond a chart) happens while the
 * participants' table is still being read instead of after it, in the render.
 */
export function withPageDrawings(dashboard: GroupDashboard | null): GroupDashboard | null {
  if (!dashboard) return null;
  return { ...dashboard, charts: dashboard.charts.map((c) => ({ ...c, drawings: pageDrawings(c.spec) })) };
}
