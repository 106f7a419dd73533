// A line chart over ordered categories (weeks): a line and marked points per series, each series in
// its own colour and marker shape (the legend's, legend.ts), values up the side from 0.
import { lineSeries, lineXs, type LineSpec } from '../spec';
import { INK, SERIES, SYMBOLS } from '../palette';
import { swatchShape } from '../legend';
import { line, px, svgRoot, textWidth, type Size } from './markup';
import { valueAxis, valueFrame, xTick, yOf } from './axes';

/**
 * The x labels a line chart has room for: every k-th one, counted back from the last (the latest
 * week is always named), so that no two labels overlap; every point still has its row in the table.
 */
export function lineTicks(xs: string[], width: number, fontSize: number): string[] {
  const plotWidth = width - 60; // the margins around the value axis
  const label = Math.max(1, ...xs.map((x) => textWidth(x, fontSize))) + fontSize;
  const fit = Math.max(1, Math.floor(plotWidth / label));
  const step = Math.ceil(xs.length / fit);
  return xs.filter((_, i) => (xs.length - 1 - i) % step === 0);
}

const PADDING = 0.3; // of a step, before the first point and after the last

export function lineSvg(spec: LineSpec, size: Size): string {
  const series = lineSeries(spec);
  const xs = lineXs(spec);
  const max = Math.max(1, ...spec.points.map((p) => p.y));
  const frame = valueFrame(size, max, { fixed: spec.percent ? 100 : undefined, locale: spec.locale });
  const width = frame.right - frame.left;
  const step = xs.length > 1 ? width / (xs.length - 1 + 2 * PADDING) : 0;
  const index = new Map(xs.map((x, i) => [x, i]));
  const xOf = (x: string) => (xs.length > 1 ? frame.left + (PADDING + index.get(x)!) * step : frame.left + width / 2);

  const parts = [valueAxis(frame, size, { x: spec.xLabel, y: spec.yLabel })];
  for (const x of lineTicks(xs, size.width, size.fontSize)) parts.push(xTick(xOf(x), frame, size, x));
  parts.push(line(frame.left, frame.bottom, frame.right, frame.bottom, INK));

  series.forEach((name, i) => {
    const color = SERIES[i % SERIES.length];
    const points = spec.points
      .filter((p) => (p.series ?? '') === name)
      .map((p) => [xOf(p.x), yOf(frame, p.y)] as const)
      .sort((a, b) => a[0] - b[0]);
    const d = points.map(([x, y], j) => `${j === 0 ? 'M' : 'L'}${px(x)},${px(y)}`).join('');
    if (points.length > 1) parts.push(`<path d="${d}" fill="none" stroke="${color}" stroke-width="2"/>`);
    // The legend's swatch (12×12, centred on 6,6) shrunk to a 7 px marker on each point.
    const shape = swatchShape({ label: name, color, symbol: SYMBOLS[i % SYMBOLS.length] });
    for (const [x, y] of points)
      parts.push(`<g transform="translate(${px(x)},${px(y)}) scale(0.78) translate(-6,-6)">${shape}</g>`);
  });
  return svgRoot(size, parts.join(''));
}
