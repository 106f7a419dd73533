import { describe, expect, it } from 'vitest';
import { currentPosition, groupRoster, type RosterFacts, type RosterLevel } from '@/lib/language/panel/roster-model';

const levels: RosterLevel[] = [
  { position: 1, cefr: 'A1', title: 'Początkujący', lessons: 10 },
  { position: 2, cefr: 'A2', title: 'Podstawowy', lessons: 12 },
  { position: 3, cefr: 'B1', title: 'Średnio zaawansowany', lessons: 8 },
];
const learner = (name: string, extra: Partial<RosterFacts> = {}): RosterFacts => ({
  userId: name,
  name,
  email: null,
  startCefr: 'A1',
  contract: null,
  enrolments: [],
  lastTest: null,
  ...extra,
});

describe('currentPosition', () => {
  it.each([
    ['no enrolment yet: the level signed up for', learner('a', { startCefr: 'A2' }), 2],
    ['enrolled in one level', learner('b', { enrolments: [{ position: 1, lessonsDone: 3 }] }), 1],
    [
      'passed A1 and opened A2: the furthest',
      learner('c', {
        enrolments: [
          { position: 2, lessonsDone: 0 },
          { position: 1, lessonsDone: 10 },
        ],
      }),
      2,
    ],
    ['a start level the programme does not have', learner('d', { startCefr: 'C2' }), null],
  ])('%s', (_, facts, expected) => {
    expect(currentPosition(facts, levels)).toBe(expected);
  });
});

describe('groupRoster', () => {
  it('puts each learner under their current level with the lessons done there, by name', () => {
    const groups = groupRoster(levels, [
      learner('Żaneta', { enrolments: [{ position: 1, lessonsDone: 4 }] }),
      learner('Maria', {
        enrolments: [
          { position: 1, lessonsDone: 10 },
          { position: 2, lessonsDone: 2 },
        ],
      }),
      learner('Adam', { enrolments: [{ position: 1, lessonsDone: 1 }] }),
      learner('Nowy', { startCefr: 'B1' }),
      learner('Obcy', { startCefr: 'C2' }),
    ]);
    expect(groups.map((g) => [g.level.cefr, g.rows.map((r) => [r.name, r.lessonsDone, r.lessons])])).toEqual([
      [
        'A1',
        [
          ['Adam', 1, 10],
          ['Żaneta', 4, 10],
        ],
      ],
      ['A2', [['Maria', 2, 12]]],
      ['B1', [['Nowy', 0, 8]]],
    ]);
  });
});
