// What the questions page of a course shows: the questions as editor drafts, the bank categories
// and their rules, the files a question may carry. One loader for the page.
import { courseForEditing } from './panel-queries';
import { questionsForEditor } from './question-editing';
import { questionDraft } from './question-draft';
import { bankOverview, courseCategories } from './bank-rules';
import { questionMediaChoices } from './media';

export async function questionPage(courseId: string) {
  const [course, questions, overview, categories, media] = await Promise.all([
    courseForEditing(courseId),
    questionsForEditor(courseId),
    bankOverview(courseId),
    courseCategories(courseId),
    questionMediaChoices(courseId),
  ]);
  if (!course || !overview) return null;
  return {
    course: { id: course.id, title: course.title, passMarkPercent: course.passMarkPercent },
    questions: questions.map((q) => ({
      id: q.id,
      kind: q.kind,
      text: q.text,
      points: q.points,
      category: q.category,
      hasMedia: q.mediaId !== null,
      draft: questionDraft(q),
    })),
    overview,
    categories,
    media,
  };
}
export type QuestionPage = NonNullable<Awaited<ReturnType<typeof questionPage>>>;
