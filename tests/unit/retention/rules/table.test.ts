// The retention table's rules: what is due at a given moment, what the job does with it, and that
// the privacy policy's section tells every record type with the table's own periods.
import { describe, expect, it } from 'vitest';
import { cutoff, isDue, jobAction, RECORD_TYPES, RETENTION_TABLE, ruleOf } from '@/lib/retention/rules/table';
import { POLICY_POINTS, retentionSection, TOLD_IN } from '@/lib/legal/privacy/retention-section';
import { fromWarsaw } from '@/lib/format/time';

const NOW = fromWarsaw(2027, 3, 15, 3, 0); // 03:00 Warsaw, when the job runs
const H = 3_600_000;

describe('what is due at a given moment', () => {
  it.each([
    // type, the record's start, due?
    ['passwordResetToken', new Date(NOW.getTime() - 25 * H), true],
    ['passwordResetToken', new Date(NOW.getTime() - 23 * H), false],
    ['passwordResetToken', new Date(NOW.getTime() - 24 * H), false], // exactly at the cut-off: kept
    ['loginThrottle', new Date(NOW.getTime() - 24 * H - 1), true],
    ['authSession', fromWarsaw(2027, 2, 12, 3, 0), true], // 31 days
    ['authSession', fromWarsaw(2027, 2, 14, 3, 0), false], // 29 days
    ['contactMessage', fromWarsaw(2026, 3, 14), true],
    ['contactMessage', fromWarsaw(2026, 3, 16), false],
    ['emailBody', fromWarsaw(2026, 3, 14), true],
    ['emailRecord', fromWarsaw(2024, 3, 14), true],
    ['emailRecord', fromWarsaw(2024, 3, 16), false],
    ['abandonedOrder', fromWarsaw(2026, 12, 14), true], // 91 days
    ['abandonedOrder', fromWarsaw(2026, 12, 16), false], // 89 days
    ['participantList', fromWarsaw(2027, 2, 12), true],
    ['groupParticipant', fromWarsaw(2027, 2, 14), false],
    ['agreementScanAccepted', fromWarsaw(2024, 3, 14), true],
    // 5 years from the END of the record's year: a 2021 invoice is due from 1 Jan 2027, a 2022 one is not.
    ['taxRecords', fromWarsaw(2021, 1, 10), true],
    ['taxRecords', fromWarsaw(2021, 12, 31, 23, 59), true],
    ['taxRecords', fromWarsaw(2022, 1, 1, 0, 0), false],
    ['auditEntry', fromWarsaw(2022, 6, 1), false],
    // Kept while the account lasts: never due by time.
    ['account', fromWarsaw(2000, 1, 1), false],
    ['child', fromWarsaw(2000, 1, 1), false],
    // Live classes: bookings a year after the class, recordings 30 days, undelivered classes like tax records.
    ['liveBooking', fromWarsaw(2026, 3, 14), true],
    ['liveBooking', fromWarsaw(2026, 3, 16), false],
    ['liveRecording', fromWarsaw(2027, 2, 12, 3, 0), true],
    ['liveRecording', fromWarsaw(2027, 2, 14, 3, 0), false],
    ['liveUndelivered', fromWarsaw(2021, 12, 31, 23, 59), true],
    ['liveUndelivered', fromWarsaw(2022, 1, 1, 0, 0), false],
    ['calendarFeedToken', new Date(NOW.getTime() - 25 * H), true],
    ['calendarFeedToken', new Date(NOW.getTime() - 23 * H), false],
  ] as const)('%s started %s → due: %s', (type, start, due) => {
    expect(isDue(ruleOf(type), start, NOW)).toBe(due);
  });

  it('counts months in Warsaw calendar months (31 March minus one month is the last day of February)', () => {
    expect(cutoff({ n: 1, unit: 'months' }, fromWarsaw(2027, 3, 31, 12)).toISOString()).toBe(
      fromWarsaw(2027, 2, 28, 12).toISOString(),
    );
  });
});

describe('what the daily job does with a due record', () => {
  it.each([
    ['emailBody', 'anonymise'],
    ['emailRecord', 'delete'],
    ['groupParticipant', 'anonymise'],
    ['participantList', 'deleteFile'],
    ['agreementScanRejected', 'deleteFile'],
    ['dataExportFile', 'deleteFile'],
    ['authSession', 'delete'],
    ['emailChangeToken', 'delete'],
    ['centreAccount', 'delete'],
    ['schoolPlannerData', 'delete'],
    // Kept by law, handled at the account's deletion, or waiting for a product: the job does nothing.
    ['taxRecords', null],
    ['certificate', null],
    ['auditEntry', null],
    ['account', null],
    ['child', null],
    ['liveBooking', 'delete'],
    ['calendarFeedToken', 'delete'],
    // Its own job deletes it (at BBB too); kept by law.
    ['liveRecording', null],
    ['liveUndelivered', null],
  ] as const)('%s → %s', (type, action) => {
    expect(jobAction(ruleOf(type))).toBe(action);
  });

  it('has exactly one rule per record type, each with a basis, and a period unless kept while something lasts', () => {
    expect(RETENTION_TABLE.map((r) => r.type).sort()).toEqual([...RECORD_TYPES].sort());
    for (const r of RETENTION_TABLE) {
      expect(r.basis).toBeTruthy();
      if (r.enforced !== 'atEvent') expect(r.keep, r.type).not.toBeNull();
    }
  });

  it('rows for products not built yet say why their runner does nothing', () => {
    for (const r of RETENTION_TABLE.filter((x) => x.enforced === 'awaitingProduct'))
      expect(r.note).toMatch(/not built yet.*no-op/);
    expect(ruleOf('centreAccount')).toMatchObject({ keep: { n: 8, unit: 'months' }, from: 'contractEnd' });
    expect(ruleOf('schoolPlannerData')).toMatchObject({ keep: { n: 30, unit: 'days' }, from: 'licenceEnd' });
  });
});

describe("the privacy policy's section is the table", () => {
  it('tells every record type, in its own point or in the point of one with the same story', () => {
    for (const t of RECORD_TYPES) expect(POLICY_POINTS[t] ?? TOLD_IN[t], t).toBeTruthy();
    const text = JSON.stringify(retentionSection());
    expect(text).toContain('sesje logowania (urządzenie, przybliżony adres IP) — 30 dni');
    expect(text).toContain('treść wysłanych wiadomości e-mail — 12 miesięcy od utworzenia');
    expect(text).toContain('które usuwamy po 3 latach');
    expect(text).toContain('przez czas umowy i 8 miesięcy od jej zakończenia');
    expect(text).toContain('do 30 dni od wygaśnięcia licencji szkoły');
    expect(text).toContain('obecność — 12 miesięcy od zakończenia zajęć; nagrania zajęć — 30 dni od ich zakończenia');
    expect(text).toContain('usuwamy go po 24 godzinach');
  });
});
