// final-report: a 1000-participant group's final report as the admin downloads it — the rows
// from the database (progress, attempts, certificates), the frozen report with its charts, the
// XLSX and the PDF — as a ratio to a floor that writes the same rows with bare exceljs (one
// addRow each) and bare pdfkit (each cell a text at a fixed position, DejaVu embedded) in the
// same run. Target ≥ 0.5. The line carries the SQL statements counted on the way (constant in
// the number of participants: tests/integration/groups-report-queries.test.ts).
import { benchDatabase, report } from './support';
import { writeRowsFloor } from './floors/report-rows';

const N = 1000;
const ROUNDS = 5;

const database = await benchDatabase('final-report');
try {
  const { countQueries, db } = await import('../lib/db/client');
  const { progressOf } = await import('../lib/groups/report/participants-progress');
  const { reportForAdmin } = await import('../lib/groups/report/final-reports');
  const { finalReportPdf, finalReportXlsx, formatScore } = await import('../lib/groups/report/report-export');
  const { groupWithResults, approvedReport } = await import('../tests/integration/report-fixture');
  const { formatDate } = await import('../lib/format/time');

  const g = await groupWithResults(N);
  const reportId = await approvedReport(g.groupId, g.uploadId);
  const { courseId } = await db().group.findUniqueOrThrow({ where: { id: g.groupId }, select: { courseId: true } });

  let queries = 0;
  const real = async () => {
    const counter = countQueries();
    try {
      const progress = await progressOf(g.groupId, courseId, g.uploadId);
      const r = await reportForAdmin(g.admin, g.groupId, reportId);
      if (progress.length !== N || r?.rows.length !== N) throw new Error(`expected ${N} rows`);
      const [xlsx, pdf] = [await finalReportXlsx(r.rows, r.meta), await finalReportPdf(r.rows, r.meta, r.dashboard)];
      queries = counter.count;
      return { rows: r.rows, bytes: xlsx.length + pdf.length };
    } finally {
      await counter.stop();
    }
  };

  // The same rows as the report's cells, written with nothing around them.
  const { rows } = await real();
  const cells = rows.map((r, i) => [
    String(i + 1),
    r.firstName,
    r.lastName,
    r.login,
    formatScore(r.score),
    r.passed ? 'tak' : 'nie',
    r.date ? formatDate(r.date) : '—',
    r.certificateNumber ?? '—',
  ]);
  const floor = () => writeRowsFloor(cells);

  await floor(); // warm-up (the report's own warm-up is the run above)
  // The two take turns, and the median round counts: a neighbour's burst on the shared cores
  // falls on one round, not on the result.
  const runs: { real: number; floor: number }[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    let t = performance.now();
    await real();
    const realRound = performance.now() - t;
    t = performance.now();
    await floor();
    runs.push({ real: realRound, floor: performance.now() - t });
  }
  runs.sort((a, b) => a.floor / a.real - b.floor / b.real);
  const { real: realMs, floor: floorMs } = runs[Math.floor(ROUNDS / 2)];
  report({
    bench: 'final-report',
    value: Math.round(realMs),
    unit: 'ms for 1000 participants (rows, XLSX, PDF)',
    baseline: Math.round(floorMs),
    ratio: +(floorMs / realMs).toFixed(3),
    target: 0.5,
    queries,
  });
} finally {
  await database.close();
}
