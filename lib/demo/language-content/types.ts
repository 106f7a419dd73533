// The shape of one demo level of the language school: its course (lessons, one PDF worksheet, the
// level test's bank) and its prices for both plans. Plain data, so the e2e can import the banks.
import type { DemoLesson, DemoQuestion } from '@/lib/demo/courses/types';

export type LanguageLevelContent = {
  cefr: string;
  slug: string;
  title: string;
  summary: string;
  description: string;
  /** Lesson hours the certificate states. */
  hours: number;
  /** Gross minor units: a month of razem-monthly, the whole level of razem-full. */
  monthly: number;
  full: number;
  /** A worksheet attached to the first lesson, drawn as a PDF. */
  pdf: { fileName: string; title: string; lines: string[] };
  modules: { title: string; lessons: Omit<DemoLesson, 'attachment'>[] }[];
  questions: DemoQuestion[];
};
