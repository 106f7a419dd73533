import { describe, expect, it } from 'vitest';
import {
  changeClass,
  classForBirthYear,
  classForChild,
  className,
  shiftedClassName,
} from '@/lib/families/rules/class-table';

const classOf = (birthYear: number, startYear: number) => {
  const r = classForBirthYear(birthYear, { startYear });
  return r.ok ? r.classNumber : r.code;
};

describe('classForBirthYear', () => {
  it('reproduces the §4.7 table for 2019/2020 exactly', () => {
    const table: [number, number][] = [
      [2014, 0],
      [2013, 1],
      [2012, 1],
      [2011, 2],
      [2010, 3],
      [2009, 4],
      [2008, 5],
      [2007, 6],
      [2006, 7],
      [2005, 8],
      [2004, 8],
    ];
    for (const [birthYear, cls] of table) expect(classOf(birthYear, 2019), `rocznik ${birthYear}`).toBe(cls);
  });

  it('moves one birth year per school year: 2020/2021', () => {
    expect(classOf(2015, 2020)).toBe(0);
    expect(classOf(2014, 2020)).toBe(1);
    expect(classOf(2013, 2020)).toBe(1);
    expect(classOf(2005, 2020)).toBe(8);
    expect(classOf(2006, 2020)).toBe(8);
  });

  it('2026/2027: 2021 zerówka … 2012 and 2011 class 8', () => {
    const table: [number, number][] = [
      [2021, 0],
      [2020, 1],
      [2019, 1],
      [2018, 2],
      [2017, 3],
      [2016, 4],
      [2015, 5],
      [2014, 6],
      [2013, 7],
      [2012, 8],
      [2011, 8],
    ];
    for (const [birthYear, cls] of table) expect(classOf(birthYear, 2026), `rocznik ${birthYear}`).toBe(cls);
  });

  it('is out of range below zerówka and above class 8, with a Polish reason', () => {
    const young = classForBirthYear(2022, { startYear: 2026 });
    expect(young).toMatchObject({ ok: false, code: 'TOO_YOUNG', age: 4 });
    if (!young.ok) expect(young.message).toContain('za młode');
    const old = classForBirthYear(2010, { startYear: 2026 });
    expect(old).toMatchObject({ ok: false, code: 'TOO_OLD', age: 16 });
    if (!old.ok)
      expect(old.message).toContain(
        'jest za stare na pakiety w roku szkolnym 2026/2027: są dla dzieci do 15 lat, a klasa 8 obejmuje roczniki 2011 i 2012',
      );
  });
});

describe('className', () => {
  it('names zerówka and numbered classes', () => {
    expect(className(0)).toBe('zerówka');
    expect(className(1)).toBe('klasa 1');
    expect(className(8)).toBe('klasa 8');
  });
});

describe('class change on request (§4.8)', () => {
  it('allows one class down or up', () => {
    expect(changeClass(3, -1)).toEqual({ ok: true, classNumber: 2 });
    expect(changeClass(3, 1)).toEqual({ ok: true, classNumber: 4 });
    expect(changeClass(3, 0)).toEqual({ ok: true, classNumber: 3 });
  });
  it('refuses more than one step', () => {
    expect(changeClass(3, 2)).toMatchObject({ ok: false, code: 'STEP_TOO_LARGE' });
    expect(changeClass(3, -2)).toMatchObject({ ok: false, code: 'STEP_TOO_LARGE' });
    expect(changeClass(3, 0.5)).toMatchObject({ ok: false, code: 'STEP_TOO_LARGE' });
  });
  it('refuses to leave zerówka…8', () => {
    expect(changeClass(0, -1)).toMatchObject({ ok: false, code: 'OUT_OF_RANGE' });
    expect(changeClass(8, 1)).toMatchObject({ ok: false, code: 'OUT_OF_RANGE' });
  });
  it('classForChild applies the step to the birth-year class', () => {
    expect(classForChild(2019, { startYear: 2026 }, 1)).toEqual({ ok: true, classNumber: 2, age: 7 });
    expect(classForChild(2021, { startYear: 2026 }, -1)).toMatchObject({ ok: false, code: 'OUT_OF_RANGE' });
  });
});

describe('shiftedClassName', () => {
  it('names the class one step away, or null past the ends', () => {
    expect(shiftedClassName(4, 1)).toBe('klasa 5');
    expect(shiftedClassName(1, -1)).toBe('zerówka');
    expect(shiftedClassName(0, -1)).toBeNull();
    expect(shiftedClassName(8, 1)).toBeNull();
  });
});
