// The yearly exam as a parent or a child reads it: subject names follow the reader's language.
import { describe, expect, it } from 'vitest';
import { examsView } from '@/lib/families/exams';

const row = { packageCode: 'STANDARD', classNumber: 4, schoolYear: 2026, addOns: null };
const now = new Date('2026-12-04T12:00:00Z');

describe('examsView', () => {
  it('names the subjects in Polish by default', () => {
    const v = examsView(row, now)!;
    expect(v.subjects.map((s) => s.name)).toContain('język polski');
    expect(v.subjects.find((s) => s.name === 'język polski')?.note).toBe('w cenie pakietu');
  });

  it('in English: the subjects and the notes in English, no Polish subject name', () => {
    const v = examsView(row, now, 'en')!;
    expect(v.subjects.map((s) => s.name)).toContain('Polish');
    expect(v.subjects.map((s) => s.name)).not.toContain('język polski');
    expect(v.subjects.find((s) => s.name === 'Polish')?.note).toBe('included in the package');
  });
});
