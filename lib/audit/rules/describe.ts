// An audit row's before/after as lines a person can read: one line per field that changed (or was
// set), with the field's name from the catalogue and its values formatted (money, yes/no, lists).
// Pure: takes the stored JSON and the texts, so the history and the list show the same thing.
import { formatMoney } from '@/lib/format/money';

export type ChangeLine = { field: string; from: string | null; to: string | null };

export type DescribeTexts = {
  fields: Record<string, string>;
  yes: string;
  no: string;
  empty: string;
  records: (n: number) => string;
  /** Stored codes (statuses, methods) as words; an unknown code is shown as stored. */
  values: Record<string, string>;
};

const MONEY_FIELDS = new Set(['amount', 'refundedGross', 'priceGross', 'totalGross']);

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function value(key: string, v: unknown, currency: string, t: DescribeTexts): string {
  if (v === null || v === undefined || v === '') return t.empty;
  if (typeof v === 'boolean') return v ? t.yes : t.no;
  if (typeof v === 'number' && MONEY_FIELDS.has(key)) return formatMoney(v, currency);
  if (Array.isArray(v)) {
    if (v.every((x) => typeof x === 'string' || typeof x === 'number')) return v.length ? v.join(', ') : t.empty;
    // A list of records (a deletion's or retention's lines): how many rows in all.
    return t.records(v.reduce((n: number, x) => n + (isObj(x) && typeof x.count === 'number' ? x.count : 1), 0));
  }
  if (isObj(v)) {
    return Object.entries(v)
      .map(([k, x]) => `${t.fields[k] ?? k}: ${value(k, x, currency, t)}`)
      .join('; ');
  }
  if (typeof v === 'string') return t.values[v] ?? v;
  return String(v);
}

/** The changed (or newly set) fields, in the order the after-state names them. */
export function describeChange(before: unknown, after: unknown, t: DescribeTexts): ChangeLine[] {
  const b = isObj(before) ? before : {};
  const a = isObj(after) ? after : {};
  const currency = typeof a.currency === 'string' ? a.currency : typeof b.currency === 'string' ? b.currency : 'PLN';
  // Ids stay in the stored JSON for tracing; a person reads names and amounts instead.
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => k !== 'currency' && !/Ids?$/.test(k));
  const lines: ChangeLine[] = [];
  for (const k of keys) {
    const inBefore = k in b;
    const inAfter = k in a;
    if (inBefore && inAfter && JSON.stringify(b[k]) === JSON.stringify(a[k])) {
      // Unchanged numbers still say which record was meant (the request, the complaint).
      if (k === 'number' || k === 'complaint')
        lines.push({ field: t.fields[k] ?? k, from: null, to: value(k, a[k], currency, t) });
      continue;
    }
    lines.push({
      field: t.fields[k] ?? k,
      from: inBefore ? value(k, b[k], currency, t) : null,
      to: inAfter ? value(k, a[k], currency, t) : null,
    });
  }
  return lines;
}
