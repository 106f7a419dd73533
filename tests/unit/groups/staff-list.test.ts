import { describe, expect, it } from 'vitest';
import { staffGroupState } from '@/lib/groups/staff-list';

const now = new Date('2026-12-01T12:00:00Z');
const past = new Date('2026-11-30T12:00:00Z');
const future = new Date('2027-01-15T12:00:00Z');
const accepted = [{ status: 'REJECTED' as const }, { status: 'ACCEPTED' as const }];
const up = (reportDueAt: Date, report: 'IN_REVIEW' | 'APPROVED' | null) => ({
  status: 'PROVISIONED' as const,
  reportDueAt,
  report: report ? { status: report } : null,
});

describe('the state staff filter groups by', () => {
  it.each([
    ['no agreement yet', [], [], 'agreement'],
    ['a scan waiting for review', [{ status: 'SUBMITTED' as const }], [], 'agreement'],
    ['accepted, no accounts yet', accepted, [], 'list'],
    ['accepted, only a preview', accepted, [{ status: 'PREVIEW' as const, reportDueAt: null, report: null }], 'list'],
    ['accounts learning, report in the future', accepted, [up(future, null)], 'learning'],
    ['report date passed, not built', accepted, [up(past, null)], 'report'],
    ['report built, in review', accepted, [up(past, 'IN_REVIEW')], 'report'],
    ['one approved, another list still learning', accepted, [up(past, 'APPROVED'), up(future, null)], 'learning'],
    ['every report approved', accepted, [up(past, 'APPROVED')], 'done'],
  ] as const)('%s → %s', (_name, agreements, uploads, expected) => {
    expect(staffGroupState({ agreements: [...agreements], uploads: [...uploads] }, now)).toBe(expected);
  });
});
