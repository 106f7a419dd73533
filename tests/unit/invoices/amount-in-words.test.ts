import { describe, expect, it } from 'vitest';
import { amountInWords, numberInWords } from '@/lib/invoices/amount-in-words';

const zl = (zloty: number, grosze = 0) => amountInWords(zloty * 100 + grosze);

describe('amountInWords', () => {
  it.each([
    [0, 'zero złotych 00/100'],
    [1, 'jeden złoty 00/100'],
    [2, 'dwa złote 00/100'],
    [5, 'pięć złotych 00/100'],
    [11, 'jedenaście złotych 00/100'],
    [12, 'dwanaście złotych 00/100'],
    [21, 'dwadzieścia jeden złotych 00/100'],
    [22, 'dwadzieścia dwa złote 00/100'],
    [100, 'sto złotych 00/100'],
    [104, 'sto cztery złote 00/100'],
    [114, 'sto czternaście złotych 00/100'],
    [1000, 'jeden tysiąc złotych 00/100'],
    [2000, 'dwa tysiące złotych 00/100'],
    [5000, 'pięć tysięcy złotych 00/100'],
    [12_000, 'dwanaście tysięcy złotych 00/100'],
    [22_000, 'dwadzieścia dwa tysiące złotych 00/100'],
    [1_000_000, 'jeden milion złotych 00/100'],
  ])('%i zł → %s', (zloty, words) => {
    expect(zl(zloty)).toBe(words);
  });

  it('writes grosze as a two-digit fraction', () => {
    expect(zl(2399, 20)).toBe('dwa tysiące trzysta dziewięćdziesiąt dziewięć złotych 20/100');
    expect(amountInWords(5)).toBe('zero złotych 05/100');
  });

  it('handles every scale together', () => {
    expect(numberInWords(2_305_412_019)).toBe(
      'dwa miliardy trzysta pięć milionów czterysta dwanaście tysięcy dziewiętnaście',
    );
    expect(numberInWords(1_001_001)).toBe('jeden milion jeden tysiąc jeden');
  });

  it('names the invoice currency: a family package paid in GBP, EUR or USD', () => {
    expect(amountInWords(66288, 'GBP')).toBe('sześćset sześćdziesiąt dwa funty szterlingi 88/100');
    expect(amountInWords(61900, 'GBP')).toBe('sześćset dziewiętnaście funtów szterlingów 00/100');
    expect(amountInWords(116800, 'EUR')).toBe('jeden tysiąc sto sześćdziesiąt osiem euro 00/100');
    expect(amountInWords(100, 'USD')).toBe('jeden dolar amerykański 00/100');
    expect(amountInWords(80900, 'USD')).toBe('osiemset dziewięć dolarów amerykańskich 00/100');
    expect(() => amountInWords(100, 'CHF')).toThrow();
  });

  it('refuses negative, fractional and too large amounts', () => {
    expect(() => amountInWords(-1)).toThrow();
    expect(() => amountInWords(1.5)).toThrow();
    expect(() => numberInWords(1e12)).toThrow();
  });
});
