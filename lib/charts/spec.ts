// What a chart shows, as plain data: the page model builds a spec, and the same spec becomes an SVG
// on the page (svg.ts), a drawing in a PDF (pdf.ts) and the table of its numbers (chartTable), so
// the three can never disagree.
import { messages } from '@/lib/i18n';
import { formatMoney } from '@/lib/format/money';
import { formatPercent } from '@/lib/format/percent';
import { perLocale } from '@/lib/format/intl-tag';

/** Colours by meaning; the palette (palette.ts) is readable by colour-blind people. */
export type Tone = 'primary' | 'good' | 'bad' | 'warn' | 'neutral';

/** 'percent': values are percentage points (0–100). Money: integer minor units of the currency. */
export type ValueFormat = 'count' | 'percent' | { currency: string };

export type BarSpec = {
  kind: 'bar';
  bars: { label: string; value: number; tone?: Tone }[];
  valueLabel: string;
  /** The table's first column; "Kategoria" when not given. */
  categoryLabel?: string;
  /** Labels along the side (long names, many bars); default columns, unless their names do not fit under them. */
  horizontal?: boolean;
  format?: ValueFormat;
  /** The language its numbers and words are written in; Polish when not given. */
  locale?: string;
};

export type LineSpec = {
  kind: 'line';
  /** x are ordered category labels (weeks, months): their first appearance gives the order. */
  points: { x: string; y: number; series?: string }[];
  xLabel: string;
  yLabel: string;
  /** y in percentage points; the axis then runs 0–100. */
  percent?: boolean;
  locale?: string;
};

export type HistogramSpec = {
  kind: 'histogram';
  bins: { from: number; to: number; count: number }[];
  xLabel: string;
  yLabel: string;
  /** A threshold drawn across the bins, e.g. the pass mark. */
  marker?: { at: number; label: string };
  locale?: string;
};

export type ChartSpec = BarSpec | LineSpec | HistogramSpec;

const countsIn = perLocale((tag) => new Intl.NumberFormat(tag, { maximumFractionDigits: 1 }));

export function formatValue(value: number, format: ValueFormat = 'count', locale?: string): string {
  if (format === 'count') return countsIn(locale).format(value);
  if (format === 'percent') return formatPercent(value, locale);
  return formatMoney(Math.round(value), format.currency, locale);
}

/** The series of a line chart in the order they first appear (one unnamed series when none). */
export function lineSeries(spec: LineSpec): string[] {
  return [...new Set(spec.points.map((p) => p.series ?? ''))];
}

export function lineXs(spec: LineSpec): string[] {
  return [...new Set(spec.points.map((p) => p.x))];
}

/** The numbers behind a chart, as the table shown beside it (and read by screen readers). */
export function chartTable(spec: ChartSpec): { head: string[]; rows: string[][] } {
  const m = messages(spec.locale).charts;
  switch (spec.kind) {
    case 'bar':
      return {
        head: [spec.categoryLabel ?? m.category, spec.valueLabel],
        rows: spec.bars.map((b) => [b.label, formatValue(b.value, spec.format, spec.locale)]),
      };
    case 'line': {
      const series = lineSeries(spec);
      const format = spec.percent ? 'percent' : 'count';
      const byKey = new Map(spec.points.map((p) => [`${p.x}\u0000${p.series ?? ''}`, p.y]));
      return {
        head: [spec.xLabel, ...series.map((s) => s || spec.yLabel)],
        rows: lineXs(spec).map((x) => [
          x,
          ...series.map((s) => {
            const y = byKey.get(`${x}\u0000${s}`);
            return y === undefined ? '–' : formatValue(y, format, spec.locale);
          }),
        ]),
      };
    }
    case 'histogram':
      return {
        head: [spec.xLabel, spec.yLabel],
        rows: spec.bins.map((b) => {
          const n = countsIn(spec.locale);
          return [m.range(n.format(b.from), n.format(b.to)), n.format(b.count)];
        }),
      };
  }
}
