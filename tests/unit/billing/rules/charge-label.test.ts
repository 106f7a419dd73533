// A charge's label is stored as a key: rendered in the reader's language, the Polish rendering is
// the text stored for invoices, and an old row without a key shows its stored text marked Polish.
import { describe, expect, it } from 'vitest';
import { chargeLabel, chargeLabelText, labelled, type ChargeLabelKey } from '@/lib/billing/rules/charge-label';

describe('chargeLabelText', () => {
  it.each<[ChargeLabelKey, string, string]>([
    [{ key: 'full' }, 'Opłata za cały kurs', 'Fee for the whole course'],
    [{ key: 'starterPack' }, 'Pakiet Kursanta (bezzwrotny)', "Learner's Pack (non-refundable)"],
    [{ key: 'settlement' }, 'Rozliczenie po zakończeniu umowy', 'Settlement after the contract ends'],
    [{ key: 'topUp' }, 'Dopłata po odmowie rabatu', 'Surcharge after a discount was refused'],
    [
      { key: 'month', from: '2026-12-04', to: '2027-01-03' },
      'Opłata miesięczna: 4 grudnia 2026 – 3 stycznia 2027',
      'Monthly fee: 4 December 2026 – 3 January 2027',
    ],
    [
      { key: 'period', n: 2, from: '2027-01-07', to: '2027-01-28' },
      'Abonament 2: 7 stycznia 2027 – 28 stycznia 2027',
      'Subscription 2: 7 January 2027 – 28 January 2027',
    ],
    [
      { key: 'proforma', from: '2026-12-04', to: '2027-08-31' },
      'Licencja: 4 grudnia 2026 – 31 sierpnia 2027',
      'Licence: 4 December 2026 – 31 August 2027',
    ],
    [{ key: 'instalment', n: 3, of: 10 }, 'Rata 3 z 10', 'Instalment 3 of 10'],
    [{ key: 'instalment', n: 1, of: 1 }, 'Opłata roczna', 'Yearly fee'],
  ])('%j is "%s" in Polish and "%s" in English', (key, pl, en) => {
    expect(chargeLabelText(key)).toBe(pl);
    expect(chargeLabelText(key, 'pl')).toBe(pl);
    expect(chargeLabelText(key, 'en')).toBe(en);
    expect(chargeLabel(labelled(key), 'en')).toEqual({ text: en });
    expect(labelled(key).label).toBe(pl);
  });
});

describe('chargeLabel', () => {
  it('shows an old row without a key as stored, marked Polish for a reader of another language', () => {
    const old = { label: 'Rata 1 z 2', labelKey: null };
    expect(chargeLabel(old, 'en')).toEqual({ text: 'Rata 1 z 2', lang: 'pl' });
    expect(chargeLabel(old, 'pl')).toEqual({ text: 'Rata 1 z 2' });
  });

  it('treats an unreadable key like a missing one', () => {
    expect(chargeLabel({ label: 'Opłata', labelKey: { key: 'month', from: 'yesterday' } }, 'en')).toEqual({
      text: 'Opłata',
      lang: 'pl',
    });
  });
});
