// The words on a certificate, shared by the designed PDF and the benchmark's plain baseline
// so both print exactly the same text. A course chooses its template (Course.certificateTemplate):
// the standard one, BHP, which states what the BHP training regulation's model requires, or
// LANGUAGE_LEVEL, a language school's level certificate (CEFR level, hours, dates; issue 20).
import { formatDate } from '@/lib/format/time';
import { messages } from '@/lib/i18n';

/** Certificate templates a course can choose; an unknown stored code prints the standard one. */
export const CERTIFICATE_TEMPLATES = ['STANDARD', 'BHP', 'LANGUAGE_LEVEL'] as const;
export type CertificateTemplate = (typeof CERTIFICATE_TEMPLATES)[number];

/**
 * What a BHP training certificate states besides the name (rozp. MGiP z 27.07.2004, zał. nr 1):
 * the participant's date and place of birth (from the company's list, else blank to fill in by
 * hand), the training's kind, form, audience, organiser, dates and length, and the register number.
 */
export type BhpDetails = {
  birthDate: Date | null;
  birthPlace: string | null;
  trainingKind: string | null;
  trainingForm: string | null;
  audience: string | null;
  organiser: string;
  startedAt: Date;
  finishedAt: Date;
  lessonHours: number | null;
  registerNumber: string;
};

/** What a language level certificate states besides the name (razem §5.6). */
export type LanguageDetails = {
  programmeTitle: string;
  cefr: string;
  levelTitle: string;
  hours: number;
  startedAt: Date;
  finishedAt: Date;
};

export type CertificateInput = {
  fullName: string;
  courseTitle: string;
  issuedAt: Date;
  scorePercent: number;
  number: string;
  verifyUrl: string;
  /** Present for a course with the BHP template. */
  bhp?: BhpDetails;
  /** Present for a language level (template LANGUAGE_LEVEL). */
  language?: LanguageDetails;
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
  bhp?: BhpText;
  language?: LanguageText;
};

/** A language level certificate's own lines, in the order printed. */
export type LanguageText = {
  title: string;
  nameLead: string;
  completed: string;
  cefr: string;
  /** The level's own name, when it says more than its CEFR code. */
  levelTitle: string | null;
  cefrNote: string;
  programme: string;
  hours: string;
  dates: string;
};

/** The BHP model's statements in order, each a lead and the value printed after it. */
export type BhpText = {
  organiserStamp: string;
  organiser: string;
  title: string;
  subtitle: string;
  lines: { lead: string; value: string }[];
  purpose: string;
  registerLabel: string;
  registerNumber: string;
  signature: string;
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
    ...(input.bhp ? { bhp: bhpText(input, input.bhp) } : {}),
    ...(input.language ? { language: languageText(input.language), ...languageLabels(input) } : {}),
  };
}

function languageText(d: LanguageDetails): LanguageText {
  const t = messages().languageZone.pdf;
  return {
    title: t.title,
    nameLead: t.nameLead,
    completed: t.completed,
    cefr: d.cefr,
    levelTitle: d.levelTitle.trim() && d.levelTitle.trim() !== d.cefr ? d.levelTitle.trim() : null,
    cefrNote: t.cefrNote,
    programme: t.programme(d.programmeTitle.trim()),
    hours: t.hours(d.hours),
    dates: t.dates(formatDate(d.startedAt), formatDate(d.finishedAt)),
  };
}

function languageLabels(input: CertificateInput) {
  const t = messages().languageZone.pdf;
  return { score: t.score(formatPercent(input.scorePercent)), numberLabel: t.numberLabel };
}

function bhpText(input: CertificateInput, d: BhpDetails): BhpText {
  const t = messages().learning.certificatePdf.bhp;
  const or = (v: string | null | undefined) => v?.trim() || t.blank;
  const kind = d.trainingKind?.trim() || t.defaultKind;
  const [from, to] = [formatDate(d.startedAt), formatDate(d.finishedAt)];
  const lines = [
    { lead: t.name, value: input.fullName.trim() },
    { lead: t.born, value: `${d.birthDate ? formatDate(d.birthDate) : t.blank} ${t.bornIn} ${or(d.birthPlace)}` },
    { lead: t.completed, value: `${kind} „${input.courseTitle.trim()}”` },
    ...(d.trainingForm ? [{ lead: t.form, value: d.trainingForm.trim() }] : []),
    { lead: t.scope, value: or(d.audience) },
    { lead: t.organiser, value: d.organiser },
    { lead: t.dates(from === to), value: t.datesValue(from, to) },
    ...(d.lessonHours ? [{ lead: t.length, value: t.lessonHours(d.lessonHours) }] : []),
  ];
  return {
    organiserStamp: t.organiserStamp,
    organiser: d.organiser,
    title: t.title,
    subtitle: t.subtitle,
    lines,
    purpose: t.purpose,
    registerLabel: t.register,
    registerNumber: d.registerNumber,
    signature: t.signature,
  };
}

/** Polish notation: decimal comma, space before the sign ("87,5 %"). */
export function formatPercent(percent: number): string {
  const rounded = Math.round(percent * 10) / 10;
  const text = Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1).replace('.', ',');
  return `${text} %`;
}
