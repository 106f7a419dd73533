import { describe, expect, it } from 'vitest';
import { courseSchema, parseSyllabus } from '@/lib/learning/editing/course-schemas';
import { courseFormValues } from '@/lib/learning/editing/course-form-values';
import { moveInOrder, renumber } from '@/lib/learning/editing/rules/reorder';
import { copySlug, copySlugPrefix, remapFileRefs } from '@/lib/learning/editing/rules/duplicate';

const base = {
  title: 'Kurs',
  slug: 'kurs-a',
  summary: 'Krótki opis kursu',
  description: 'Opis kursu długi',
  categoryId: 'c',
  price: '10,00',
  accessMonths: '',
  testQuestionCount: '10',
  passMarkPercent: '65',
  maxAttempts: '3',
  timeLimitMinutes: '',
};

describe('the syllabus field', () => {
  it.each([
    ['one point per line', 'Wstęp\nPraktyka', ['Wstęp', 'Praktyka']],
    ['blank lines and spaces dropped', '\n  Wstęp  \r\n\r\n\tPraktyka\n', ['Wstęp', 'Praktyka']],
    [
      'list markers typed out of habit',
      '- Wstęp\n* Ryzyko\n1. Praktyka\n2) Test\n• Koniec',
      ['Wstęp', 'Ryzyko', 'Praktyka', 'Test', 'Koniec'],
    ],
    ['a number that is part of the text stays', '2026 — zmiany w przepisach', ['2026 — zmiany w przepisach']],
    ['empty', '', []],
  ])('%s', (_n, input, points) => {
    expect(parseSyllabus(input)).toEqual(points);
  });

  it('is parsed by the course schema and printed back one point per line', () => {
    const r = courseSchema.parse({ ...base, syllabus: '- Wstęp\nPraktyka\n' });
    expect(r.syllabus).toEqual(['Wstęp', 'Praktyka']);
    expect(courseSchema.parse(base).syllabus).toEqual([]);
  });

  it.each([
    ['too many points', Array.from({ length: 51 }, (_, i) => `Punkt ${i}`).join('\n')],
    ['a point too long', 'x'.repeat(301)],
  ])('refuses %s beside the field', (_n, syllabus) => {
    const r = courseSchema.safeParse({ ...base, syllabus });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['syllabus']);
    expect(r.error?.issues[0]?.message).toMatch(/Program/);
  });
});

describe('the test settings', () => {
  it('reads the new checkboxes and the retake delay (empty = at once)', () => {
    expect(courseSchema.parse(base)).toMatchObject({
      testRequiresLessons: false,
      testShowsAnswers: false,
      retakeDelayHours: 0,
    });
    expect(
      courseSchema.parse({ ...base, testRequiresLessons: 'on', testShowsAnswers: 'on', retakeDelayHours: '24' }),
    ).toMatchObject({ testRequiresLessons: true, testShowsAnswers: true, retakeDelayHours: 24 });
  });

  it.each(['-1', '721', '1,5', 'dzień'])('refuses a retake delay of %s', (retakeDelayHours) => {
    const r = courseSchema.safeParse({ ...base, retakeDelayHours });
    expect(r.error?.issues.map((i) => i.path[0])).toEqual(['retakeDelayHours']);
  });

  it('shows a new course hidden, with no wait and the lessons not required', () => {
    expect(courseFormValues(null)).toMatchObject({
      published: false,
      retakeDelayHours: '0',
      testRequiresLessons: false,
      testShowsAnswers: false,
      syllabus: '',
    });
  });
});

describe('moving a module or lesson', () => {
  it.each([
    [['a', 'b', 'c'], 'b', 'up', ['b', 'a', 'c']],
    [['a', 'b', 'c'], 'b', 'down', ['a', 'c', 'b']],
    [['a', 'b', 'c'], 'a', 'up', null],
    [['a', 'b', 'c'], 'c', 'down', null],
    [['a', 'b', 'c'], 'x', 'up', null],
  ] as const)('%j: %s %s', (ids, id, dir, expected) => {
    expect(moveInOrder(ids, id, dir)).toEqual(expected);
  });

  it('renumbers from 1 and writes only the rows that change (duplicates and gaps straightened)', () => {
    const current = new Map([
      ['a', 1],
      ['b', 1],
      ['c', 7],
    ]);
    expect(renumber(['a', 'b', 'c'], current)).toEqual([
      { id: 'b', position: 2 },
      { id: 'c', position: 3 },
    ]);
  });
});

describe('a duplicated course', () => {
  it.each([
    ['bhp', 1, 'bhp-kopia'],
    ['bhp', 2, 'bhp-kopia-2'],
    ['a'.repeat(80), 1, `${'a'.repeat(74)}-kopia`],
    [`${'a'.repeat(72)}-b-cdefg`, 12, `${'a'.repeat(71)}-kopia-12`],
  ])('%s copy %i is %s', (slug, n, expected) => {
    const s = copySlug(slug, n);
    expect(s).toBe(expected);
    expect(s.length).toBeLessThanOrEqual(80);
    expect(s).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(s.startsWith(copySlugPrefix(slug))).toBe(true);
  });

  it('points file links at the copied files and leaves others alone', () => {
    const ids = new Map([
      ['m1', 'm9'],
      ['z1', 'z9'],
    ]);
    expect(
      remapFileRefs(
        '![a](/api/learning/media/m1) [b](/api/learning/zalaczniki/z1) ![c](/api/learning/media/m2) /api/learning/media/m1x',
        ids,
      ),
    ).toBe(
      '![a](/api/learning/media/m9) [b](/api/learning/zalaczniki/z9) ![c](/api/learning/media/m2) /api/learning/media/m1x',
    );
  });
});
