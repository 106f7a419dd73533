// The legend of a chart with several series, as plain data: the page writes it as a list of names
// beside the SVG (components/charts/chart.tsx) and the PDF writes it with pdfkit (pdf.ts). The
// line's markers are these same shapes (draw/line.ts), so a swatch always shows what the line
// draws; a legend inside the SVG would be hidden with it from assistive technology.
import { lineSeries, type ChartSpec } from './spec';
import { SERIES, SYMBOLS } from './palette';

export type LegendItem = { label: string; color: string; symbol: (typeof SYMBOLS)[number] };

/** One item a named series, in the order the series appear; empty for a single series. */
export function chartLegend(spec: ChartSpec): LegendItem[] {
  if (spec.kind !== 'line') return [];
  const series = lineSeries(spec);
  if (series.length < 2) return [];
  return series.map((label, i) => ({
    label,
    color: SERIES[i % SERIES.length],
    symbol: SYMBOLS[i % SYMBOLS.length],
  }));
}

const STAR = Array.from({ length: 10 }, (_, i) => {
  const r = i % 2 === 0 ? 5 : 2.2;
  const a = (Math.PI / 5) * i - Math.PI / 2;
  return `${(6 + r * Math.cos(a)).toFixed(2)},${(6 + r * Math.sin(a)).toFixed(2)}`;
}).join(' ');

/** The shape a series' dots have on the line, as the inside of a 12×12 SVG (see SYMBOLS). */
export function swatchShape(item: LegendItem): string {
  const fill = `fill="${item.color}"`;
  switch (item.symbol) {
    case 'circle':
      return `<circle cx="6" cy="6" r="4.5" ${fill}/>`;
    case 'square':
      return `<rect x="2" y="2" width="8" height="8" ${fill}/>`;
    case 'triangle':
      return `<polygon points="6,1.5 10.5,10 1.5,10" ${fill}/>`;
    case 'diamond':
      return `<polygon points="6,1 11,6 6,11 1,6" ${fill}/>`;
    case 'cross':
      return `<polygon points="4.5,1 7.5,1 7.5,4.5 11,4.5 11,7.5 7.5,7.5 7.5,11 4.5,11 4.5,7.5 1,7.5 1,4.5 4.5,4.5" ${fill}/>`;
    case 'star':
      return `<polygon points="${STAR}" ${fill}/>`;
  }
}
