// Benchmark baseline: the certificate's words in the same fonts with no frame, QR code or
// layout work, so a benchmark can tell how much the design itself costs.
import { createPdf, pdfToBuffer } from '@/lib/pdf/document';
import { certificateText, certificateTitle, type CertificateInput } from '@/lib/certificates/content';

export function renderPlainPdfFloor(input: CertificateInput): Promise<Buffer> {
  const doc = createPdf({
    title: `${certificateTitle(input)} ${input.number}`,
    date: input.issuedAt,
    layout: 'landscape',
  });
  const t = certificateText(input);
  return pdfToBuffer(doc, (d) => {
    d.font('bold').text(t.title).text(t.fullName).text(t.courseTitle);
    d.font('regular');
    for (const line of [
      t.nameLead,
      t.courseLead,
      t.score,
      t.dateLabel,
      t.date,
      t.numberLabel,
      t.number,
      t.verifyLabel,
      t.verifyUrl,
    ])
      d.text(line);
  });
}
