import { describe, expect, it } from 'vitest';
import { fromWarsaw } from '@/lib/format/time';
import { complaintView, type ComplaintRecord } from '@/lib/support/complaint-view';
import { answerDeadline } from '@/lib/support/rules/answer-deadline';

const receivedAt = fromWarsaw(2026, 12, 1, 10);
const base: ComplaintRecord = {
  id: 'c1',
  number: 'REK-20261201-AAAAA',
  name: 'Anna Nowak',
  email: 'anna@example.com',
  description: 'Nie działa wideo',
  demand: 'Naprawa',
  receivedAt,
  dueAt: answerDeadline(receivedAt).dueAt,
  answer: null,
  answeredAt: null,
  order: null,
  answeredBy: null,
};

describe('complaintView: the countdown staff see', () => {
  it.each([
    [fromWarsaw(2026, 12, 1, 12), 'zostało 14 dni', 'ok'],
    [fromWarsaw(2026, 12, 12, 12), 'zostało 3 dni', 'soon'],
    [fromWarsaw(2026, 12, 14, 12), 'zostało 1 dzień', 'soon'],
    [fromWarsaw(2026, 12, 15, 23, 59), 'ostatni dzień', 'soon'],
    [fromWarsaw(2026, 12, 16, 0, 0), 'po terminie o 1 dzień', 'overdue'],
  ])('at %s: %s (%s)', (now, text, tone) => {
    expect(complaintView(base, now).countdown).toEqual({ text, tone });
  });

  it('shows no countdown once answered, and the answer with who gave it', () => {
    const v = complaintView(
      {
        ...base,
        answer: 'Naprawione',
        answeredAt: fromWarsaw(2026, 12, 3, 9),
        answeredBy: { firstName: 'Ewa', lastName: 'Zespół' },
      },
      fromWarsaw(2026, 12, 20),
    );
    expect(v.countdown).toBeNull();
    expect(v.answer).toMatchObject({ text: 'Naprawione', by: 'Ewa Zespół' });
    expect(v.lastDay).toBe('15 grudnia 2026');
  });

  it("is worded and dated in the reader's language", () => {
    const v = complaintView(base, fromWarsaw(2026, 12, 12, 12), 'en');
    expect(v.countdown).toEqual({ text: '3 days left', tone: 'soon' });
    expect(v.lastDay).toBe('15 December 2026');
    expect(v.received).not.toMatch(/grudnia|listopada/);
  });
});
