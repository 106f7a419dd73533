// Where the final report's time goes (NODE_ENV=production npx tsx bench/final-report-profile.ts): the bench's
// 1000-participant group, each phase of the download timed on its own, median of a few rounds,
// beside the floor's two halves (bare exceljs, bare pdfkit, and bare svg-to-pdfkit for the charts).
import { benchDatabase } from './support';

const N = 1000;
const ROUNDS = 5;

const database = await benchDatabase('final-report-profile');
try {
  const { countQueries, db } = await import('../lib/db/client');
  const { progressOf } = await import('../lib/groups/report/participants-progress');
  const { reportForAdmin } = await import('../lib/groups/report/final-reports');
  const { finalReportPdf, finalReportXlsx, formatScore } = await import('../lib/groups/report/report-export');
  const { createPdf, pdfToBuffer } = await import('../lib/pdf/document');
  const { chartColumns, drawDashboard } = await import('../lib/groups/dashboard/dashboard-pdf');
  const { renderChartSvg } = await import('../lib/charts/svg');
  const { chartDrawing } = await import('../lib/charts/pdf');
  const { groupWithResults, approvedReport } = await import('../tests/integration/report-fixture');
  const { formatDate } = await import('../lib/format/time');
  const { xlsxFloor, pdfFloor } = await import('./floors/report-rows');

  const g = await groupWithResults(N);
  const reportId = await approvedReport(g.groupId, g.uploadId);
  const { courseId } = await db().group.findUniqueOrThrow({ where: { id: g.groupId }, select: { courseId: true } });
  await db().$executeRawUnsafe('ANALYZE'); // as the bench does (autovacuum's statistics)

  const phases: Record<string, number[]> = {};
  const walls: Record<string, number[]> = {};
  // CPU time of this process (the database's is its own), so neighbours on the cores barely move it.
  const time = async <T>(name: string, fn: () => Promise<T> | T): Promise<T> => {
    const t = process.cpuUsage();
    const w = performance.now();
    const r = await fn();
    const u = process.cpuUsage(t);
    (phases[name] ??= []).push((u.user + u.system) / 1000);
    (walls[name] ??= []).push(performance.now() - w);
    return r;
  };
  const r0 = (await reportForAdmin(g.admin, g.groupId, reportId))!;
  const cells = r0.rows.map((r, i) => [
    String(i + 1),
    r.firstName,
    r.lastName,
    r.login,
    formatScore(r.score),
    r.passed ? 'tak' : 'nie',
    r.date ? formatDate(r.date) : '—',
    r.certificateNumber ?? '—',
  ]);
  const columns = chartColumns(40, 841.89 - 80);
  const svgs = r0.dashboard!.charts.map((c, i) => {
    const { svg, box } = chartDrawing(c.spec, { ...columns[c.id], y: 40 + i * 160 });
    return { svg, ...box };
  });
  for (let i = 0; i < ROUNDS + 1; i++) {
    await time('queries, counted', async () => {
      const counter = countQueries();
      try {
        await progressOf(g.groupId, courseId, g.uploadId);
        await reportForAdmin(g.admin, g.groupId, reportId);
      } finally {
        await counter.stop();
      }
    });
    await time('progressOf', () => progressOf(g.groupId, courseId, g.uploadId));
    const r = (await time('reportForAdmin', () => reportForAdmin(g.admin, g.groupId, reportId)))!;
    await time('xlsx', () => finalReportXlsx(r.rows, r.meta));
    await time('pdf (all)', () => finalReportPdf(r.rows, r.meta, r.dashboard));
    await time('pdf (no charts)', () => finalReportPdf(r.rows, r.meta, null));
    await time('pdf charts only', () =>
      pdfToBuffer(createPdf({ title: 't', date: r.meta.generatedAt, layout: 'landscape', margin: 40 }), (d) =>
        drawDashboard(d, r.dashboard!, 'x'),
      ),
    );
    await time('floor xlsx', () => xlsxFloor(cells));
    await time('floor pdf', () => pdfFloor(cells));
    await time('floor pdf + svgs', () => pdfFloor(cells, svgs));
    await time('chart svgs (Plot)', () => {
      for (const c of r0.dashboard!.charts) renderChartSvg(c.spec, { width: 370, height: 135, fontSize: 8 });
    });
  }
  // PROFILE_OUT=dir writes the report's files there, to look at (pdftoppm) or open.
  if (process.env.PROFILE_OUT) {
    const { writeFileSync } = await import('node:fs');
    writeFileSync(`${process.env.PROFILE_OUT}/report.pdf`, await finalReportPdf(r0.rows, r0.meta, r0.dashboard));
    writeFileSync(`${process.env.PROFILE_OUT}/report.xlsx`, await finalReportXlsx(r0.rows, r0.meta));
    writeFileSync(`${process.env.PROFILE_OUT}/report.json`, JSON.stringify(r0));
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  console.log('phase'.padEnd(22), 'cpu ms', 'wall ms');
  for (const [name, xs] of Object.entries(phases)) {
    console.log(
      name.padEnd(22),
      median(xs.slice(1)).toFixed(1).padStart(6),
      median(walls[name].slice(1)).toFixed(1).padStart(7),
    );
  }
} finally {
  await database.close();
}
