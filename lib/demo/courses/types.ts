// The shape of the demo courses' content. Plain data, so the e2e test can import the question
// banks (and so know the key) without touching the database.
import type { QuestionKindCode } from '@/lib/learning/questions/config';

export type DemoQuestion = {
  kind: QuestionKindCode;
  text: string;
  options: { text: string; correct: boolean }[];
  /** Defaults: 1 point, the general bank, no config, no media. */
  points?: number;
  category?: string;
  config?: Record<string, unknown>;
  /** fileName of one of the course's `media`. */
  media?: string;
};
export type DemoMedia = { fileName: string; mimeType: string; data: () => Buffer };
export type DemoLesson = {
  title: string;
  minutes: number;
  body: string;
  videoUrl?: string;
  attachment?: { fileName: string; mimeType: string; text: string };
};
export type DemoCourseContent = {
  slug: string;
  settings?: {
    testQuestionCount?: number;
    passMarkPercent?: number;
    maxAttempts?: number;
    timeLimitMinutes?: number | null;
    groupInstruction?: string | null;
    testRequiresLessons?: boolean;
    testShowsAnswers?: boolean;
    retakeDelayHours?: number;
  };
  /** Questions drawn per bank category (TestBankRule); none = testQuestionCount from the whole bank. */
  bankRules?: { category: string; count: number }[];
  media?: DemoMedia[];
  modules: { title: string; lessons: DemoLesson[] }[];
  questions: DemoQuestion[];
};

/** Shorthand for the banks: the option text starting with "*" is correct (the star is removed). */
export function q(kind: 'SINGLE' | 'MULTIPLE', text: string, ...options: string[]): DemoQuestion {
  return {
    kind,
    text,
    options: options.map((o) =>
      o.startsWith('*') ? { text: o.slice(1), correct: true } : { text: o, correct: false },
    ),
  };
}

/** A real, neutral sample video (YouTube's own IFrame API demo); staff replace it in the panel. */
export const SAMPLE_VIDEO = 'https://www.youtube-nocookie.com/embed/M7lc1UVf-VE';
