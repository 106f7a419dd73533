import { describe, expect, it } from 'vitest';
import { COMMISSIONS, VOIVODESHIPS, commissionOf } from '@/lib/matura/data/oke';
import { checkOkeCode, suggestCommission } from '@/lib/matura/rules/oke-code';
import { messages, text } from '@/lib/i18n';

describe('checkOkeCode (A1, seed §1.4: format TTTTTT-NNTSS only, never a checksum)', () => {
  it.each([
    // code, suggested commission — the voivodeship digits decide (OKE table)
    ['146501-01101', 'warszawa'],
    ['226101-0313A', 'gdansk'],
    ['126101-03A7X', 'krakow'],
    ['020000-99999', 'wroclaw'],
    ['326201-0611Z', 'poznan'],
    ['  246901-0113c ', 'jaworzno'],
  ])('accepts %s and suggests %s', (code, commission) => {
    const r = checkOkeCode(code);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.suggestedCommission).toBe(commission);
      expect(r.value.code).toBe(code.trim().toUpperCase());
      expect(r.value.code).toHaveLength(12);
    }
  });

  it.each([
    // any two check characters: nobody publishes how they are computed (zpd.ibe.edu.pl)
    ['146501-01100'],
    ['146501-011ZZ'],
    ['146501-01199'],
  ])('never rejects on the check characters: %s', (code) => {
    expect(checkOkeCode(code).ok).toBe(true);
  });

  it.each([
    ['', ['matura.okeCode.empty']],
    ['   ', ['matura.okeCode.empty']],
    ['14650101101', [{ code: 'matura.okeCode.length', params: [11] }]],
    ['146501-011011', [{ code: 'matura.okeCode.length', params: [13] }]],
    ['14650A-01101', ['matura.okeCode.teryt']],
    ['996501-01101', ['matura.okeCode.voivodeship']],
    ['156501-01101', ['matura.okeCode.voivodeship']],
    ['146501_01101', ['matura.okeCode.dash']],
    ['146501-0A101', ['matura.okeCode.number']],
    ['146501-01-01', ['matura.okeCode.schoolType']],
    ['146501-01S01', ['matura.okeCode.noMatura']],
    ['146501-01G01', ['matura.okeCode.noMatura']],
    ['146501-011-1', ['matura.okeCode.checkCharacters']],
    [
      '1465X1 0A.+!',
      [
        'matura.okeCode.teryt',
        'matura.okeCode.dash',
        'matura.okeCode.number',
        'matura.okeCode.schoolType',
        'matura.okeCode.checkCharacters',
      ],
    ],
  ])('refuses %j with every reason', (code, reasons) => {
    const r = checkOkeCode(code);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reasons).toEqual(reasons);
      expect(r.reason).toEqual(reasons[0]);
      for (const reason of r.reasons) expect(text(reason)).not.toMatch(/^matura\./);
    }
  });
});

describe('the OKE table: eight commissions over the sixteen voivodeships', () => {
  it('serves every voivodeship by exactly one commission', () => {
    expect(COMMISSIONS).toHaveLength(8);
    const served = COMMISSIONS.flatMap((c) => c.voivodeships);
    expect([...served].sort()).toEqual([...VOIVODESHIPS]);
  });

  it.each([
    ['02', 'wroclaw'],
    ['04', 'gdansk'],
    ['06', 'krakow'],
    ['08', 'poznan'],
    ['10', 'lodz'],
    ['12', 'krakow'],
    ['14', 'warszawa'],
    ['16', 'wroclaw'],
    ['18', 'krakow'],
    ['20', 'lomza'],
    ['22', 'gdansk'],
    ['24', 'jaworzno'],
    ['26', 'lodz'],
    ['28', 'lomza'],
    ['30', 'poznan'],
    ['32', 'poznan'],
  ] as const)('voivodeship %s → OKE %s', (v, oke) => {
    expect(commissionOf(v).code).toBe(oke);
    expect(messages().matura.voivodeships[v]).toBeTruthy();
  });

  it('names every commission and its city in the catalogue', () => {
    for (const c of COMMISSIONS) {
      expect(messages().matura.oke[c.code].name).toMatch(/^Okręgowa Komisja Egzaminacyjna/);
      expect(messages().matura.oke[c.code].city).toBeTruthy();
    }
  });

  it.each([
    ['14', 'warszawa'],
    ['2', null],
    ['30650', 'poznan'],
    ['00', null],
    ['', null],
  ])('suggests a commission while typing %j → %s', (typed, oke) => {
    expect(suggestCommission(typed)).toBe(oke);
  });
});
