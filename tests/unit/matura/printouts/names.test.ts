// How the printouts name exams and informatyka's environment (built-in, staff-added, unknown).
import { describe, expect, it } from 'vitest';
import { environmentText, examLabel, levelLabel } from '@/lib/matura/printouts/names';
import { SUBJECT_LISTS } from '@/lib/matura/data/subjects';
import type { SubjectList } from '@/lib/matura/subjects';

const list = SUBJECT_LISTS[2027];

describe('exam and environment names', () => {
  it.each([
    [{ subject: 'polish', part: 'written', level: 'basic' }, 'język polski, poziom podstawowy'],
    [{ subject: 'english', part: 'oral', level: 'none' }, 'język angielski, ustny – bez określania poziomu'],
    [{ subject: 'polish', part: 'oral', level: null }, 'język polski, ustny'],
    [{ subject: 'zzUnknown', part: 'written', level: 'extended' }, 'zzUnknown, poziom rozszerzony'],
  ])('%o is "%s"', (exam, label) => {
    expect(examLabel(list, exam)).toBe(label);
  });

  it('names a level as stored when it is unknown', () => {
    expect(levelLabel('written', 'odd')).toBe('odd');
  });

  it("names informatyka's choices from the catalogue, and staff-added ones from the list", () => {
    expect(
      environmentText(list, 'informatyka', {
        operatingSystem: 'windows',
        officeSuite: 'msOffice',
        programmingLanguage: 'cpp',
      }),
    ).toBe('System operacyjny: Windows; Pakiet programów użytkowych: Microsoft Office; Język programowania: C++');
    const own: SubjectList = {
      ...list,
      subjects: [
        ...list.subjects,
        {
          code: 'robotics',
          name: 'robotyka',
          kind: 'additional',
          formulas: ['2023'],
          written: ['extended'],
          oral: [],
          environment: [{ key: 'kit', name: 'Zestaw', options: [{ code: 'lego', name: 'LEGO' }] }],
        },
      ],
    };
    expect(environmentText(own, 'robotics', { kit: 'lego' })).toBe('Zestaw: LEGO');
    expect(environmentText(own, 'robotics', { kit: 'other' })).toBe('Zestaw: other');
    expect(environmentText(list, 'polish', null)).toBe('');
  });
});
