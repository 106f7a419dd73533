import { describe, expect, it } from 'vitest';
import { agreementStatusText } from '@/lib/licence/planner-school-page';

const at = new Date('2026-12-02T10:00:00Z');
const row = { id: 'a', fileName: 'umowa.pdf', uploadedAt: at, reviewedAt: at, rejectionReason: null };

describe("the school agreement's state in words", () => {
  it.each([
    ['none yet', null, /nie została jeszcze przesłana/],
    ['waiting', { ...row, status: 'SUBMITTED' as const, reviewedAt: null }, /czeka na sprawdzenie/],
    ['accepted', { ...row, status: 'ACCEPTED' as const }, /zaakceptowana .*Można wprowadzać dane uczniów/],
    [
      'rejected, with the reason',
      { ...row, status: 'REJECTED' as const, rejectionReason: 'Brak podpisu' },
      /Powód: Brak podpisu/,
    ],
  ])('%s', (_name, latest, expected) => {
    expect(agreementStatusText(latest)).toMatch(expected);
  });

  it('is in English for a reader of English', () => {
    expect(agreementStatusText({ ...row, status: 'ACCEPTED' as const }, 'en')).toMatch(
      /^Agreement accepted on .*2026.*Students' data can be entered\.$/,
    );
  });
});
