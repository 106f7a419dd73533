// Ukrainian plural forms: 1, 21, 101 take "one" (but 11 does not); 2–4, 22–24 "few" (but 12–14 do not); the rest "many".
import { describe, expect, it } from 'vitest';
import { pluralUk } from '@/lib/format/plural';

const lessons = (n: number) => pluralUk(n, 'урок', 'уроки', 'уроків');

describe('pluralUk', () => {
  it('uses the "one" form for 1, 21, 31, 101 but not for 11 or 111', () => {
    expect([1, 21, 31, 101].map(lessons)).toEqual(['урок', 'урок', 'урок', 'урок']);
    expect([11, 111].map(lessons)).toEqual(['уроків', 'уроків']);
  });
  it('uses the "few" form for 2–4 and 22–24 but not for 12–14', () => {
    expect([2, 3, 4, 22, 24, 102].map(lessons)).toEqual(['уроки', 'уроки', 'уроки', 'уроки', 'уроки', 'уроки']);
    expect([12, 13, 14, 112].map(lessons)).toEqual(['уроків', 'уроків', 'уроків', 'уроків']);
  });
  it('uses the "many" form for 0, 5–20 and 25–30', () => {
    expect([0, 5, 9, 10, 20, 25, 30].map(lessons)).toEqual(Array(7).fill('уроків'));
  });
});
