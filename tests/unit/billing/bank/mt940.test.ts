// The MT940 parser on a statement as a Polish bank exports it: SWIFT envelope, balances with
// leading zeros, credits and a debit, :86: structured with ~ (and ^) subfields over several
// lines, Polish letters, a title the bank split mid-number.
import { describe, expect, it } from 'vitest';
import { details, mt940Amount, parseMt940 } from '@/lib/billing/bank/mt940';

const STATEMENT = [
  '{1:F01BREXPLPWAXXX0000000000}{2:I940BREXPLPWXXXXN}{4:',
  ':20:MT940/2026/11/28',
  ':25:/PL61114020040000350230599137',
  ':28C:00245/001',
  ':60F:C261127PLN000000012345,67',
  ':61:2611271127CN000000001230,00NTRFNONREF//PF20261127001',
  ':86:020~00PRZELEW PRZYCHODZĄCY~20PF/2026/000001 Licencja Plane',
  '~21r szkolny 2026/27~22~23~24~25~3010202892~310000123456789012',
  '~32SZKOŁA PODSTAWOWA NR 12 IM.~33 MARII SKŁODOWSKIEJ-CURIE',
  '~38PL12102028920000123456789012~60~63',
  ':61:2611281128DN000000000050,00NCHGNONREF//CHG1128',
  ':86:073~00OPŁATA~20Opłata za prowadzenie rachunku~21listopad',
  ':61:261128C450,N641REF-4711',
  ':86:020^00PRZELEW^20Zapłata za PF/2026/00^210002 — Żółć^32JAN KOWALSKI',
  ':62F:C261128PLN000000013525,67',
  '-}',
].join('\r\n');

describe('parseMt940', () => {
  const result = parseMt940(STATEMENT);
  if (!result.ok) throw new Error('statement not parsed');
  const [s] = result.statements;

  it('reads the header and both balances', () => {
    expect(result.statements).toHaveLength(1);
    expect(s.reference).toBe('MT940/2026/11/28');
    expect(s.account).toBe('PL61114020040000350230599137');
    expect(s.number).toBe('00245/001');
    expect(s.opening).toEqual({ mark: 'C', date: '2026-11-27', currency: 'PLN', amount: 1234567 });
    expect(s.closing).toEqual({ mark: 'C', date: '2026-11-28', currency: 'PLN', amount: 1352567 });
  });

  it('reads each :61: with dates, mark, amount, type and references', () => {
    expect(
      s.entries.map((e) => [e.valueDate, e.entryDate, e.mark, e.amount, e.type, e.customerReference, e.bankReference]),
    ).toEqual([
      ['2026-11-27', '2026-11-27', 'C', 123000, 'NTRF', 'NONREF', 'PF20261127001'],
      ['2026-11-28', '2026-11-28', 'D', 5000, 'NCHG', 'NONREF', 'CHG1128'],
      ['2026-11-28', null, 'C', 45000, 'N641', 'REF-4711', null],
    ]);
  });

  it('joins a multi-line :86: and its title subfields ~20–~29, with Polish letters intact', () => {
    const d = s.entries[0].details;
    expect(d.code).toBe('020');
    expect(d.subfields['00']).toBe('PRZELEW PRZYCHODZĄCY');
    expect(d.title).toBe('PF/2026/000001 Licencja Planer szkolny 2026/27');
    expect(d.counterpartyName).toBe('SZKOŁA PODSTAWOWA NR 12 IM. MARII SKŁODOWSKIEJ-CURIE');
    expect(d.counterpartyAccount).toBe('PL12102028920000123456789012');
  });

  it('reads ^ as the separator too, and a number split between ~20 and ~21 comes back whole', () => {
    const d = s.entries[2].details;
    expect(d.title).toBe('Zapłata za PF/2026/000002 — Żółć');
    expect(d.counterpartyName).toBe('JAN KOWALSKI');
  });

  it('keeps each line as written, for telling it again on a re-import', () => {
    expect(s.entries[1].raw).toBe(
      ':61:2611281128DN000000000050,00NCHGNONREF//CHG1128\n:86:073~00OPŁATA~20Opłata za prowadzenie rachunku~21listopad',
    );
  });

  it('refuses what is not a statement', () => {
    expect(parseMt940('Data;Kwota;Tytuł\n2026-11-27;1230,00;PF/2026/000001')).toEqual({
      ok: false,
      reason: 'not-mt940',
    });
  });

  it('reads several statements in one file, and an entry date across New Year', () => {
    const two = parseMt940(
      [
        ':20:A',
        ':25:PL1',
        ':60F:C261231PLN0,00',
        ':61:2612310102C10,00NTRFX',
        ':62F:C261231PLN10,00',
        ':20:B',
        ':25:PL1',
        ':61:270102D1,5NTRFY',
      ].join('\n'),
    );
    expect(two.ok && two.statements.map((x) => x.entries.map((e) => [e.entryDate, e.amount]))).toEqual([
      [['2027-01-02', 1000]],
      [[null, 150]],
    ]);
  });
});

describe('pieces', () => {
  it.each([
    ['1230,00', 123000],
    ['000000012345,67', 1234567],
    ['450,', 45000],
    ['1,5', 150],
    ['12.50', null],
  ])('amount %s → %s', (text, minor) => expect(mt940Amount(text)).toBe(minor));

  it('an unstructured :86: is its text', () => {
    expect(details('Wpłata PF/2026/000003\nod szkoły')).toMatchObject({
      code: null,
      title: 'Wpłata PF/2026/000003 od szkoły',
    });
  });
});
