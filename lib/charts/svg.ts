// A chart spec as an SVG string, written on the server as plain markup (draw/): the page gets
// finished markup and no charting JavaScript, and PDFs draw the same SVG (pdf.ts). The drawing is
// hidden from assistive technology; the page gives its summary, its role and its table.
import type { ChartSpec } from './spec';
import { barSvg } from './draw/bars';
import { histogramSvg } from './draw/histogram';
import { lineSvg } from './draw/line';

export { lineTicks } from './draw/line';

export type SvgSize = {
  width?: number;
  height?: number;
  fontSize?: number;
};

/** The chart as an SVG element's markup (decorative for assistive technology: the caller labels it). */
export function renderChartSvg(spec: ChartSpec, opts: SvgSize = {}): string {
  const size = { width: opts.width ?? 640, height: opts.height ?? 260, fontSize: opts.fontSize ?? 12 };
  switch (spec.kind) {
    case 'bar':
      return barSvg(spec, size);
    case 'line':
      return lineSvg(spec, size);
    case 'histogram':
      return histogramSvg(spec, size);
  }
}

/** The two drawings a page shows of a chart: one for a wide screen, one with larger letters for a phone. */
export type PageDrawings = { wide: string; narrow: string };

export function pageDrawings(spec: ChartSpec): PageDrawings {
  return { wide: renderChartSvg(spec, { width: 640 }), narrow: renderChartSvg(spec, { width: 340, fontSize: 11 }) };
}
