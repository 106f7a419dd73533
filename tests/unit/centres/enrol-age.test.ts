import { describe, expect, it } from 'vitest';
import { centreAgeCheck } from '@/lib/centres/rules/age';

const fermat = { minAge: 7, maxAge: 9 };

describe('centre programme ages on the first class', () => {
  it.each([
    ['2019-09-07', '2026-09-07', { ok: true, age: 7 }],
    ['2019-09-08', '2026-09-07', { ok: false, reason: 'tooYoung', age: 6 }],
    ['2016-09-08', '2026-09-07', { ok: true, age: 9 }],
    ['2016-09-07', '2026-09-07', { ok: false, reason: 'tooOld', age: 10 }],
    ['2019-02-30', '2026-09-07', { ok: false, reason: 'invalid' }],
    ['2026-12-01', '2026-09-07', { ok: false, reason: 'future' }],
  ])('born %s, first class %s', (birth, first, want) => {
    expect(centreAgeCheck(birth, fermat, first, '2026-06-15')).toEqual(want);
  });
});
