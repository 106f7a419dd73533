// The SVGs the chart kit writes, read back element by element: a bar per value with lengths in
// proportion, round ticks, the pass mark where it belongs, every text escaped, and empty data drawn.
import { describe, expect, it } from 'vitest';
import { renderChartSvg } from '@/lib/charts/svg';
import { SERIES, TONE } from '@/lib/charts/palette';
import type { BarSpec, HistogramSpec, LineSpec } from '@/lib/charts/spec';

type Attrs = Record<string, string>;

/** The attributes of every `<tag …>` in the markup, in order. */
function elements(svg: string, tag: string): Attrs[] {
  return [...svg.matchAll(new RegExp(`<${tag}\\s([^>]*?)/?>`, 'g'))].map((m) =>
    Object.fromEntries([...m[1].matchAll(/([\w-]+)="([^"]*)"/g)].map((a) => [a[1], a[2]])),
  );
}
const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
const num = (a: Attrs, k: string) => Number(a[k]);

const states: BarSpec = {
  kind: 'bar',
  horizontal: true,
  valueLabel: 'Uczestnicy',
  bars: [
    { label: 'Nie zalogowali się', value: 200, tone: 'neutral' },
    { label: 'Uczą się', value: 400, tone: 'primary' },
    { label: 'Zdali test', value: 300, tone: 'good' },
    { label: 'Nie zdali', value: 100, tone: 'bad' },
  ],
};
const scores: HistogramSpec = {
  kind: 'histogram',
  xLabel: 'Wynik (%)',
  yLabel: 'Osoby',
  bins: Array.from({ length: 10 }, (_, i) => ({ from: i * 10, to: i * 10 + 10, count: i === 3 ? 0 : i + 1 })),
  marker: { at: 60, label: 'Próg 60%' },
};

describe('bars', () => {
  it('draws one bar a value along the side, its length in proportion, in the tone it was given', () => {
    const svg = renderChartSvg(states);
    const bars = elements(svg, 'rect');
    expect(bars).toHaveLength(4);
    const unit = num(bars[0], 'width') / 200;
    for (const [i, b] of states.bars.entries()) {
      expect(num(bars[i], 'width')).toBeCloseTo(b.value * unit, 0);
      expect(bars[i].fill).toBe(TONE[b.tone!]);
    }
    // All start at one baseline, one under the other, none overlapping.
    expect(new Set(bars.map((b) => b.x)).size).toBe(1);
    for (let i = 1; i < 4; i++)
      expect(num(bars[i], 'y')).toBeGreaterThanOrEqual(num(bars[i - 1], 'y') + num(bars[i - 1], 'height'));
    expect(texts(svg)).toEqual(expect.arrayContaining(['Nie zalogowali się', '200', 'Zdali test', '300']));
  });

  it('draws columns with heights in proportion and names under them when the names fit', () => {
    const spec: BarSpec = {
      kind: 'bar',
      valueLabel: 'Sprzedaż',
      format: { currency: 'PLN' },
      bars: [
        { label: 'Kursy', value: 150000 },
        { label: 'Pakiety', value: 50000 },
      ],
    };
    const svg = renderChartSvg(spec, { width: 400, height: 200 });
    const [a, b] = elements(svg, 'rect');
    expect(num(a, 'height') / num(b, 'height')).toBeCloseTo(3, 1);
    // Standing on one baseline.
    expect(num(a, 'y') + num(a, 'height')).toBeCloseTo(num(b, 'y') + num(b, 'height'), 1);
    expect(num(a, 'x')).toBeLessThan(num(b, 'x'));
    expect(texts(svg).map((t) => t.replace(/\s/g, ' '))).toEqual(
      expect.arrayContaining(['Kursy', 'Pakiety', '1500,00 zł', '500,00 zł']),
    );
    expect(elements(svg, 'svg')[0]).toMatchObject({ width: '400', height: '200', viewBox: '0 0 400 200' });
  });

  it('makes room for many bars along the side: the drawing grows instead of squeezing them', () => {
    const many: BarSpec = {
      kind: 'bar',
      horizontal: true,
      valueLabel: 'x',
      bars: Array.from({ length: 20 }, (_, i) => ({ label: `Grupa ${i}`, value: i })),
    };
    const root = elements(renderChartSvg(many, { height: 200 }), 'svg')[0];
    expect(num(root, 'height')).toBeGreaterThan(20 * 12 * 2.2);
  });
});

describe('histogram', () => {
  const svg = renderChartSvg(scores);
  const bins = elements(svg, 'rect');

  it('draws a column a non-empty bin, heights in proportion to the counts, side by side', () => {
    expect(bins).toHaveLength(9);
    const drawn = scores.bins.filter((b) => b.count > 0);
    const unit = num(bins[0], 'height') / drawn[0].count;
    for (const [i, b] of drawn.entries()) expect(num(bins[i], 'height')).toBeCloseTo(b.count * unit, 0);
    for (let i = 1; i < bins.length; i++) expect(num(bins[i], 'x')).toBeGreaterThan(num(bins[i - 1], 'x'));
  });

  it('writes round ticks: scores every 10 on a wide drawing, every 20 on a phone, whole counts up the side', () => {
    const labels = texts(svg);
    for (const t of ['0', '10', '50', '100', '2', '10']) expect(labels).toContain(t);
    expect(labels.some((t) => /,|\./.test(t))).toBe(false);
    const phone = texts(renderChartSvg(scores, { width: 340, fontSize: 11 }));
    expect(phone).toEqual(expect.arrayContaining(['0', '20', '40', '60', '80', '100']));
    expect(phone).not.toContain('10%');
    const few = texts(renderChartSvg({ ...scores, bins: [{ from: 0, to: 10, count: 1 }] }));
    expect(few).not.toContain('0,5');
  });

  it('draws the pass mark as a dashed rule between the 50–60 and 60–70 columns, with its name', () => {
    const rule = elements(svg, 'line').find((l) => l['stroke-dasharray'])!;
    expect(rule.stroke).toBe(TONE.bad);
    expect(rule.x1).toBe(rule.x2);
    const [fifty, sixty] = [bins[4], bins[5]]; // 50–60 is the fifth drawn column (30–40 is empty)
    expect(num(rule, 'x1')).toBeGreaterThan(num(fifty, 'x') + num(fifty, 'width'));
    expect(num(rule, 'x1')).toBeLessThan(num(sixty, 'x'));
    expect(texts(svg)).toContain('Próg 60%');
  });

  it('writes the name of a pass mark near the right edge to the left of its rule', () => {
    const late = renderChartSvg({ ...scores, marker: { at: 98, label: 'Próg zaliczenia 98%' } }, { width: 340 });
    const name = elements(late, 'text').find((t) => t.fill === TONE.bad)!;
    expect(name['text-anchor']).toBe('end');
  });
});

describe('line', () => {
  const weeks: LineSpec = {
    kind: 'line',
    xLabel: 'Tydzień',
    yLabel: 'Udział (%)',
    percent: true,
    points: ['1.11', '8.11', '15.11'].flatMap((x, i) => [
      { x, y: i * 50, series: 'Średnio' },
      { x, y: i * 25, series: 'Wszystkie' },
    ]),
  };

  it('draws a line and a marker a point for each series, in its colour, on a 0–100% axis', () => {
    const svg = renderChartSvg(weeks);
    const paths = elements(svg, 'path');
    expect(paths.map((p) => p.stroke)).toEqual([SERIES[0], SERIES[1]]);
    expect(elements(svg, 'g').filter((g) => g.transform?.includes('scale'))).toHaveLength(6);
    // The first series climbs 0 → 50 → 100%: equal steps up, its last point level with the 100 tick.
    const ys = [...paths[0].d.matchAll(/[ML][\d.]+,([\d.]+)/g)].map((m) => Number(m[1]));
    expect(ys[0] - ys[1]).toBeCloseTo(ys[1] - ys[2], 0);
    const hundred = elements(svg, 'text').find((t, i) => texts(svg)[i] === '100')!;
    expect(num(hundred, 'y')).toBeCloseTo(ys[2] + 12 * 0.32, 0);
    expect(texts(svg)).toEqual(expect.arrayContaining(['1.11', '15.11', '0', '20', '100', '↑ Udział (%)']));
  });

  it('draws a single point and a single series without failing', () => {
    const one = renderChartSvg({ kind: 'line', xLabel: 'x', yLabel: 'y', points: [{ x: 'a', y: 3 }] });
    expect(elements(one, 'path')).toHaveLength(0);
    expect(one).toContain(`fill="${SERIES[0]}"`);
  });
});

describe('all charts', () => {
  const hostile = 'A & B <script>alert("x")</script> \'q\'';

  it('escapes every text it writes', () => {
    const svgs = [
      renderChartSvg({ ...states, bars: [{ label: hostile, value: 1 }] }),
      renderChartSvg({ ...states, horizontal: false, bars: [{ label: hostile, value: 1 }] }),
      renderChartSvg({ ...scores, xLabel: hostile, yLabel: hostile, marker: { at: 50, label: hostile } }),
      renderChartSvg({
        kind: 'line',
        xLabel: hostile,
        yLabel: hostile,
        points: [{ x: hostile, y: 1, series: hostile }],
      }),
    ];
    for (const svg of svgs) {
      expect(svg).not.toContain('<script>');
      expect(svg).not.toContain('"x"');
      expect(svg).toContain('A &amp; B &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &#39;q&#39;');
    }
  });

  it('draws empty data as an empty chart, hidden from assistive technology like any other', () => {
    const empty = [
      renderChartSvg({ kind: 'bar', valueLabel: 'x', bars: [] }),
      renderChartSvg({ ...scores, bins: [] }),
      renderChartSvg({ kind: 'line', xLabel: 'x', yLabel: 'y', points: [] }),
    ];
    for (const svg of empty) {
      expect(elements(svg, 'rect')).toHaveLength(0);
      expect(elements(svg, 'path')).toHaveLength(0);
      expect(svg).not.toMatch(/NaN|Infinity|undefined/);
      expect(elements(svg, 'svg')[0]).toMatchObject({ 'aria-hidden': 'true', focusable: 'false' });
      expect(svg).not.toContain('aria-label');
    }
  });
});
