// The chart kit: the table behind each kind of chart, the SVG drawn on the server (escaped, hidden
// from assistive technology, the pass mark drawn) and the same chart in a PDF.
import { describe, expect, it } from 'vitest';
import { chartTable, formatValue, lineSeries, type ChartSpec, type LineSpec } from '@/lib/charts/spec';
import { chartLegend, swatchShape } from '@/lib/charts/legend';
import { lineTicks, renderChartSvg } from '@/lib/charts/svg';
import { drawChart } from '@/lib/charts/pdf';
import { createPdf, pdfToBuffer } from '@/lib/pdf/document';

const states: ChartSpec = {
  kind: 'bar',
  horizontal: true,
  valueLabel: 'Uczestnicy',
  bars: [
    { label: 'Nie zalogowali się', value: 8, tone: 'neutral' },
    { label: 'Zdali <b>test</b>', value: 6, tone: 'good' },
  ],
};
const weeks: LineSpec = {
  kind: 'line',
  xLabel: 'Tydzień',
  yLabel: 'Lekcje',
  percent: true,
  points: [
    { x: '1–7 gru', y: 10, series: 'Ania' },
    { x: '1–7 gru', y: 5, series: 'Kuba' },
    { x: '8–14 gru', y: 42.5, series: 'Ania' },
  ],
};
const scores: ChartSpec = {
  kind: 'histogram',
  xLabel: 'Wynik (%)',
  yLabel: 'Osoby',
  bins: [
    { from: 50, to: 60, count: 2 },
    { from: 60, to: 70, count: 3 },
  ],
  marker: { at: 65, label: 'Próg 65 %' },
};

describe('chartTable', () => {
  it.each([
    [
      states,
      ['Kategoria', 'Uczestnicy'],
      [
        ['Nie zalogowali się', '8'],
        ['Zdali <b>test</b>', '6'],
      ],
    ],
    [
      weeks,
      ['Tydzień', 'Ania', 'Kuba'],
      [
        ['1–7 gru', '10 %', '5 %'],
        ['8–14 gru', '42,5 %', '–'],
      ],
    ],
    [
      scores,
      ['Wynik (%)', 'Osoby'],
      [
        ['50–60', '2'],
        ['60–70', '3'],
      ],
    ],
  ])('gives the numbers of a %# chart as rows', (spec, head, rows) => {
    expect(chartTable(spec)).toEqual({ head, rows });
  });

  it('formats money in minor units and counts in Polish', () => {
    expect(formatValue(1234567, { currency: 'PLN' }).replace(/\s/g, ' ')).toBe('12 345,67 zł');
    expect(formatValue(1234.5)).toBe('1234,5');
    expect(formatValue(65, 'percent')).toBe('65 %');
    expect(formatValue(65, 'percent', 'en')).toBe('65%');
  });
});

describe('renderChartSvg', () => {
  it('draws every bar with its value, escapes labels and hides the drawing from screen readers', () => {
    const svg = renderChartSvg(states);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('aria-hidden="true"');
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('Zdali &lt;b&gt;test&lt;/b&gt;');
    expect(svg.match(/<rect/g)?.length).toBeGreaterThanOrEqual(2);
    expect(svg).toContain('#007A5A'); // the "good" tone
  });

  it('draws the pass mark of a histogram, and several series as a bare SVG without ARIA labels', () => {
    expect(renderChartSvg(scores)).toContain('Próg 65 %');
    const line = renderChartSvg(weeks);
    expect(line.startsWith('<svg')).toBe(true);
    expect(line).not.toMatch(/aria-label|aria-description/);
  });

  it("gives a legend of several series with each series' colour and marker shape", () => {
    const legend = chartLegend(weeks);
    expect(legend.map((l) => l.label)).toEqual(lineSeries(weeks));
    expect(legend.length).toBeGreaterThan(1);
    expect(new Set(legend.map((l) => l.color)).size).toBe(legend.length);
    expect(new Set(legend.map((l) => l.symbol)).size).toBe(legend.length);
    expect(swatchShape(legend[1])).toContain(legend[1].color);
    expect(chartLegend(states)).toEqual([]);
  });

  it('names only as many weeks along the x axis as fit side by side, always the latest one', () => {
    const xs = Array.from({ length: 14 }, (_, i) => `${i + 1}.11`);
    const phone = lineTicks(xs, 340, 11);
    expect(phone.at(-1)).toBe('14.11');
    expect(phone.length).toBeLessThan(xs.length);
    // Each label ~5 glyphs of 0.6 em plus a gap of one em, in 340 − 60 px of plot.
    expect(phone.length * (5 * 11 * 0.6 + 11)).toBeLessThanOrEqual(280);
    expect(lineTicks(xs.slice(0, 6), 640, 12)).toEqual(xs.slice(0, 6));
  });

  it('wraps long names beside the bars on a phone instead of cutting them off', () => {
    const long: ChartSpec = {
      kind: 'bar',
      horizontal: true,
      valueLabel: 'Uczniowie',
      bars: [
        { label: 'wiedza o społeczeństwie, poziom rozszerzony', value: 4 },
        { label: 'fizyka', value: 6 },
      ],
    };
    const phone = renderChartSvg(long, { width: 340, fontSize: 11 });
    expect(phone).toMatch(/<tspan[^>]*>poziom rozszerzony<\/tspan>/);
    expect(phone).toContain('>fizyka<');
    const wide = renderChartSvg({ ...long, bars: [{ label: 'język polski, poziom podstawowy', value: 28 }] });
    expect(wide).toContain('>język polski, poziom podstawowy<');
  });

  it('lays columns along the side when their names do not fit under them', () => {
    const months: ChartSpec = {
      kind: 'bar',
      valueLabel: 'Sprzedaż',
      bars: Array.from({ length: 12 }, (_, i) => ({ label: `Miesiąc ${i + 1}`, value: i })),
    };
    expect(renderChartSvg(months, { width: 340, fontSize: 11 })).toContain('text-anchor="end"');
    expect(renderChartSvg({ ...months, bars: months.bars.slice(0, 3) })).not.toContain('text-anchor="end"');
  });

  it('draws an empty chart without failing', () => {
    expect(renderChartSvg({ kind: 'bar', valueLabel: 'x', bars: [] })).toContain('<svg');
    expect(renderChartSvg({ kind: 'line', xLabel: 'x', yLabel: 'y', points: [] })).toContain('<svg');
  });
});

describe('drawChart', () => {
  it('puts the same charts into a PDF', async () => {
    const doc = createPdf({ title: 'test', date: new Date(0) });
    const pdf = await pdfToBuffer(doc, (d) => {
      drawChart(d, states, { x: 50, y: 50, width: 400, height: 120 });
      drawChart(d, weeks, { x: 50, y: 200, width: 400, height: 160 });
      drawChart(d, scores, { x: 50, y: 400, width: 400, height: 160 });
    });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(5000);
  });
});
