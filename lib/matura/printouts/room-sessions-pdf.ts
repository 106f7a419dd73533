// The room lists and the team appointments (issue 23, Z1–Z6): one page per room and session, the
// first for the door (the seated students), the second for the appointment (chair, members, who
// comes from another school, the director's approval).
import { messages } from '@/lib/i18n';
import { formatDateTime } from '@/lib/format/time';
import { createPdf, pdfToBuffer, type PdfDocument } from '@/lib/pdf/document';
import { drawTable } from '@/lib/pdf/table';
import type { PrintoutMeta, RoomSessionSheet } from './data';
import { examLabel } from './names';

const t = () => messages().plannerPrintouts;

function heading(doc: PdfDocument, meta: PrintoutMeta, title: string, s: RoomSessionSheet) {
  doc.font('regular').fontSize(9).fillColor('#555555');
  doc.text(`${title} · ${meta.schoolName} · ${t().pdf.examYear(meta.examYear)}`);
  doc.fillColor('black').moveDown(0.5);
  doc.font('bold').fontSize(16).text(t().pdf.rooms.room(s.room));
  doc.font('regular').fontSize(11).text(examLabel(meta.list, s.session));
  doc.text(formatDateTime(s.session.startsAt));
  doc.moveDown(0.8).fontSize(10);
}

function pages(
  meta: PrintoutMeta,
  sessions: readonly RoomSessionSheet[],
  title: string,
  empty: string,
  page: (doc: PdfDocument, s: RoomSessionSheet) => void,
): Promise<Buffer> {
  const doc = createPdf({ title: `${title} — ${meta.schoolName}`, date: meta.generatedAt });
  return pdfToBuffer(doc, (d) => {
    if (sessions.length === 0) {
      d.font('bold').fontSize(16).text(title);
      d.font('regular').fontSize(10).text(meta.schoolName).text(empty);
      return;
    }
    sessions.forEach((s, i) => {
      if (i > 0) d.addPage();
      heading(d, meta, title, s);
      page(d, s);
      d.moveDown(1)
        .fontSize(8)
        .fillColor('#555555')
        .text(t().pdf.generated(formatDateTime(meta.generatedAt)));
      d.fillColor('black');
    });
  });
}

export function roomListsPdf(meta: PrintoutMeta, sessions: readonly RoomSessionSheet[]): Promise<Buffer> {
  const r = t().pdf.rooms;
  const x = t().xlsx;
  return pages(meta, sessions, r.title, r.empty, (d, s) => {
    d.text(r.seats(s.students.length, s.seats)).moveDown(0.5);
    if (s.students.length === 0) return void d.text(r.noStudents);
    drawTable(
      d,
      [
        { header: x.number, width: 35, align: 'right' },
        { header: x.lastName, width: 190 },
        { header: x.firstName, width: 170 },
        { header: x.className, width: 100 },
      ],
      s.students.map((st, i) => [String(i + 1), st.lastName, st.firstName, st.className]),
      10,
    );
  });
}

export function teamAppointmentsPdf(meta: PrintoutMeta, sessions: readonly RoomSessionSheet[]): Promise<Buffer> {
  const m = t().pdf.teams;
  return pages(meta, sessions, m.title, m.empty, (d, s) => {
    if (s.members.length === 0) d.text(m.noMembers);
    else
      drawTable(
        d,
        [
          { header: t().xlsx.number, width: 35, align: 'right' },
          { header: m.role, width: 120 },
          { header: m.name, width: 210 },
          { header: m.from, width: 130 },
        ],
        s.members.map((p, i) => [
          String(i + 1),
          p.role === 'chair' ? m.chair : m.member,
          p.name,
          p.external ? m.external : m.own,
        ]),
        10,
      );
    d.moveDown(0.5)
      .fontSize(10)
      .text(s.approvedAt ? m.approved(formatDateTime(s.approvedAt)) : m.notApproved);
  });
}
