// The retention cut-offs the daily jobs delete before, against the periods the privacy policy states.
import { describe, expect, it } from 'vitest';
import { RETENTION, retentionCutoffs } from '@/lib/legal/rules/retention';
import { latestVersion } from '@/lib/legal/registry';
import { parseSeller } from '@/lib/invoices/seller';

const now = new Date('2026-12-15T10:00:00Z'); // 11:00 in Warsaw

describe('retention cut-offs', () => {
  it.each([
    ['contactMessage', '2025-12-15T10:00:00.000Z'],
    ['complaintAnswered', '2023-12-15T10:00:00.000Z'],
    ['passwordReset', '2026-12-14T10:00:00.000Z'],
    ['loginThrottle', '2026-12-14T10:00:00.000Z'],
    ['unpaidOrder', '2026-09-16T10:00:00.000Z'],
    ['emailBody', '2025-12-15T10:00:00.000Z'],
    ['emailRecord', '2023-12-15T10:00:00.000Z'],
  ] as const)('%s: rows before %s are past their period', (key, at) => {
    expect(retentionCutoffs(now)[key].toISOString()).toBe(at);
  });

  it('counts months on the Warsaw calendar across summer time (11:00 stays 11:00)', () => {
    expect(retentionCutoffs(new Date('2027-07-31T09:00:00Z')).unpaidOrder.toISOString()).toBe(
      '2027-05-02T09:00:00.000Z',
    );
    // 31 Mar 2027 11:00 CEST − 12 months = 31 Mar 2026 11:00 CEST.
    expect(retentionCutoffs(new Date('2027-03-31T09:00:00Z')).contactMessage.toISOString()).toBe(
      '2026-03-31T09:00:00.000Z',
    );
  });
});

describe('the privacy policy states the periods the jobs enforce', () => {
  const text = JSON.stringify(
    latestVersion('privacy').render({
      seller: parseSeller({}),
      urls: { site: 's', terms: 't', privacy: 'p', familyTerms: 'f', complaints: 'c', contact: 'k' },
    }),
  );
  it.each([
    [
      'contact messages',
      RETENTION.contactMessageMonths === 12,
      'wiadomości z formularza kontaktowego — rok od wysłania',
    ],
    [
      'complaints',
      RETENTION.complaintAfterAnswerMonths === 36,
      'reklamacje wraz z odpowiedzią — 3 lata od udzielenia odpowiedzi',
    ],
    ['reset links', RETENTION.passwordResetHours === 24, 'usuwamy dobę po wykorzystaniu lub wygaśnięciu'],
    ['login counters', RETENTION.loginThrottleHours === 24, 'liczniki nieudanych logowań — dobę'],
    ['unpaid orders', RETENTION.unpaidOrderDays === 90, '90 dni od złożenia'],
    ['e-mail bodies', RETENTION.emailBodyMonths === 12, 'treść wysłanych wiadomości e-mail — 12 miesięcy'],
    ['e-mail records', RETENTION.emailRecordMonths === 36, 'usuwamy po 3 latach'],
  ])('%s', (_name, periodMatches, phrase) => {
    expect(periodMatches).toBe(true);
    expect(text).toContain(phrase);
  });
});
