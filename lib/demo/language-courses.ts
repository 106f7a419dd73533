// Writes the language school's demo courses: each level a Course (lessons, a PDF worksheet, the
// level test with razem's 65 % and a week before a retake, the LANGUAGE_LEVEL certificate) and
// the unpublished placement course whose questions' categories are the bands.
import { storeFileNow } from '@/lib/storage';
import type { Prisma } from '@/lib/db/generated/client';
import { db, type Tx } from '@/lib/db/client';
import { createPdf, pdfToBuffer } from '@/lib/pdf/document';
import type { DemoQuestion } from '@/lib/demo/courses/types';
import type { LanguageLevelContent } from '@/lib/demo/language-content';
import { PROGRAMME_LANGUAGE } from '@/lib/language/programme-language';

/** razem §5.5 (B14): a level test is passed from 65 % of its points; a failed one waits a week. */
export const LEVEL_PASS_MARK = 65;
export const LEVEL_RETAKE_HOURS = 168;

async function worksheet(pdf: LanguageLevelContent['pdf'], at: Date): Promise<Buffer> {
  return pdfToBuffer(createPdf({ title: pdf.title, date: at }), (doc) => {
    doc.font('bold').fontSize(18).text(pdf.title);
    doc.moveDown().font('regular').fontSize(12);
    for (const line of pdf.lines) doc.text(`• ${line}`).moveDown(0.4);
    doc.moveDown(2).fontSize(9).fillColor('#555').text('Planeta — Polski dla obcokrajowców');
  });
}

export async function writeQuestions(tx: Tx, courseId: string, questions: readonly DemoQuestion[]) {
  for (const [i, x] of questions.entries()) {
    await tx.question.create({
      data: {
        courseId,
        kind: x.kind,
        text: x.text,
        position: i + 1,
        points: x.points ?? 1,
        category: x.category ?? '',
        config: x.config as Prisma.InputJsonValue | undefined,
        options: { create: x.options.map((o, oi) => ({ text: o.text, correct: o.correct, position: oi + 1 })) },
      },
    });
  }
}

export async function createLevelCourse(level: LanguageLevelContent, categoryId: string, at: Date): Promise<string> {
  const pdf = await worksheet(level.pdf, at);
  return db().$transaction(async (tx) => {
    const course = await tx.course.create({
      data: {
        slug: level.slug,
        title: level.title,
        summary: level.summary,
        description: level.description,
        syllabus: level.modules.flatMap((m) => m.lessons.map((l) => l.title)),
        categoryId,
        language: PROGRAMME_LANGUAGE,
        accessMonths: 6,
        priceGross: level.full,
        testQuestionCount: 10,
        passMarkPercent: LEVEL_PASS_MARK,
        retakeDelayHours: LEVEL_RETAKE_HOURS,
        maxAttempts: 5,
        timeLimitMinutes: 45,
        certificateTemplate: 'LANGUAGE_LEVEL',
        lessonHours: level.hours,
      },
      select: { id: true },
    });
    for (const [mi, m] of level.modules.entries()) {
      const pdfKey = mi === 0 ? await storeFileNow(tx, 'attachments', new Uint8Array(pdf), 'application/pdf') : '';
      await tx.courseModule.create({
        data: {
          courseId: course.id,
          position: mi + 1,
          title: m.title,
          lessons: {
            create: m.lessons.map((l, li) => ({
              position: li + 1,
              title: l.title,
              body: l.body,
              minutes: l.minutes,
              videoUrl: l.videoUrl ?? null,
              // The worksheet goes with the level's first lesson.
              attachments:
                mi === 0 && li === 0
                  ? {
                      create: [
                        {
                          fileName: level.pdf.fileName,
                          mimeType: 'application/pdf',
                          size: pdf.length,
                          fileKey: pdfKey,
                        },
                      ],
                    }
                  : undefined,
            })),
          },
        },
      });
    }
    await writeQuestions(tx, course.id, level.questions);
    return course.id;
  });
}

export async function createPlacementCourse(
  slug: string,
  categoryId: string,
  questions: readonly DemoQuestion[],
  rules: readonly { category: string; count: number }[],
): Promise<string> {
  return db().$transaction(async (tx) => {
    const course = await tx.course.create({
      data: {
        slug,
        title: 'Test kwalifikacyjny — polski dla obcokrajowców',
        summary: 'Pytania testu kwalifikacyjnego; kategoria pytania to poziom (A1–C1).',
        description: 'Kurs techniczny: nie jest sprzedawany ani publikowany, trzyma pulę pytań testu kwalifikacyjnego.',
        syllabus: [],
        categoryId,
        language: PROGRAMME_LANGUAGE,
        priceGross: 0,
        published: false,
      },
      select: { id: true },
    });
    await writeQuestions(tx, course.id, questions);
    await tx.testBankRule.createMany({ data: rules.map((r) => ({ courseId: course.id, ...r })) });
    return course.id;
  });
}
