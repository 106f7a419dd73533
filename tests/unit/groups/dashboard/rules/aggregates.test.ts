// The group dashboard's aggregates against hand-computed fixtures: states, score bins, weekly line.
import { describe, expect, it } from 'vitest';
import {
  participantState,
  scoreBins,
  stateCounts,
  weeklyProgress,
  type ParticipantFacts,
} from '@/lib/groups/dashboard/rules/aggregates';
import { warsawWeeks } from '@/lib/groups/dashboard/rules/weeks';

const person = (p: Partial<ParticipantFacts>): ParticipantFacts => ({
  loggedIn: false,
  lessonsDone: 0,
  lastLessonAt: null,
  bestScore: null,
  passed: false,
  ...p,
});

describe('participantState', () => {
  it.each([
    ['never logged in', {}, 'notLoggedIn'],
    ['logged in, nothing done', { loggedIn: true }, 'learning'],
    ['lessons done (logged in before the login was recorded)', { lessonsDone: 2 }, 'learning'],
    ['scored below the pass mark', { loggedIn: true, lessonsDone: 3, bestScore: 40 }, 'failed'],
    ['scored 0%', { loggedIn: true, bestScore: 0 }, 'failed'],
    ['passed after failing', { loggedIn: true, bestScore: 80, passed: true }, 'passed'],
  ] as const)('%s → %s', (_name, facts, state) => expect(participantState(person(facts))).toBe(state));

  it('counts every state, zero included, and nothing for an empty group', () => {
    expect(stateCounts([])).toEqual({ notLoggedIn: 0, learning: 0, passed: 0, failed: 0 });
    expect(
      stateCounts([person({}), person({}), person({ loggedIn: true }), person({ bestScore: 90, passed: true })]),
    ).toEqual({ notLoggedIn: 2, learning: 1, passed: 1, failed: 0 });
  });
});

describe('scoreBins', () => {
  it('has ten bins of ten points and none filled for no scores', () => {
    const bins = scoreBins([]);
    expect(bins.map((b) => [b.from, b.to])).toEqual(Array.from({ length: 10 }, (_, i) => [i * 10, i * 10 + 10]));
    expect(bins.every((b) => b.count === 0)).toBe(true);
  });

  it.each([
    [0, 0],
    [9.9, 0],
    [10, 1],
    [59.5, 5],
    [60, 6],
    [99.9, 9],
    [100, 9],
  ])('score %d goes to bin %d', (score, bin) => {
    expect(scoreBins([score]).findIndex((b) => b.count === 1)).toBe(bin);
  });
});

describe('weeklyProgress', () => {
  // Three weeks from Wed 21 Oct 2026 to Tue 3 Nov 2026 (the clocks went back on Sunday 25 October).
  const weeks = warsawWeeks(new Date('2026-10-21T08:00:00Z'), new Date('2026-11-03T08:00:00Z'));

  it('takes what was done by each week’s end, the autumn Sunday included in its week', () => {
    // 2 participants × 4 lessons = 8 possible. Week of 19 Oct: 1 + 2 (the Sunday 25 Oct) = 3 → 37.5%.
    // Week of 26 Oct: +3 → 6 → 75%; week of 2 Nov: +2 → 8 → 100%. One finished on 30 Oct, the other 2 Nov.
    const completions = [
      { day: '2026-10-21', count: 1 },
      { day: '2026-10-25', count: 2 },
      { day: '2026-10-30', count: 3 },
      { day: '2026-11-02', count: 2 },
    ];
    expect(weeklyProgress(weeks, completions, ['2026-10-30', '2026-11-02'], 2, 4)).toEqual([
      { monday: '2026-10-19', averageDone: 37.5, allDone: 0 },
      { monday: '2026-10-26', averageDone: 75, allDone: 50 },
      { monday: '2026-11-02', averageDone: 100, allDone: 100 },
    ]);
  });

  it('rounds to one decimal', () => {
    const [week] = weeklyProgress(weeks.slice(0, 1), [{ day: '2026-10-20', count: 1 }], [], 3, 1);
    expect(week.averageDone).toBe(33.3);
  });

  it('is all zeros for an empty group or a course without lessons, and empty without weeks', () => {
    expect(weeklyProgress(weeks, [], [], 0, 4).map((p) => [p.averageDone, p.allDone])).toEqual([
      [0, 0],
      [0, 0],
      [0, 0],
    ]);
    expect(weeklyProgress(weeks, [], [], 5, 0)[0]).toEqual({ monday: '2026-10-19', averageDone: 0, allDone: 0 });
    expect(weeklyProgress([], [{ day: '2026-10-20', count: 1 }], [], 1, 1)).toEqual([]);
  });
});
