// A chart spec as an SVG string, drawn on the server by Observable Plot into linkedom's DOM: the page
// gets finished markup and no charting JavaScript, and PDFs draw the same SVG (pdf.ts).
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import {
  formatValue,
  lineSeries,
  lineXs,
  type BarSpec,
  type ChartSpec,
  type HistogramSpec,
  type LineSpec,
} from './spec';
import { GRID, INK, SERIES, SYMBOLS, TONE } from './palette';

export type SvgSize = {
  width?: number;
  height?: number;
  fontSize?: number;
};

const CHAR = 0.6; // average glyph width in ems, to leave room for the longest label

function document() {
  return parseHTML('<!doctype html><html><body></body></html>').document;
}

function labelRoom(labels: string[], fontSize: number, max: number): number {
  const longest = labels.reduce((n, l) => Math.max(n, l.length), 0);
  return Math.min(max, Math.ceil(longest * fontSize * CHAR) + 12);
}

function bar(spec: BarSpec, size: { width: number; height: number; fontSize: number }): Plot.PlotOptions {
  const rows = spec.bars.map((b, i) => ({ ...b, i, text: formatValue(b.value, spec.format) }));
  const fill = (d: (typeof rows)[number]) => TONE[d.tone ?? 'primary'];
  const max = Math.max(1, ...rows.map((r) => r.value));
  const domain = rows.map((r) => r.label);
  if (spec.horizontal) {
    const left = labelRoom(domain, size.fontSize, size.width * 0.45);
    return {
      height: Math.max(size.height, rows.length * (size.fontSize * 2.2) + 40),
      marginLeft: left,
      marginRight:
        16 +
        labelRoom(
          rows.map((r) => r.text),
          size.fontSize,
          120,
        ),
      // The value is written at each bar's end, so no value axis competes with it.
      x: { domain: [0, max], axis: null },
      y: { domain, label: null, tickSize: 0 },
      marks: [
        Plot.barX(rows, { x: 'value', y: 'label', fill }),
        Plot.text(rows, { x: 'value', y: 'label', text: 'text', textAnchor: 'start', dx: 4, fill: INK }),
        Plot.ruleX([0], { stroke: INK }),
      ],
    };
  }
  const long = domain.some((l) => l.length * size.fontSize * CHAR > size.width / Math.max(1, rows.length));
  return {
    marginBottom: long ? labelRoom(domain, size.fontSize, size.height * 0.5) : 30,
    marginLeft: 8,
    marginRight: 8,
    x: { domain, label: null, tickRotate: long ? -35 : 0, tickSize: 0, padding: 0.25 },
    y: { domain: [0, max * 1.08], axis: null },
    marks: [
      Plot.barY(rows, { x: 'label', y: 'value', fill }),
      Plot.text(rows, { x: 'label', y: 'value', text: 'text', dy: -6, fill: INK }),
      Plot.ruleY([0], { stroke: INK }),
    ],
  };
}

function line(spec: LineSpec, fontSize: number): Plot.PlotOptions {
  const series = lineSeries(spec);
  const rows = spec.points.map((p) => ({ ...p, s: p.series ?? '' }));
  const max = Math.max(1, ...rows.map((r) => r.y));
  return {
    marginBottom: fontSize * 3.6,
    x: {
      type: 'point',
      domain: lineXs(spec),
      label: spec.xLabel,
      labelAnchor: 'center',
      labelOffset: fontSize * 3.1,
      padding: 0.3,
    },
    y: { domain: spec.percent ? [0, 100] : [0, max], label: spec.yLabel, grid: true, nice: !spec.percent },
    // The legend is the caller's (legend.ts): Plot's HTML one fails axe.
    color: { domain: series, range: SERIES, legend: false },
    symbol: { domain: series, range: [...SYMBOLS], legend: false },
    marks: [
      Plot.ruleY([0], { stroke: INK }),
      Plot.lineY(rows, { x: 'x', y: 'y', z: 's', stroke: series.length > 1 ? 's' : SERIES[0], strokeWidth: 2 }),
      Plot.dot(rows, { x: 'x', y: 'y', symbol: 's', fill: series.length > 1 ? 's' : SERIES[0], r: 3.5 }),
    ],
  };
}

function histogram(spec: HistogramSpec, fontSize: number): Plot.PlotOptions {
  const lo = Math.min(0, ...spec.bins.map((b) => b.from));
  const hi = Math.max(1, ...spec.bins.map((b) => b.to));
  const top = Math.max(1, ...spec.bins.map((b) => b.count));
  const marker = spec.marker ? [spec.marker] : [];
  return {
    marginBottom: fontSize * 3.6,
    x: { domain: [lo, hi], label: spec.xLabel, labelAnchor: 'center', labelOffset: fontSize * 3.1 },
    y: { domain: [0, top], label: spec.yLabel, grid: true, nice: true },
    marks: [
      Plot.rectY(spec.bins, { x1: 'from', x2: 'to', y: 'count', fill: TONE.primary, inset: 1 }),
      Plot.ruleY([0], { stroke: INK }),
      Plot.ruleX(marker, { x: 'at', stroke: TONE.bad, strokeWidth: 2, strokeDasharray: '5,3' }),
      Plot.text(marker, {
        x: 'at',
        text: 'label',
        frameAnchor: 'top',
        textAnchor: 'start',
        dx: 5,
        dy: -12,
        fill: TONE.bad,
      }),
    ],
  };
}

/** The chart as an SVG element's markup (decorative for assistive technology: the caller labels it). */
export function renderChartSvg(spec: ChartSpec, opts: SvgSize = {}): string {
  const size = { width: opts.width ?? 640, height: opts.height ?? 260, fontSize: opts.fontSize ?? 12 };
  const options =
    spec.kind === 'bar'
      ? bar(spec, size)
      : spec.kind === 'line'
        ? line(spec, size.fontSize)
        : histogram(spec, size.fontSize);
  const figure = Plot.plot({
    document: document(),
    width: size.width,
    height: size.height,
    marginTop: 28,
    style: { fontSize: `${size.fontSize}px`, fontFamily: 'inherit', color: INK, background: 'transparent' },
    ...options,
    grid: false,
  } as Plot.PlotOptions);
  if (figure.tagName.toLowerCase() !== 'svg') throw new Error('Plot drew more than an SVG');
  figure.setAttribute('aria-hidden', 'true');
  figure.setAttribute('focusable', 'false');
  for (const g of figure.querySelectorAll('[aria-label$="grid"] line')) g.setAttribute('stroke', GRID);
  // Plot names its groups for assistive technology; the drawing is hidden from it (the caller
  // gives the summary and the table), and a label on a role-less <g> is what axe calls prohibited.
  for (const el of figure.querySelectorAll('[aria-label], [aria-description]')) {
    el.removeAttribute('aria-label');
    el.removeAttribute('aria-description');
  }
  return figure.outerHTML;
}
