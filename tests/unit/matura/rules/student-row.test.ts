import { describe, expect, it } from 'vitest';
import { checkStudentRow, studentKey } from '@/lib/matura/rules/student-row';

describe('checkStudentRow', () => {
  it.each([
    [
      { firstName: 'Anna', lastName: 'Kowalska', className: '4a' },
      { formula: '2023', vocationalExemption: false },
    ],
    [
      { firstName: 'Anna-Maria', lastName: "O'Brien", className: '5 TI', formula: '2015', vocationalExemption: 'TAK' },
      { formula: '2015', vocationalExemption: true },
    ],
    [
      { firstName: ' Jan ', lastName: 'Nowak', className: '4b', formula: 'Formuła 2023', vocationalExemption: 'nie' },
      { firstName: 'Jan', formula: '2023' },
    ],
  ])('accepts %j', (cells, expected) => {
    const r = checkStudentRow(cells);
    expect(r.ok && r.value).toMatchObject(expected);
  });

  it.each([
    [{ firstName: '', lastName: 'Nowak', className: '4a' }, ['firstName']],
    [{ firstName: 'J4n', lastName: 'N0wak', className: '' }, ['className', 'firstName', 'lastName']],
    [{ firstName: 'Jan', lastName: 'Nowak', className: '4a!', formula: '2019' }, ['className', 'formula']],
    [{ firstName: 'Jan', lastName: 'Nowak', className: '4a', vocationalExemption: 'może' }, ['vocationalExemption']],
    [{ firstName: 'Jan', lastName: 'Nowak', className: 'klasa czwarta a' }, ['className']],
  ])('names every broken column of %j', (cells, columns) => {
    const r = checkStudentRow(cells);
    expect(r.ok ? [] : Object.keys(r.errors).sort()).toEqual(columns);
  });

  it('treats case, Polish letters and spaces in the class as the same student', () => {
    expect(studentKey({ firstName: 'Łucja', lastName: 'Żak', className: '4 A' })).toBe(
      studentKey({ firstName: 'lucja', lastName: 'ZAK', className: '4a' }),
    );
    expect(studentKey({ firstName: 'Jan', lastName: 'Nowak', className: '4a' })).not.toBe(
      studentKey({ firstName: 'Jan', lastName: 'Nowak', className: '4b' }),
    );
  });
});
