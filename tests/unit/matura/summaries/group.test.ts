// The summaries' grouping (issue 23): OKE counts, per class, per session day, unchecked students.
import { describe, expect, it } from 'vitest';
import {
  classSummaries,
  compareStudents,
  sessionDays,
  sessionTakes,
  subjectCounts,
  uncheckedStudents,
  unscheduledExams,
  type ExamRow,
  type SessionRow,
  type StudentRow,
} from '@/lib/matura/summaries/group';
import { warsawDateKey } from '@/lib/format/time';

const student = (id: string, className: string, lastName: string, checkedAt: Date | null = null): StudentRow => ({
  id,
  firstName: 'Jan',
  lastName,
  className,
  checkedAt,
});
const exam = (studentId: string, subject: string, part = 'written', level = 'basic'): ExamRow => ({
  studentId,
  subject,
  part,
  level,
});

const students = [
  student('a', '3a', 'Zając'),
  student('b', '3a', 'Adamska', new Date('2027-01-10T10:00:00Z')),
  student('c', '3b', 'Nowak'),
];
const exams = [
  exam('a', 'polish'),
  exam('b', 'polish'),
  exam('c', 'polish'),
  exam('a', 'polish', 'oral', 'none'),
  exam('a', 'biology', 'written', 'extended'),
  exam('c', 'biology', 'written', 'extended'),
  exam('b', 'english', 'written', 'bilingual'),
  exam('b', 'english'),
];

describe('subjectCounts', () => {
  it('counts students per subject, part and level, in the list order, written before oral, basic first', () => {
    expect(subjectCounts(exams, ['polish', 'english', 'biology'])).toEqual([
      { subject: 'polish', part: 'written', level: 'basic', students: 3 },
      { subject: 'polish', part: 'oral', level: 'none', students: 1 },
      { subject: 'english', part: 'written', level: 'basic', students: 1 },
      { subject: 'english', part: 'written', level: 'bilingual', students: 1 },
      { subject: 'biology', part: 'written', level: 'extended', students: 2 },
    ]);
  });

  it('puts subjects missing from the list after it, and counts a repeated row once', () => {
    const rows = subjectCounts([exam('a', 'zzOwn'), exam('a', 'zzOwn'), exam('b', 'polish')], ['polish']);
    expect(rows.map((r) => [r.subject, r.students])).toEqual([
      ['polish', 1],
      ['zzOwn', 1],
    ]);
  });

  it('is empty without exams', () => {
    expect(subjectCounts([])).toEqual([]);
  });
});

describe('classSummaries', () => {
  it('gives each class its students and its own counts, classes in natural order', () => {
    const rows = classSummaries([...students, student('d', '10a', 'Kowal'), student('e', '2a', 'Lis')], exams);
    expect(rows.map((c) => [c.className, c.students])).toEqual([
      ['2a', 1],
      ['3a', 2],
      ['3b', 1],
      ['10a', 1],
    ]);
    const a3 = rows.find((c) => c.className === '3a')!;
    expect(a3.exams).toContainEqual({ subject: 'polish', part: 'written', level: 'basic', students: 2 });
    expect(a3.exams).toContainEqual({ subject: 'biology', part: 'written', level: 'extended', students: 1 });
    expect(rows.find((c) => c.className === '2a')!.exams).toEqual([]);
  });
});

describe('sessionDays', () => {
  const s = (subject: string, part: string, level: string | null, iso: string): SessionRow => ({
    subject,
    part,
    level,
    startsAt: new Date(iso),
  });
  const timetable = [
    s('polish', 'written', 'basic', '2027-05-04T07:00:00Z'),
    s('english', 'written', 'basic', '2027-05-05T07:00:00Z'),
    s('biology', 'written', 'extended', '2027-05-05T12:00:00Z'),
    s('english', 'written', 'bilingual', '2027-05-06T07:00:00Z'),
    s('chemistry', 'written', 'extended', '2027-05-07T07:00:00Z'),
    // Orals have no level in the timetable: the session takes every level.
    s('polish', 'oral', null, '2027-05-10T06:00:00Z'),
  ];

  it('groups the sessions by Warsaw day with their students, leaving out sessions nobody sits', () => {
    const days = sessionDays(timetable, exams, warsawDateKey);
    expect(days.map((d) => [d.day, d.sessions.map((x) => `${x.subject}:${x.students}`), d.students])).toEqual([
      ['2027-05-04', ['polish:3'], 3],
      ['2027-05-05', ['english:1', 'biology:2'], 3],
      ['2027-05-06', ['english:1'], 1],
      ['2027-05-10', ['polish:1'], 1],
    ]);
  });

  it('counts a student once a day though they sit two sessions', () => {
    const days = sessionDays(
      timetable,
      [exam('a', 'english'), exam('a', 'biology', 'written', 'extended')],
      warsawDateKey,
    );
    expect(days).toEqual([expect.objectContaining({ day: '2027-05-05', students: 1 })]);
  });

  it('takes the day in Warsaw: 23:30 UTC on 4 May is 5 May', () => {
    const days = sessionDays([s('polish', 'written', 'basic', '2027-05-04T23:30:00Z')], exams, warsawDateKey);
    expect(days[0].day).toBe('2027-05-05');
  });

  it.each([
    [{ subject: 'polish', part: 'written', level: 'basic' }, true],
    [{ subject: 'polish', part: 'written', level: 'extended' }, false],
    [{ subject: 'polish', part: 'oral', level: 'basic' }, false],
    [{ subject: 'english', part: 'written', level: 'basic' }, false],
  ])('a basic written polish session takes %o: %s', (e, takes) => {
    expect(sessionTakes(timetable[0], e)).toBe(takes);
  });

  it('lists the declared exams no session takes', () => {
    expect(unscheduledExams(timetable.slice(0, 1), exams, ['polish', 'english', 'biology'])).toEqual([
      { subject: 'polish', part: 'oral', level: 'none', students: 1 },
      { subject: 'english', part: 'written', level: 'basic', students: 1 },
      { subject: 'english', part: 'written', level: 'bilingual', students: 1 },
      { subject: 'biology', part: 'written', level: 'extended', students: 2 },
    ]);
  });
});

describe('uncheckedStudents', () => {
  it('keeps the students nobody has checked, by class and surname', () => {
    const rows = uncheckedStudents([student('x', '3b', 'Bąk'), ...students, student('y', '3a', 'Łuk')]);
    expect(rows.map((r) => r.id)).toEqual(['y', 'a', 'x', 'c']);
  });

  it('orders surnames the Polish way (Ł after L)', () => {
    expect(compareStudents(student('1', '1a', 'Łoś'), student('2', '1a', 'Lis'))).toBeGreaterThan(0);
    expect(compareStudents(student('1', '1a', 'Łoś'), student('2', '1a', 'Mazur'))).toBeLessThan(0);
  });
});
