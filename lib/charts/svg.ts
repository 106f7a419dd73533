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

/** Estimated width of a label in pixels (the page's font is not at hand on the server). */
function textWidth(label: string, fontSize: number): number {
  return label.length * fontSize * CHAR;
}

function labelRoom(labels: string[], fontSize: number, max: number): number {
  const longest = labels.reduce((n, l) => Math.max(n, textWidth(l, fontSize)), 0);
  return Math.min(max, Math.ceil(longest) + 12);
}

type Size = { width: number; height: number; fontSize: number };

function bar(spec: BarSpec, size: Size): Plot.PlotOptions {
  const rows = spec.bars.map((b) => ({ ...b, text: formatValue(b.value, spec.format, spec.locale) }));
  const domain = rows.map((r) => r.label);
  // Columns only while every name fits under its column unturned; otherwise (long names, many bars,
  // a phone) the bars lie along the side, where names have room and no two labels can overlap.
  const column = (size.width - 16) / Math.max(1, rows.length);
  const fits = domain.every((l) => textWidth(l, size.fontSize) + 6 <= column);
  return spec.horizontal || !fits ? barsAlong(rows, size) : columns(rows);
}

type BarRow = BarSpec['bars'][number] & { text: string };

const fill = (d: BarRow) => TONE[d.tone ?? 'primary'];

function barsAlong(rows: BarRow[], size: Size): Plot.PlotOptions {
  const { fontSize } = size;
  const max = Math.max(1, ...rows.map((r) => r.value));
  const domain = rows.map((r) => r.label);
  const right =
    16 +
    labelRoom(
      rows.map((r) => r.text),
      fontSize,
      120,
    );
  // Names get up to 45% of the width; a longer one wraps onto more lines (the table has it whole).
  const room = Math.max(60, Math.min(size.width * 0.45, size.width - right - 60));
  const left = labelRoom(domain, fontSize, room);
  const widest = Math.max(0, ...domain.map((l) => textWidth(l, fontSize)));
  const lines = Math.max(1, ...domain.map((l) => Math.ceil(textWidth(l, fontSize) / (room - 16))));
  const rowHeight = fontSize * Math.max(2.2, lines * 1.2 + 1);
  return {
    height: Math.max(size.height, rows.length * rowHeight + 40),
    marginLeft: left,
    marginRight: right,
    // The value is written at each bar's end, so no value axis competes with it.
    x: { domain: [0, max], axis: null },
    y: { domain, axis: null },
    marks: [
      Plot.axisY({
        tickSize: 0,
        label: null,
        // Plot measures text with its own metrics, a little narrower than ours: wrap early.
        ...(widest + 12 > room ? { lineWidth: ((room - 16) / fontSize) * 0.9 } : {}),
      }),
      Plot.barX(rows, { x: 'value', y: 'label', fill }),
      Plot.text(rows, { x: 'value', y: 'label', text: 'text', textAnchor: 'start', dx: 4, fill: INK }),
      Plot.ruleX([0], { stroke: INK }),
    ],
  };
}

function columns(rows: BarRow[]): Plot.PlotOptions {
  const max = Math.max(1, ...rows.map((r) => r.value));
  return {
    marginBottom: 30,
    marginLeft: 8,
    marginRight: 8,
    x: { domain: rows.map((r) => r.label), label: null, tickSize: 0, padding: 0.25 },
    y: { domain: [0, max * 1.08], axis: null },
    marks: [
      Plot.barY(rows, { x: 'label', y: 'value', fill }),
      Plot.text(rows, { x: 'label', y: 'value', text: 'text', dy: -6, fill: INK }),
      Plot.ruleY([0], { stroke: INK }),
    ],
  };
}

/**
 * The x labels a line chart has room for: every k-th one, counted back from the last (the latest
 * week is always named), so that no two labels overlap; every point still has its row in the table.
 */
export function lineTicks(xs: string[], width: number, fontSize: number): string[] {
  const plotWidth = width - 60; // Plot's default margins around a y axis
  const label = Math.max(1, ...xs.map((x) => textWidth(x, fontSize))) + fontSize;
  const fit = Math.max(1, Math.floor(plotWidth / label));
  const step = Math.ceil(xs.length / fit);
  return xs.filter((_, i) => (xs.length - 1 - i) % step === 0);
}

function line(spec: LineSpec, size: Size): Plot.PlotOptions {
  const { fontSize } = size;
  const series = lineSeries(spec);
  const rows = spec.points.map((p) => ({ ...p, s: p.series ?? '' }));
  const max = Math.max(1, ...rows.map((r) => r.y));
  const xs = lineXs(spec);
  return {
    marginBottom: fontSize * 3.6,
    x: {
      type: 'point',
      domain: xs,
      ticks: lineTicks(xs, size.width, fontSize),
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
    spec.kind === 'bar' ? bar(spec, size) : spec.kind === 'line' ? line(spec, size) : histogram(spec, size.fontSize);
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

/** The two drawings a page shows of a chart: one for a wide screen, one with larger letters for a phone. */
export type PageDrawings = { wide: string; narrow: string };

export function pageDrawings(spec: ChartSpec): PageDrawings {
  return { wide: renderChartSvg(spec, { width: 640 }), narrow: renderChartSvg(spec, { width: 340, fontSize: 11 }) };
}
