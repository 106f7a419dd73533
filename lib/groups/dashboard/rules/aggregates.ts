// The numbers of the company admin's group dashboard, from one row per participant and the lesson
// completions counted per Warsaw day (both read set-based in ../group-dashboard.ts). Pure.
import type { Week } from './weeks';

export const STATES = ['notLoggedIn', 'learning', 'passed', 'failed'] as const;
export type ParticipantState = (typeof STATES)[number];

export type ParticipantFacts = {
  /** Has logged in at least once (by the moment the dashboard is drawn for). */
  loggedIn: boolean;
  lessonsDone: number;
  /** When the last lesson done was done (with every lesson done: the day they finished). */
  lastLessonAt: Date | null;
  /** Best score of a submitted final-test attempt (percent), null without one. */
  bestScore: number | null;
  /** Some attempt passed. */
  passed: boolean;
};

/**
 * Passed: an attempt passed. Failed: scored attempts, none passed (more may be allowed). Learning:
 * logged in (or has done a lesson) but no scored attempt. Not logged in: none of that yet.
 */
export function participantState(p: ParticipantFacts): ParticipantState {
  if (p.passed) return 'passed';
  if (p.bestScore !== null) return 'failed';
  if (p.loggedIn || p.lessonsDone > 0) return 'learning';
  return 'notLoggedIn';
}

export function stateCounts(people: readonly ParticipantFacts[]): Record<ParticipantState, number> {
  const counts = { notLoggedIn: 0, learning: 0, passed: 0, failed: 0 };
  for (const p of people) counts[participantState(p)]++;
  return counts;
}

export type Bin = { from: number; to: number; count: number };

/** Best scores in bins of 10 points: 0–10, …, 90–100; a bin holds from <= score < to, and 100 the last. */
export function scoreBins(scores: readonly number[]): Bin[] {
  const bins: Bin[] = Array.from({ length: 10 }, (_, i) => ({ from: i * 10, to: i * 10 + 10, count: 0 }));
  for (const s of scores) bins[Math.min(9, Math.max(0, Math.floor(s / 10)))].count++;
  return bins;
}

export type WeekPoint = {
  monday: string;
  /** Average share of the course's lessons done by the end of the week (0–100, one decimal). */
  averageDone: number;
  /** Share of participants with every lesson done by the end of the week (0–100, one decimal). */
  allDone: number;
};

const share = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 1000) / 10 : 0);

/**
 * The progress line: for each week, what had been done by its end (Sunday 24:00 Warsaw).
 * `completions` are lesson completions per Warsaw day (YYYY-MM-DD); `finishedOn` is, per participant
 * with every lesson done, the Warsaw day of their last lesson.
 */
export function weeklyProgress(
  weeks: readonly Week[],
  completions: readonly { day: string; count: number }[],
  finishedOn: readonly string[],
  participants: number,
  lessons: number,
): WeekPoint[] {
  const possible = participants * lessons;
  return weeks.map((w) => {
    const done = completions.reduce((sum, c) => (c.day < w.nextMonday ? sum + c.count : sum), 0);
    const finished = finishedOn.filter((d) => d < w.nextMonday).length;
    return { monday: w.monday, averageDone: share(done, possible), allDone: share(finished, participants) };
  });
}
