import { describe, expect, it } from 'vitest';
import { parseRate } from '@/lib/format/rate';
import { choicesFromForm } from '@/lib/families/choices';
import { packageSubjects } from '@/lib/settlement/family-activation';

describe('parseRate: staff type PLN per unit, stored × 10 000', () => {
  it.each([
    ['4,2735', 42735],
    ['4.2735', 42735],
    ['5', 50000],
    ['3,6', 36000],
    [' 4,27 ', 42700],
  ])('%s → %i', (text, value) => {
    expect(parseRate(text)).toBe(value);
  });
  it.each(['', '0', '0,0000', '4,27351', '-4', 'abc', '4,2,7'])('refuses %j', (text) => {
    expect(parseRate(text)).toBeNull();
  });
});

describe('choicesFromForm: only the choice per child, never a price', () => {
  it('reads package, exams, extra subjects and lessons per child and ignores everything else', () => {
    const out = choicesFromForm({
      pkg_a: 'MINI',
      exam_a: ['HISTORIA', 'MATEMATYKA'],
      extra_a: 'BIOLOGIA',
      lessons_a: '5',
      pkg_b: 'STANDARD',
      pkg_c: '',
      price: '1',
      total_a: '0',
    });
    expect(out).toEqual([
      {
        childId: 'a',
        package: 'MINI',
        exams: ['HISTORIA', 'MATEMATYKA'],
        extraSubjects: ['BIOLOGIA'],
        polishGroupLessons: '5',
      },
      { childId: 'b', package: 'STANDARD', exams: [], extraSubjects: [], polishGroupLessons: undefined },
    ]);
  });
});

describe('packageSubjects: what an active package opens', () => {
  it('Standard in class 4 has maths and English; Mini does not, unless bought as an extra', () => {
    expect(packageSubjects('STANDARD', 4, [])).toEqual([
      'JEZYK_POLSKI',
      'HISTORIA',
      'PRZYRODA',
      'MATEMATYKA',
      'ZAJECIA_KOMPUTEROWE',
      'JEZYK_ANGIELSKI',
    ]);
    expect(packageSubjects('MINI', 4, [])).toEqual(['JEZYK_POLSKI', 'HISTORIA', 'PRZYRODA']);
    expect(
      packageSubjects('MINI', 4, [
        { kind: 'EXTRA_SUBJECT', subject: 'MATEMATYKA' },
        { kind: 'EXAM', subject: 'HISTORIA' },
      ]),
    ).toEqual(['JEZYK_POLSKI', 'HISTORIA', 'PRZYRODA', 'MATEMATYKA']);
  });
  it('Na Start is Polish from scratch whatever the class', () => {
    expect(packageSubjects('NA_START', null, [])).toEqual(['JEZYK_POLSKI_OD_PODSTAW']);
  });
});
