// The yearly exam of a package (regulamin §4.9, §5.5): which subjects, and the June–July window.
import { describe, expect, it } from 'vitest';
import { examPhase, examWindow, packageExams } from '@/lib/families/rules/exams';
import { fromWarsaw } from '@/lib/format/time';

const bought = (...subjects: string[]) => subjects.map((subject) => ({ kind: 'EXAM', subject }));

describe('packageExams', () => {
  it.each([
    ['STANDARD', 4, [], ['JEZYK_POLSKI:in', 'HISTORIA:in', 'PRZYRODA:in']],
    [
      'PREMIUM',
      8,
      bought('MATEMATYKA'),
      ['JEZYK_POLSKI:in', 'HISTORIA:in', 'WOS:in', 'GEOGRAFIA:in', 'MATEMATYKA:buy'],
    ],
    ['MINI', 5, [], []],
    ['MINI', 5, bought('INFORMATYKA', 'JEZYK_POLSKI'), ['JEZYK_POLSKI:buy', 'INFORMATYKA:buy']],
    ['STANDARD', 0, [], []],
    ['NA_START', null, bought('JEZYK_POLSKI'), []],
    // A basic exam ticked with Standard is still the included one, listed once.
    [
      'STANDARD',
      2,
      bought('EDUKACJA_WCZESNOSZKOLNA', 'JEZYK_ANGIELSKI'),
      ['EDUKACJA_WCZESNOSZKOLNA:in', 'JEZYK_ANGIELSKI:buy'],
    ],
  ] as const)('%s in class %s with %j → %j', (code, cls, addOns, expected) => {
    const got = packageExams(code, cls, addOns).map((e) => `${e.subject}:${e.included ? 'in' : 'buy'}`);
    expect(got).toEqual(expected);
  });

  it('ignores what is not an exam or not a subject in the stored add-ons', () => {
    const stored = [{ kind: 'EXTRA_SUBJECT', subject: 'MATEMATYKA' }, { kind: 'EXAM', subject: 'NOPE' }, null, 'x'];
    expect(packageExams('MINI', 5, stored)).toEqual([]);
    expect(packageExams('MINI', 5, { not: 'a list' })).toEqual([]);
  });
});

describe('the exam window (§4.9: June to July)', () => {
  const year = { startYear: 2026 };
  it('runs from 1 June to the end of July of the year after the school year starts, Warsaw time', () => {
    expect(examWindow(year)).toEqual({ from: fromWarsaw(2027, 6, 1), until: fromWarsaw(2027, 8, 1) });
  });
  it.each([
    [fromWarsaw(2026, 9, 1), 'upcoming'],
    [new Date(fromWarsaw(2027, 6, 1).getTime() - 1), 'upcoming'],
    [fromWarsaw(2027, 6, 1), 'open'],
    [fromWarsaw(2027, 7, 31, 23, 59), 'open'],
    [fromWarsaw(2027, 8, 1), 'over'],
  ] as const)('at %s it is %s', (now, phase) => {
    expect(examPhase(now, year)).toBe(phase);
  });
});
