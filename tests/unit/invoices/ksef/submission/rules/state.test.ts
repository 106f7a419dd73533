// The rules the sweeper, the staff list and the order page share: a document's shown state,
// the retry schedule, KSeF's duplicate answer and the daily backlog.
import { describe, expect, it } from 'vitest';
import { ksefState, retryDelayMs } from '@/lib/invoices/ksef/submission/rules/state';
import { duplicateOf } from '@/lib/invoices/ksef/submission/rules/duplicate';
import { backlog } from '@/lib/invoices/ksef/submission/rules/backlog';
import { belongsInKsef } from '@/lib/invoices/ksef/submission/rules/scope';
import { warsawDateKey } from '@/lib/format/time';

describe('ksefState', () => {
  it.each([
    [null, 'waiting'],
    [{ status: 'PENDING', offline: false }, 'waiting'],
    [{ status: 'PENDING', offline: true }, 'offline'],
    [{ status: 'SENT', offline: true }, 'sent'],
    [{ status: 'SENT', offline: false }, 'sent'],
    [{ status: 'ACCEPTED', offline: true }, 'accepted'],
    [{ status: 'REJECTED', offline: false }, 'rejected'],
  ] as const)('%o → %s', (doc, state) => {
    expect(ksefState(doc)).toBe(state);
  });
});

describe('retryDelayMs', () => {
  it.each([
    [0, 30_000],
    [1, 30_000],
    [2, 60_000],
    [3, 120_000],
    [5, 480_000],
    [6, 600_000],
    [40, 600_000],
  ])('after %i failed tries waits %i ms', (attempts, ms) => {
    expect(retryDelayMs(attempts)).toBe(ms);
  });
});

describe('duplicateOf', () => {
  const number = '5265877635-20250826-0100001AF629-AF';
  it.each([
    [
      'extensions',
      { code: 440, extensions: { originalKsefNumber: number, originalSessionReferenceNumber: 'S1' } },
      { ksefNumber: number, sessionReference: 'S1' },
    ],
    [
      'the details text only',
      {
        code: 440,
        details: [`Faktura o numerze KSeF: ${number} została już przesłana w sesji: 20251010-SO-2F14610000-97-AB`],
      },
      { ksefNumber: number, sessionReference: '20251010-SO-2F14610000-97-AB' },
    ],
    ['no number named', { code: 440, details: ['Duplikat faktury'] }, null],
    ['another rejection naming a number', { code: 450, details: [number] }, null],
    ['a malformed number', { code: 440, extensions: { originalKsefNumber: 'x' } }, null],
  ])('%s', (_why, status, expected) => {
    expect(duplicateOf(status)).toEqual(expected);
  });
});

describe('backlog', () => {
  it('counts per Warsaw day for 14 days, keeps older ones in the total and names the oldest', () => {
    const issued = [
      new Date('2026-12-01T08:00:00Z'),
      new Date('2026-11-30T23:30:00Z'), // already 1 December in Warsaw
      new Date('2026-11-29T10:00:00Z'),
      new Date('2026-10-01T10:00:00Z'), // beyond the 14 days
    ];
    const b = backlog(issued, '2026-12-01', warsawDateKey);
    expect(b.total).toBe(4);
    expect(b.oldest).toEqual(new Date('2026-10-01T10:00:00Z'));
    expect(b.days).toHaveLength(14);
    expect(b.days.slice(0, 3)).toEqual([
      { day: '2026-12-01', count: 2 },
      { day: '2026-11-30', count: 0 },
      { day: '2026-11-29', count: 1 },
    ]);
    expect(b.days.at(-1)!.day).toBe('2026-11-18');
  });

  it('is empty when everything is in KSeF', () => {
    expect(backlog([], '2026-12-01', warsawDateKey)).toMatchObject({ total: 0, oldest: null });
  });
});

describe('belongsInKsef', () => {
  it.each([
    ['2026-03-31T21:59:59Z', false],
    ['2026-03-31T22:00:00Z', true],
    ['2026-12-01T10:00:00Z', true],
  ])('issued %s → %s', (at, expected) => {
    expect(belongsInKsef(new Date(at))).toBe(expected);
  });
});
