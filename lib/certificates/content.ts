// The words on a certificate, shared by the designed PDF and the benchmark's plain baseline
// so both print exactly the same text.
import { formatDate } from '@/lib/format/time';
import { messages } from '@/lib/i18n';

export type CertificateInput = {
  fullName: string;
  courseTitle: string;
  issuedAt: Date;
  scorePercent: number;
  number: string;
  verifyUrl: string;
};

export const CERTIFICATE_TITLE = messages().learning.certificatePdf.title;

export type CertificateText = {
  brand: string;
  title: string;
  nameLead: string;
  fullName: string;
  courseLead: string;
  courseTitle: string;
  score: string;
  dateLabel: string;
  date: string;
  numberLabel: string;
  number: string;
  verifyLabel: string;
  verifyUrl: string;
};

/** Wording is gender-neutral on purpose: we do not know the learner's grammatical gender. */
export function certificateText(input: CertificateInput): CertificateText {
  const t = messages().learning.certificatePdf;
  return {
    brand: t.brand,
    title: t.title,
    nameLead: t.nameLead,
    fullName: input.fullName.trim(),
    courseLead: t.courseLead,
    courseTitle: input.courseTitle.trim(),
    score: t.score(formatPercent(input.scorePercent)),
    dateLabel: t.dateLabel,
    date: formatDate(input.issuedAt),
    numberLabel: t.numberLabel,
    number: input.number,
    verifyLabel: t.verifyLabel,
    verifyUrl: input.verifyUrl,
  };
}

/** Polish notation: decimal comma, space before the sign ("87,5 %"). */
export function formatPercent(percent: number): string {
  const rounded = Math.round(percent * 10) / 10;
  const text = Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1).replace('.', ',');
  return `${text} %`;
}
