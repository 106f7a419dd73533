// final-report: a 1000-participant group's final report as the admin downloads it — the rows
// from the database (progress, attempts, certificates), the frozen report with its charts, the
// XLSX and the PDF — as a ratio to a floor that writes the same rows with bare exceljs (one
// addRow each) and bare pdfkit (each cell a text at a fixed position, DejaVu embedded) in the
// same run. Target ≥ 0.5. The line carries the SQL statements counted on the way (constant in
// the number of participants: tests/integration/groups-report-queries.test.ts).
import { benchDatabase, report } from './support';

const N = 1000;
const ROUNDS = 3;

const database = await benchDatabase('final-report');
try {
  const ExcelJS = (await import('exceljs')).default;
  const PDFDocument = (await import('pdfkit')).default;
  const { countQueries, db } = await import('../lib/db/client');
  const { FONT_REGULAR } = await import('../lib/pdf/document');
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
  const floor = async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Raport');
    for (const c of cells) ws.addRow(c);
    const xlsx = await wb.xlsx.writeBuffer();
    const doc = new PDFDocument({ size: 'A4', layout: 'landscape', margin: 40 });
    doc.registerFont('regular', FONT_REGULAR);
    doc.font('regular').fontSize(9);
    const widths = [30, 100, 125, 160, 75, 60, 105, 106];
    const pdf = await new Promise<Buffer>((resolve) => {
      const chunks: Buffer[] = [];
      doc.on('data', (c: Buffer) => chunks.push(c));
      doc.on('end', () => resolve(Buffer.concat(chunks)));
      let y = 40;
      for (const c of cells) {
        if (y > doc.page.height - 60) {
          doc.addPage();
          y = 40;
        }
        let x = 40;
        c.forEach((text, i) => {
          doc.text(text, x, y, { width: widths[i], lineBreak: false });
          x += widths[i];
        });
        y += 14;
      }
      doc.end();
    });
    return xlsx.byteLength + pdf.length;
  };

  await floor(); // warm-up (the report's own warm-up is the run above)
  // The two take turns, so a neighbour's load on the shared cores falls on both alike.
  let realMs = 0;
  let floorMs = 0;
  for (let i = 0; i < ROUNDS; i++) {
    let t = performance.now();
    await real();
    realMs += performance.now() - t;
    t = performance.now();
    await floor();
    floorMs += performance.now() - t;
  }
  realMs /= ROUNDS;
  floorMs /= ROUNDS;
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
