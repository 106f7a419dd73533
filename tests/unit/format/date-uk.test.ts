import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from '@/lib/format/time';

describe('formatDate in Ukrainian', () => {
  const d = new Date('2026-12-15T12:00:00Z');
  it('writes the day without "р.", so a sentence ending on it has one full stop', () => {
    expect(formatDate(d, 'uk')).toBe('15 грудня 2026');
    expect(`Нова версія діє з ${formatDate(d, 'uk')}.`).not.toContain('..');
  });
  it('leaves Polish, English and the date with its time as Intl writes them', () => {
    expect(formatDate(d, 'pl')).toBe('15 grudnia 2026');
    expect(formatDate(d, 'en')).toBe('15 December 2026');
    expect(formatDateTime(d, 'uk')).toContain('2026');
  });
});
