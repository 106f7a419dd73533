import { describe, expect, it } from 'vitest';
import { examsFromForm, formFromExams } from '@/lib/matura/declarations/declaration-form';
import { declarationErrors } from '@/lib/matura/rules/declaration';
import { SUBJECT_LISTS } from '@/lib/matura/data/subjects';

const list = SUBJECT_LISTS[2027];
const check = (fields: Record<string, string>) => {
  const { exams, fieldOf } = examsFromForm(fields);
  return declarationErrors(list, { formula: '2023', vocationalExemption: false, exams }).map((e) => fieldOf(e.field));
};

describe('the declaration form', () => {
  it('always declares the obligatory exams and the chosen language written and oral', () => {
    const { exams } = examsFromForm({ foreign: 'german', 'add.0.subject': 'biology' });
    expect(exams.map((e) => `${e.part}:${e.subject}:${e.level}`)).toEqual([
      'written:polish:basic',
      'written:mathematics:basic',
      'written:german:basic',
      'oral:polish:none',
      'oral:german:none',
      'written:biology:extended',
    ]);
    expect(check({ foreign: 'german', 'add.0.subject': 'biology' })).toEqual([]);
  });

  it.each([
    ['no foreign language', { 'add.0.subject': 'biology' }, ['foreign', 'foreign']],
    ['no additional subject', { foreign: 'english' }, ['additional']],
    [
      'the same subject twice',
      { foreign: 'english', 'add.0.subject': 'biology', 'add.3.subject': 'biology' },
      ['add.3.subject'],
    ],
    [
      'informatyka without its environment',
      { foreign: 'english', 'add.0.subject': 'informatyka', 'add.0.env.operatingSystem': 'linux' },
      ['add.0.env.officeSuite', 'add.0.env.programmingLanguage'],
    ],
    [
      'a level the subject lacks',
      { foreign: 'english', 'add.0.subject': 'biology', 'add.0.level': 'bilingual' },
      ['add.0.subject'],
    ],
    ['a bad oral', { foreign: 'english', 'add.0.subject': 'biology', 'oral.0.subject': 'biology' }, ['oral.0.subject']],
  ])('puts the error of %s beside its field', (_name, fields, expected) => {
    expect(check(fields as Record<string, string>)).toEqual(expected);
  });

  it('reads a stored declaration back into the same fields', () => {
    const fields = {
      foreign: 'english',
      'add.0.subject': 'mathematics',
      'add.0.level': 'extended',
      'add.1.subject': 'informatyka',
      'add.1.level': 'extended',
      'add.1.env.operatingSystem': 'linux',
      'oral.0.subject': 'english',
      'oral.0.level': 'bilingual',
    };
    expect(formFromExams(examsFromForm(fields).exams)).toEqual(fields);
  });
});
