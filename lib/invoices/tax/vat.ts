// VAT from gross prices. Every price on the platform is gross, so invoices are computed "from
// gross" (art. 106e ust. 7–8 of the VAT Act): VAT = gross × rate / (100 + rate), net = gross − VAT.
import { divRoundHalfUp } from '@/lib/format/money';

export const DEFAULT_VAT_RATE = 23;

export type VatSplit = { net: number; vat: number; gross: number };

function assertRate(rate: number): void {
  if (!Number.isInteger(rate) || rate < 0 || rate >= 100) throw new Error(`Invalid VAT rate: ${rate}`);
}

function assertMinor(value: number, what: string): void {
  if (!Number.isSafeInteger(value) || value < 0)
    throw new Error(`${what} must be a non-negative integer number of grosze: ${value}`);
}

/** Splits a gross amount in grosze; VAT is rounded half up to the grosz, net takes the rest. */
export function splitGross(grossMinor: number, ratePercent: number = DEFAULT_VAT_RATE): VatSplit {
  assertMinor(grossMinor, 'Gross amount');
  assertRate(ratePercent);
  const vat = divRoundHalfUp(grossMinor * ratePercent, 100 + ratePercent);
  return { net: grossMinor - vat, vat, gross: grossMinor };
}

/** `discountGross`: a discount on the line's value (art. 106e ust. 1 pt 10), e.g. the sibling discount. */
export type TaxLine = { name: string; quantity: number; unitGross: number; vatRate: number; discountGross?: number };
export type TaxedLine<L extends TaxLine = TaxLine> = L & VatSplit & { unitNet: number };
export type RateSummary = VatSplit & { vatRate: number };
export type InvoiceTotals<L extends TaxLine = TaxLine> = VatSplit & { lines: TaxedLine<L>[]; byRate: RateSummary[] };

/**
 * Lines and the "summary by rate" table of one invoice.
 *
 * The law fixes VAT on the gross sum per rate (art. 106e ust. 8), so that sum is split first.
 * Rounding each line separately could then disagree with it by a grosz or two, so the rate's
 * VAT is shared out among its lines by the largest-remainder method: each line gets its exact
 * VAT rounded down or up, and the lines add up to the rate total to the grosz. A single line
 * gets exactly splitGross of its gross.
 */
export function invoiceTotals<L extends TaxLine>(lines: readonly L[]): InvoiceTotals<L> {
  if (lines.length === 0) throw new Error('An invoice needs at least one line');
  const grosses = lines.map((l) => {
    if (!Number.isInteger(l.quantity) || l.quantity < 1) throw new Error(`Invalid quantity: ${l.quantity}`);
    assertMinor(l.unitGross, 'Unit gross price');
    assertRate(l.vatRate);
    const discount = l.discountGross ?? 0;
    assertMinor(discount, 'Discount');
    const gross = l.unitGross * l.quantity - discount;
    assertMinor(gross, 'Gross value after the discount');
    return gross;
  });

  const vats = new Array<number>(lines.length).fill(0);
  const rates = [...new Set(lines.map((l) => l.vatRate))].sort((a, b) => b - a);
  const byRate = rates.map((rate): RateSummary => {
    const idx = lines.flatMap((l, i) => (l.vatRate === rate ? [i] : []));
    const total = splitGross(
      idx.reduce((s, i) => s + grosses[i], 0),
      rate,
    );
    // Integer arithmetic: exact VAT of a line is (gross × rate) / (100 + rate) = floor + rem/den.
    const den = 100 + rate;
    let left = total.vat;
    for (const i of idx) {
      vats[i] = Math.floor((grosses[i] * rate) / den);
      left -= vats[i];
    }
    // `left` is between 0 and the number of lines; the largest fractions get the extra grosz.
    const byRemainder = [...idx].sort((a, b) => ((grosses[b] * rate) % den) - ((grosses[a] * rate) % den) || a - b);
    for (const i of byRemainder.slice(0, left)) vats[i] += 1;
    return { vatRate: rate, ...total };
  });

  const taxed = lines.map((l, i): TaxedLine<L> => {
    const net = grosses[i] - vats[i];
    // Shown in the "Cena netto" column only; the line's net is computed from its gross, not from this.
    const unitNet = divRoundHalfUp(net, l.quantity);
    return { ...l, unitNet, net, vat: vats[i], gross: grosses[i] };
  });
  const sum = (k: keyof VatSplit) => byRate.reduce((s, r) => s + r[k], 0);
  return { lines: taxed, byRate, net: sum('net'), vat: sum('vat'), gross: sum('gross') };
}
