// The staff form of a new code, read into a DiscountCode's columns (pure): each refusal is a
// catalogue code beside its field — code format, dates in order, percent 1–100, amount > 0 with
// its currency, limits. Dates are Warsaw days; "valid to" is inclusive (stored as the next midnight).
import type { DiscountKind } from '@/lib/db/generated/enums';
import type { TextKey } from '@/lib/i18n';
import { CURRENCIES } from '@/lib/format/money';
import { fromWarsaw } from '@/lib/format/time';
import { parseZloty } from '@/lib/format/money';
import { CODE_FORMAT, normaliseCode } from './rules';

export type CodeFormRaw = Partial<
  Record<
    'code' | 'kind' | 'value' | 'currency' | 'validFrom' | 'validTo' | 'maxUses' | 'maxUsesPerPayer' | 'products',
    string
  >
> & { combinable?: string };

export type CodeColumns = {
  code: string;
  kind: DiscountKind;
  value: number;
  currency: string | null;
  validFrom: Date;
  validTo: Date;
  maxUses: number | null;
  maxUsesPerPayer: number | null;
  products: string[];
  combinable: boolean;
};

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const PRODUCT = /^[a-z0-9][a-z0-9-]{1,59}$/;

function day(raw: string | undefined): { y: number; m: number; d: number } | null {
  const m = DAY.exec(raw?.trim() ?? '');
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = new Date(Date.UTC(y, mo - 1, d));
  return probe.getUTCMonth() === mo - 1 && probe.getUTCDate() === d ? { y, m: mo, d } : null;
}

function limit(raw: string | undefined): number | null | undefined {
  const s = raw?.trim() ?? '';
  if (s === '') return null;
  return /^\d{1,6}$/.test(s) && Number(s) > 0 ? Number(s) : undefined;
}

/** "10", "12,5" → basis points 1000, 1250; null unless 1–100 with at most two decimals. */
export function percentPoints(raw: string): number | null {
  const m = /^(\d{1,3})(?:[.,](\d{1,2}))?$/.exec(raw.trim().replace(/%$/, '').trim());
  if (!m) return null;
  const bp = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  return bp >= 100 && bp <= 10000 ? bp : null;
}

export function parseCodeForm(
  raw: CodeFormRaw,
): { ok: true; columns: CodeColumns } | { ok: false; fields: Record<string, TextKey> } {
  const fields: Record<string, TextKey> = {};
  const code = normaliseCode(raw.code ?? '');
  if (!CODE_FORMAT.test(code)) fields.code = 'discounts.errors.codeFormat';
  const kind = raw.kind === 'PERCENT' || raw.kind === 'AMOUNT' ? raw.kind : null;
  if (!kind) fields.kind = 'discounts.errors.kind';
  let value: number | null = null;
  let currency: string | null = null;
  if (kind === 'PERCENT') {
    value = percentPoints(raw.value ?? '');
    if (value === null) fields.value = 'discounts.errors.percent';
  } else if (kind === 'AMOUNT') {
    value = parseZloty(raw.value ?? '');
    if (value === null || value <= 0) fields.value = 'discounts.errors.amount';
    currency = (CURRENCIES as readonly string[]).includes(raw.currency ?? '') ? raw.currency! : null;
    if (!currency) fields.currency = 'discounts.errors.currency';
  }
  const from = day(raw.validFrom);
  const to = day(raw.validTo);
  if (!from) fields.validFrom = 'discounts.errors.dateFormat';
  if (!to) fields.validTo = 'discounts.errors.dateFormat';
  const validFrom = from && fromWarsaw(from.y, from.m, from.d);
  const validTo = to && fromWarsaw(to.y, to.m, to.d + 1);
  if (validFrom && validTo && validTo <= validFrom) fields.validTo = 'discounts.errors.datesOrder';
  const maxUses = limit(raw.maxUses);
  const maxUsesPerPayer = limit(raw.maxUsesPerPayer);
  if (maxUses === undefined) fields.maxUses = 'discounts.errors.limit';
  if (maxUsesPerPayer === undefined) fields.maxUsesPerPayer = 'discounts.errors.limit';
  const products = [
    ...new Set(
      (raw.products ?? '')
        .split(/[,\s]+/)
        .map((p) => p.trim().toLowerCase())
        .filter(Boolean),
    ),
  ];
  if (products.some((p) => !PRODUCT.test(p))) fields.products = 'discounts.errors.products';
  if (Object.keys(fields).length > 0) return { ok: false, fields };
  return {
    ok: true,
    columns: {
      code,
      kind: kind!,
      value: value!,
      currency,
      validFrom: validFrom!,
      validTo: validTo!,
      maxUses: maxUses ?? null,
      maxUsesPerPayer: maxUsesPerPayer ?? null,
      products,
      combinable: raw.combinable === 'on',
    },
  };
}
