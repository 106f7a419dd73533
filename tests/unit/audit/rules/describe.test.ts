// An audit row's before/after as readable lines: changed fields only, names from the catalogue,
// money formatted, codes translated, ids hidden, unknown fields and codes shown as stored.
import { describe, expect, it } from 'vitest';
import { describeChange } from '@/lib/audit/rules/describe';

const t = {
  fields: { status: 'Status', refundedGross: 'Zwrócono', published: 'Opublikowany', number: 'Numer' },
  values: { PAID: 'opłacone', REFUNDED: 'zwrócone' },
  yes: 'tak',
  no: 'nie',
  empty: '—',
  records: (n: number) => `${n} rekordów`,
};
const nb = (s: string) => s.replace(/\u00a0/g, ' ');

describe('describeChange', () => {
  it.each([
    [
      'a status and an amount',
      { status: 'PAID', refundedGross: 0 },
      { status: 'REFUNDED', refundedGross: 14800, currency: 'PLN' },
      [
        ['Status', 'opłacone', 'zwrócone'],
        ['Zwrócono', '0,00 zł', '148,00 zł'],
      ],
    ],
    ['a flag', { published: false }, { published: true }, [['Opublikowany', 'nie', 'tak']]],
    ['a newly set field', null, { published: true }, [['Opublikowany', null, 'tak']]],
    ['an unknown field and code', { mode: 'A' }, { mode: 'ZZ' }, [['mode', 'A', 'ZZ']]],
    [
      'ids are hidden, an unchanged number stays',
      { number: 'R-1', agreementId: 'x' },
      { number: 'R-1', agreementId: 'x', refundId: 'y' },
      [['Numer', null, 'R-1']],
    ],
    ['a list of records', null, { records: [{ count: 2 }, { count: 3 }] }, [['records', null, '5 rekordów']]],
    [
      'an instant, in Warsaw time',
      { at: null },
      { at: '2026-12-01T09:30:00.000Z' },
      [['at', '—', '1 grudnia 2026 10:30']],
    ],
    ['nothing changed', { status: 'PAID' }, { status: 'PAID' }, []],
  ])('%s', (_name, before, after, lines) => {
    expect(describeChange(before, after, t).map((l) => [l.field, l.from && nb(l.from), l.to && nb(l.to)])).toEqual(
      lines,
    );
  });
});
