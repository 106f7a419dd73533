// The May timetable laid on an exam year's working days: 4 May or the first working day after it,
// weekends and holidays skipped, Warsaw times stored as UTC instants (CEST = UTC+2 in May).
import { describe, expect, it } from 'vitest';
import { examDays, timetableFor } from '@/lib/matura/rules/timetable';
import { MAY_TIMETABLE } from '@/lib/matura/data/timetable';

describe('examDays', () => {
  it.each([
    // 2026: 4 May is a Monday.
    [2026, ['2026-05-04', '2026-05-05', '2026-05-06', '2026-05-07', '2026-05-08', '2026-05-11']],
    // 2027: 4 May is a Tuesday (3 May, Monday, is a holiday).
    [2027, ['2027-05-04', '2027-05-05', '2027-05-06', '2027-05-07', '2027-05-10', '2027-05-11']],
    // 2024: 4–5 May fall on a weekend: Monday 6 May.
    [2024, ['2024-05-06', '2024-05-07', '2024-05-08', '2024-05-09', '2024-05-10', '2024-05-13']],
  ])('%i starts on its first working day from 4 May', (year, days) => {
    expect(examDays(year, 6)).toEqual(days);
  });

  it('skips Corpus Christi (27 May 2027)', () => {
    expect(examDays(2027, 20)).not.toContain('2027-05-27');
  });
});

describe('timetableFor', () => {
  const sessions = timetableFor(2027);

  it('has every slot of the pattern, Polish basic first at 9:00 Warsaw time', () => {
    expect(sessions).toHaveLength(MAY_TIMETABLE.length);
    expect(sessions[0]).toEqual({
      subject: 'polish',
      part: 'written',
      level: 'basic',
      startsAt: new Date('2027-05-04T07:00:00Z'),
    });
  });

  it('puts the afternoon exams at 14:00 Warsaw time', () => {
    const bilingual = sessions.find((s) => s.subject === 'english' && s.level === 'bilingual');
    expect(bilingual?.startsAt).toEqual(new Date('2027-05-07T12:00:00Z'));
  });

  it('never repeats an exam (subject, part, level)', () => {
    const keys = sessions.map((s) => `${s.subject}:${s.part}:${s.level}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
