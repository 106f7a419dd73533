// A privacy request's 30-day term, counted from the day after receipt, ending at Warsaw midnight.
import { describe, expect, it } from 'vitest';
import { fromWarsaw } from '@/lib/format/time';
import { requestDueAt } from '@/lib/privacy/rules/request-deadline';

describe('requestDueAt', () => {
  it.each([
    ['mid-day', fromWarsaw(2026, 12, 1, 12), fromWarsaw(2027, 1, 1)],
    ['just before midnight', fromWarsaw(2026, 12, 1, 23, 59), fromWarsaw(2027, 1, 1)],
    ['across February', fromWarsaw(2027, 2, 10, 9), fromWarsaw(2027, 3, 13)],
    ['across the change to summer time', fromWarsaw(2027, 3, 1, 9), fromWarsaw(2027, 4, 1)],
  ])('%s', (_name, received, due) => {
    expect(requestDueAt(received).toISOString()).toBe(due.toISOString());
  });
});
