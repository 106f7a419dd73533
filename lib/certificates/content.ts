// The words on a certificate, shared by the designed PDF and the benchmark's plain baseline
// so both print exactly the same text. A course chooses its template (Course.certificateTemplate):
// the standard one, BHP, which states what the BHP training regulation's model requires, or
// LANGUAGE_LEVEL, a language school's level certificate (CEFR level, hours, dates; issue 20).
import { formatDate } from '@/lib/format/time';
import { formatPercent } from '@/lib/format/percent';
import { isLocale, messages, type Locale } from '@/lib/i18n';

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
  /** The language it is printed in ('pl' when absent); who decides it: lib/certificates/issue.ts. */
  locale?: string;
};

/**
 * The language a certificate is printed in: the one asked for when its template is written in it,
 * else Polish. A language level certificate exists in Ukrainian too (the language school's learners);
 * the course and BHP certificates in Polish and English only, so a Ukrainian reader gets the Polish one
 * rather than a page of fallback texts.
 */
export function printedLocale(input: Pick<CertificateInput, 'locale' | 'language'>): Locale {
  const written: readonly Locale[] = input.language ? ['pl', 'en', 'uk'] : ['pl', 'en'];
  return isLocale(input.locale) && written.includes(input.locale) ? input.locale : 'pl';
}

/** The document's title in its metadata ("Zaświadczenie o ukończeniu kursu"). */
export function certificateTitle(input: Pick<CertificateInput, 'locale' | 'language'>): string {
  const m = messages(printedLocale(input));
  return input.language ? m.languageZone.pdf.title : m.learning.certificatePdf.title;
}

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
  /** On a translation of the statutory Polish model: that it is a courtesy translation (null in Polish). */
  courtesyNote: string | null;
};

/** Wording is gender-neutral on purpose: we do not know the learner's grammatical gender. */
export function certificateText(input: CertificateInput): CertificateText {
  const locale = printedLocale(input);
  // The course certificate's words that a language level certificate does not override (the brand,
  // the name as printed): read in a language the course certificate is written in.
  const t = messages(printedLocale({ locale })).learning.certificatePdf;
  return {
    brand: t.brand,
    title: t.title,
    nameLead: t.nameLead,
    fullName: input.fullName.trim(),
    courseLead: t.courseLead,
    courseTitle: input.courseTitle.trim(),
    score: t.score(formatPercent(input.scorePercent, locale)),
    dateLabel: t.dateLabel,
    date: formatDate(input.issuedAt, locale),
    numberLabel: t.numberLabel,
    number: input.number,
    verifyLabel: t.verifyLabel,
    verifyUrl: input.verifyUrl,
    ...(input.bhp ? { bhp: bhpText(input.fullName, input.courseTitle, input.bhp, locale) } : {}),
    ...(input.language
      ? { language: languageText(input.language, locale), ...languageLabels(input.scorePercent, locale) }
      : {}),
  };
}

function languageText(d: LanguageDetails, locale: Locale): LanguageText {
  const t = messages(locale).languageZone.pdf;
  return {
    title: t.title,
    nameLead: t.nameLead,
    completed: t.completed,
    cefr: d.cefr,
    levelTitle: d.levelTitle.trim() && d.levelTitle.trim() !== d.cefr ? d.levelTitle.trim() : null,
    cefrNote: t.cefrNote,
    programme: t.programme(d.programmeTitle.trim()),
    hours: t.hours(d.hours),
    dates: t.dates(formatDate(d.startedAt, locale), formatDate(d.finishedAt, locale)),
  };
}

function languageLabels(scorePercent: number, locale: Locale) {
  const t = messages(locale).languageZone.pdf;
  const { numberLabel, dateLabel, verifyLabel } = t;
  return { score: t.score(formatPercent(scorePercent, locale)), numberLabel, dateLabel, verifyLabel };
}

function bhpText(fullName: string, courseTitle: string, d: BhpDetails, locale: Locale): BhpText {
  const t = messages(locale).learning.certificatePdf.bhp;
  const or = (v: string | null | undefined) => v?.trim() || t.blank;
  const kind = d.trainingKind?.trim() || t.defaultKind;
  const [from, to] = [formatDate(d.startedAt, locale), formatDate(d.finishedAt, locale)];
  const lines = [
    { lead: t.name, value: fullName.trim() },
    {
      lead: t.born,
      value: `${d.birthDate ? formatDate(d.birthDate, locale) : t.blank} ${t.bornIn} ${or(d.birthPlace)}`,
    },
    { lead: t.completed, value: t.training(kind, courseTitle.trim()) },
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
    courtesyNote: locale !== 'pl' ? t.courtesyNote : null,
  };
}
