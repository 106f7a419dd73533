// certificates: certificate PDFs per second (frame, QR code, fitted type) as a ratio to pdfkit
// writing the same words in the same embedded font and nothing else. Target ≥ 0.7.
import { report } from './support';
import { renderCertificatePdf } from '../lib/certificates/pdf';
import { renderPlainPdfFloor } from './floors/certificate-pdf';

const N = 80;
const input = (i: number) => ({
  fullName: 'Grzegorz Brzęczyszczykiewicz',
  courseTitle: 'Szkolenie okresowe BHP dla pracowników biurowych',
  issuedAt: new Date('2026-11-21T10:00:00Z'),
  scorePercent: 87.5,
  number: `PL-7K3M-9QX2-H4T${i % 10}`,
  verifyUrl: `https://planeta.example/certyfikaty/PL-7K3M-9QX2-H4T${i % 10}`,
});

async function perSecond(render: (i: number) => Promise<Buffer>): Promise<number> {
  for (let i = 0; i < 5; i++) await render(i); // warm-up: font parsing, JIT
  const t0 = performance.now();
  for (let i = 0; i < N; i++) await render(i);
  return N / ((performance.now() - t0) / 1000);
}

const baseline = await perSecond((i) => renderPlainPdfFloor(input(i)));
const value = await perSecond((i) => renderCertificatePdf(input(i)));
report({
  bench: 'certificates',
  value: +value.toFixed(1),
  unit: 'PDFs/s',
  baseline: +baseline.toFixed(1),
  ratio: +(value / baseline).toFixed(3),
});
