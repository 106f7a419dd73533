// A stored course as the editor's text fields (grosze → "99,00", null → empty).
import type { EditableCourse } from './panel-queries';
import { DEFAULT_COURSE_LANGUAGE } from '@/lib/catalog/rules/course-language';

export function priceText(grosze: number): string {
  return `${Math.floor(grosze / 100)},${String(grosze % 100).padStart(2, '0')}`;
}

export function courseFormValues(c: EditableCourse | null) {
  const s = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(n));
  return {
    id: c?.id,
    title: c?.title ?? '',
    slug: c?.slug ?? '',
    summary: c?.summary ?? '',
    description: c?.description ?? '',
    categoryId: c?.categoryId ?? '',
    language: c?.language ?? DEFAULT_COURSE_LANGUAGE,
    price: c ? priceText(c.priceGross) : '',
    accessMonths: c ? s(c.accessMonths) : '2',
    testQuestionCount: s(c?.testQuestionCount ?? 10),
    passMarkPercent: s(c?.passMarkPercent ?? 60),
    maxAttempts: s(c?.maxAttempts ?? 3),
    timeLimitMinutes: s(c?.timeLimitMinutes),
    retakeDelayHours: s(c?.retakeDelayHours ?? 0),
    testRequiresLessons: c?.testRequiresLessons ?? false,
    testShowsAnswers: c?.testShowsAnswers ?? false,
    syllabus: (c?.syllabus ?? []).join('\n'),
    groupInstruction: c?.groupInstruction ?? '',
    published: c?.published ?? false,
  };
}
