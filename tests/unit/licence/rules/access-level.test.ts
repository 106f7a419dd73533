import { describe, expect, it } from 'vitest';
import { accessLevel, canDownload, canWork } from '@/lib/licence/rules/access-level';
import { comingExamYear, orderableExamYears } from '@/lib/licence/rules/exam-years';
import { checkOkeCode } from '@/lib/matura/rules/oke-code';
import { isValidNip } from '@/lib/invoices/tax/nip';
import { DEMO_SCHOOL } from '@/lib/demo/schools';

describe('accessLevel (A7, A9, A19)', () => {
  it.each([
    ['PENDING', false, 'active', false, 'restricted'],
    ['PENDING', false, 'notStarted', false, 'restricted'],
    ['SUSPENDED', false, 'active', false, 'restricted'],
    ['ACTIVE', true, 'active', false, 'full'],
    ['ACTIVE', true, 'notStarted', false, 'full'],
    ['ACTIVE', true, 'renewalOffered', false, 'full'],
    ['ACTIVE', true, 'renewed', false, 'full'],
    ['ACTIVE', true, 'readOnly', false, 'read-only'],
    ['ACTIVE', true, 'purgeDue', false, 'blocked'],
    ['ACTIVE', true, 'active', true, 'blocked'],
    ['ENDED', false, 'active', false, 'read-only'],
    ['VOID', false, 'active', false, 'blocked'],
  ] as const)('%s (grants %s) in phase %s, purged %s → %s', (contractStatus, grants, phase, purged, level) => {
    expect(accessLevel({ contractStatus, grants, phase, purged })).toBe(level);
  });

  it('is blocked without a licence', () => expect(accessLevel(null)).toBe('blocked'));

  it.each([
    ['restricted', false, true],
    ['full', true, true],
    ['read-only', true, false],
    ['blocked', false, false],
  ] as const)('%s: download %s, work %s', (level, download, work) => {
    expect(canDownload(level)).toBe(download);
    expect(canWork(level)).toBe(work);
  });
});

describe('the exam years on offer', () => {
  it.each([
    ['2026-12-02T10:00:00Z', 2027],
    ['2027-06-30T21:59:00Z', 2027], // 23:59 on 30 June in Warsaw
    ['2027-06-30T22:00:00Z', 2028], // 1 July in Warsaw
    ['2027-01-01T00:00:00Z', 2027],
  ])('at %s the coming matura is %i', (at, year) => {
    expect(comingExamYear(new Date(at))).toBe(year);
    expect(orderableExamYears(new Date(at))).toEqual([year, year + 1]);
  });
});

describe('the demo school', () => {
  it('has a well-formed OKE code suggesting its commission, and a valid NIP', () => {
    const check = checkOkeCode(DEMO_SCHOOL.okeCode);
    expect(check.ok && check.value.suggestedCommission).toBe(DEMO_SCHOOL.commission);
    expect(isValidNip(DEMO_SCHOOL.nip)).toBe(true);
  });
});
