'use server';
// The lesson editor's live preview: the learner's renderer, for staff who edit courses, with the
// same length limit as saving the lesson.
import { formAction } from '@/lib/actions/action';
import { lessonSchema } from '@/lib/learning/editing/course-schemas';
import { renderLessonHtml } from '@/lib/learning/content/render';

export const previewLesson = formAction(
  { schema: lessonSchema.pick({ body: true }), permission: 'panel:courses' },
  async ({ body }) => ({ ok: true, data: { html: renderLessonHtml(body) } }),
);
