// A chart spec drawn into a PDF (final reports, printouts): the same SVG the page shows, placed by
// svg-to-pdfkit in DejaVu Sans, with the legend of several series (legend.ts) written beside it.
import SVGtoPDF from 'svg-to-pdfkit';
import type { PdfDocument } from '@/lib/pdf/document';
import type { ChartSpec } from './spec';
import { renderChartSvg } from './svg';
import { chartLegend, swatchShape } from './legend';
import { INK } from './palette';

export type Box = { x: number; y: number; width: number; height: number };

const LEGEND = 16;

/** The drawing of a chart in a box: the SVG and where it goes, below the legend's line if any. */
export function chartDrawing(spec: ChartSpec, box: Box): { svg: string; box: Box } {
  const top = box.y + (chartLegend(spec).length > 0 ? LEGEND : 0);
  const height = box.height - (top - box.y);
  return {
    svg: renderChartSvg(spec, { width: box.width, height, fontSize: 8 }),
    box: { x: box.x, y: top, width: box.width, height },
  };
}

/** Draws the chart in the box (points); the caller moves `doc.y` below it. */
export function drawChart(doc: PdfDocument, spec: ChartSpec, box: Box): void {
  const legend = chartLegend(spec);
  if (legend.length > 0) {
    let x = box.x;
    doc.save().font('regular').fontSize(8);
    for (const item of legend) {
      const swatch = `<svg xmlns="http://www.w3.org/2000/svg" width="12" height="12" viewBox="0 0 12 12">${swatchShape(item)}</svg>`;
      SVGtoPDF(doc, swatch, x, box.y + 2, { width: 8, height: 8 });
      doc.fillColor(INK).text(item.label, x + 11, box.y + 1, { lineBreak: false });
      x += 11 + doc.widthOfString(item.label) + 12;
    }
    doc.restore();
  }
  const { svg, box: at } = chartDrawing(spec, box);
  SVGtoPDF(doc, svg, at.x, at.y, {
    width: at.width,
    height: at.height,
    assumePt: true,
    fontCallback: (_family: string, bold: boolean) => (bold ? 'bold' : 'regular'),
  });
  doc.fillColor('black');
}
