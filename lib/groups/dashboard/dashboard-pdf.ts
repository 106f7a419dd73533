// The group dashboard in the final report's PDF: the tiles as one line and the same three charts
// the group page shows (drawn by the chart kit from the same specs), each with its summary.
import { drawChart } from '@/lib/charts/pdf';
import type { PdfDocument } from '@/lib/pdf/document';
import { messages } from '@/lib/i18n';
import type { DashboardChart, GroupDashboard } from './dashboard-model';

const GAP = 22;
const CHART_HEIGHT = 135;

/** Where each chart goes across the page: two side by side, the weekly line below at full width. */
export function chartColumns(
  left: number,
  width: number,
): Record<DashboardChart['id'], { x: number; width: number; height: number }> {
  const half = (width - GAP) / 2;
  return {
    states: { x: left, width: half, height: CHART_HEIGHT },
    scores: { x: left + half + GAP, width: half, height: CHART_HEIGHT },
    progress: { x: left, width, height: CHART_HEIGHT },
  };
}

/** A chart's title, summary and drawing from `y` in a column; returns the y below it. */
function chartBlock(doc: PdfDocument, c: DashboardChart, x: number, y: number, width: number): number {
  doc.font('bold').fontSize(10.5).fillColor('black').text(c.title, x, y, { width });
  doc
    .font('regular')
    .fontSize(8.5)
    .text(c.summary, x, doc.y + 2, { width });
  const top = doc.y + 4;
  drawChart(doc, c.spec, { x, y: top, width, height: CHART_HEIGHT });
  return top + CHART_HEIGHT;
}

/**
 * Draws the dashboard from the current position across the page's width; leaves doc.y below it.
 * `locale` is the report's: the heading here, and the dashboard built with the same one.
 */
export function drawDashboard(doc: PdfDocument, dashboard: GroupDashboard, asOfLine: string, locale?: string): void {
  const t = messages(locale).groups.dashboard;
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  doc.font('bold').fontSize(13).fillColor('black').text(t.report.heading, left, doc.y);
  doc.font('regular').fontSize(9.5).text(asOfLine, { width });
  doc.text(dashboard.tiles.map((tile) => `${tile.label}: ${tile.value}`).join('   ·   '), { width });
  const [states, progress, scores] = dashboard.charts;
  const at = chartColumns(left, width);
  const top = doc.y + 10;
  const below = Math.max(
    chartBlock(doc, states, at.states.x, top, at.states.width),
    chartBlock(doc, scores, at.scores.x, top, at.scores.width),
  );
  const end = chartBlock(doc, progress, at.progress.x, below + 14, at.progress.width);
  doc.x = left;
  doc.y = end + 8;
}
