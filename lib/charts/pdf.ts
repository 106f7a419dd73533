// A chart spec drawn into a PDF (final reports, printouts): the same SVG the page shows, placed by
// svg-to-pdfkit in DejaVu Sans, with the legend of several series written by pdfkit itself.
import SVGtoPDF from 'svg-to-pdfkit';
import type { PdfDocument } from '@/lib/pdf/document';
import { lineSeries, type ChartSpec } from './spec';
import { renderChartSvg } from './svg';
import { INK, SERIES } from './palette';

export type Box = { x: number; y: number; width: number; height: number };

const LEGEND = 16;

/** Draws the chart in the box (points); the caller moves `doc.y` below it. */
export function drawChart(doc: PdfDocument, spec: ChartSpec, box: Box): void {
  let top = box.y;
  if (spec.kind === 'line') {
    const series = lineSeries(spec).filter(Boolean);
    if (series.length > 1) {
      let x = box.x;
      doc.save().font('regular').fontSize(8);
      series.forEach((s, i) => {
        doc.rect(x, top + 2, 8, 8).fill(SERIES[i % SERIES.length]);
        doc.fillColor(INK).text(s, x + 11, top + 1, { lineBreak: false });
        x += 11 + doc.widthOfString(s) + 12;
      });
      doc.restore();
      top += LEGEND;
    }
  }
  const height = box.height - (top - box.y);
  const svg = renderChartSvg(spec, { width: box.width, height, fontSize: 8, legend: false });
  SVGtoPDF(doc, svg, box.x, top, {
    width: box.width,
    height,
    assumePt: true,
    fontCallback: (_family: string, bold: boolean) => (bold ? 'bold' : 'regular'),
  });
  doc.fillColor('black');
}
