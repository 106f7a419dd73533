// The course editor's services on a real database: publishing refused while something is missing,
// a published course kept sellable, reordering, and a duplicate that copies everything.
import { storeFileNow, readStoredFile } from '@/lib/storage';
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { UserError, userErrorText } from '@/lib/errors';
import { deleteCourseItem, saveCourse } from '@/lib/learning/editing/course-editing';
import { courseSchema } from '@/lib/learning/editing/course-schemas';
import { moveLesson, moveModule } from '@/lib/learning/editing/course-reorder';
import { duplicateCourse } from '@/lib/learning/editing/duplicate-course';
import { courseReadiness } from '@/lib/learning/editing/publishing';
import { addToCart } from '@/lib/orders/cart';

let seq = 0;

async function category() {
  return db().category.upsert({ where: { slug: 'ed' }, create: { slug: 'ed', name: 'Edytor' }, update: {} });
}

function form(over: Record<string, string> = {}) {
  return {
    title: 'Kurs edytora',
    slug: `kurs-edytora-${++seq}`,
    summary: 'Krótki opis kursu',
    description: 'Opis kursu długi',
    price: '99,00',
    accessMonths: '',
    testQuestionCount: '2',
    passMarkPercent: '60',
    maxAttempts: '3',
    timeLimitMinutes: '',
    syllabus: 'Wstęp\nPraktyka',
    ...over,
  };
}

async function refusal(p: Promise<unknown>) {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(UserError);
  return userErrorText(e as UserError);
}

async function addLesson(courseId: string, title = 'Lekcja') {
  const m =
    (await db().courseModule.findFirst({ where: { courseId } })) ??
    (await db().courseModule.create({ data: { courseId, position: 1, title: 'Moduł' } }));
  return db().lesson.create({ data: { moduleId: m.id, position: 1, title, body: 'treść' } });
}

async function addQuestions(courseId: string, n: number, category = '') {
  for (let i = 0; i < n; i++)
    await db().question.create({
      data: {
        courseId,
        kind: 'SINGLE',
        text: `Pytanie ${category} ${i}`,
        category,
        options: {
          create: [
            { text: 'tak', correct: true, position: 1 },
            { text: 'nie', correct: false, position: 2 },
          ],
        },
      },
    });
}

describe('publishing a course', () => {
  it('refuses an empty course, names what is missing beside the checkbox, and creates nothing', async () => {
    const c = await category();
    const input = courseSchema.parse({ ...form(), categoryId: c.id, published: 'on' });
    const r = await refusal(saveCourse(input));
    expect(r.fieldErrors?.published).toContain('co najmniej jedna lekcja (jest: 0)');
    expect(r.fieldErrors?.published).toContain('pytania do testu (losowanych: 2, w puli: 0)');
    expect(await db().course.count({ where: { slug: input.slug } })).toBe(0);
  });

  it('publishes once there is a lesson and enough questions; then keeps it so', async () => {
    const c = await category();
    const input = courseSchema.parse({ ...form(), categoryId: c.id });
    const { id } = await saveCourse(input);
    expect(await db().course.findUniqueOrThrow({ where: { id } })).toMatchObject({
      published: false,
      syllabus: ['Wstęp', 'Praktyka'],
    });
    const lesson = await addLesson(id);
    await addQuestions(id, 1);
    const short = await refusal(saveCourse({ ...input, id, published: true }));
    expect(short.fieldErrors?.published).toContain('losowanych: 2, w puli: 1');
    expect((await db().course.findUniqueOrThrow({ where: { id } })).published).toBe(false);

    await addQuestions(id, 1);
    await saveCourse({ ...input, id, published: true });
    expect((await db().course.findUniqueOrThrow({ where: { id } })).published).toBe(true);
    expect((await courseReadiness(id)).every((i) => i.ok)).toBe(true);

    // Deleting the only lesson or a needed question of a published course is refused and undone.
    const gone = await refusal(deleteCourseItem(id, 'lesson', lesson.id));
    expect(gone.error).toMatch(/Kurs jest opublikowany/);
    expect(await db().lesson.count({ where: { id: lesson.id } })).toBe(1);
    const q = await db().question.findFirstOrThrow({ where: { courseId: id } });
    await refusal(deleteCourseItem(id, 'question', q.id));
    expect(await db().question.count({ where: { courseId: id } })).toBe(2);
    // Raising the draw above the bank on a published course is refused too.
    await refusal(saveCourse({ ...input, id, published: true, testQuestionCount: 3 }));
    expect((await db().course.findUniqueOrThrow({ where: { id } })).testQuestionCount).toBe(2);
  });

  it('with bank rules, counts each category and ignores testQuestionCount', async () => {
    const c = await category();
    const input = courseSchema.parse({ ...form({ testQuestionCount: '50' }), categoryId: c.id });
    const { id } = await saveCourse(input);
    await addLesson(id);
    await addQuestions(id, 3, 'Gramatyka');
    await addQuestions(id, 1, 'Słuchanie');
    await db().testBankRule.createMany({
      data: [
        { courseId: id, category: 'Gramatyka', count: 2 },
        { courseId: id, category: 'Słuchanie', count: 2 },
      ],
    });
    const r = await refusal(saveCourse({ ...input, id, published: true }));
    expect(r.fieldErrors?.published).toContain('pytania z kategorii „Słuchanie” (losowanych: 2, w puli: 1)');
    expect(r.fieldErrors?.published).not.toContain('Gramatyka');
    await addQuestions(id, 1, 'Słuchanie');
    await saveCourse({ ...input, id, published: true });
    expect((await db().course.findUniqueOrThrow({ where: { id } })).published).toBe(true);
  });

  it('does not sell a hidden course', async () => {
    const c = await category();
    const { id } = await saveCourse(courseSchema.parse({ ...form(), categoryId: c.id }));
    const offer = await db().courseOffer.findFirstOrThrow({ where: { courseId: id } });
    await refusal(addToCart({ token: null, userId: null }, offer.id));
  });
});

describe('reordering', () => {
  it('swaps modules and lessons and renumbers their positions from 1', async () => {
    const c = await category();
    const { id } = await saveCourse(courseSchema.parse({ ...form(), categoryId: c.id }));
    // Positions typed by hand: two modules share 5, the third is at 9.
    const m1 = await db().courseModule.create({ data: { courseId: id, position: 5, title: 'M1' } });
    await db().courseModule.create({ data: { courseId: id, position: 5, title: 'M2' } });
    const m3 = await db().courseModule.create({ data: { courseId: id, position: 9, title: 'M3' } });
    const lessons = [];
    for (const t of ['A', 'B', 'C'])
      lessons.push(await db().lesson.create({ data: { moduleId: m1.id, position: 1, title: t, body: '' } }));
    const order = async () =>
      (
        await db().courseModule.findMany({
          where: { courseId: id },
          orderBy: [{ position: 'asc' }, { id: 'asc' }],
          select: { title: true, position: true },
        })
      ).map((m) => `${m.position}:${m.title}`);
    const before = await order();
    await moveModule(id, m3.id, 'up');
    const sorted = before.map((s) => s.split(':')[1]);
    const expected = [...sorted];
    expected.splice(1, 2, sorted[2]!, sorted[1]!);
    expect(await order()).toEqual(expected.map((t, i) => `${i + 1}:${t}`));
    await refusal(
      moveModule(id, (await db().courseModule.findFirstOrThrow({ where: { courseId: id, position: 1 } })).id, 'up'),
    );

    const lessonOrder = await db().lesson.findMany({
      where: { moduleId: m1.id },
      orderBy: [{ position: 'asc' }, { id: 'asc' }],
      select: { id: true, title: true },
    });
    await moveLesson(id, lessonOrder[0]!.id, 'down');
    const after = await db().lesson.findMany({
      where: { moduleId: m1.id },
      orderBy: { position: 'asc' },
      select: { title: true, position: true },
    });
    expect(after.map((l) => l.position)).toEqual([1, 2, 3]);
    expect(after.map((l) => l.title)).toEqual([lessonOrder[1]!.title, lessonOrder[0]!.title, lessonOrder[2]!.title]);
    // A lesson of another course is not found through this course.
    const other = await saveCourse(courseSchema.parse({ ...form(), categoryId: c.id }));
    await refusal(moveLesson(other.id, lessons[0]!.id, 'down'));
  });
});

describe('duplicating a course', () => {
  it('copies content, test, files and offers into a hidden course and points file links at the copies', async () => {
    const c = await category();
    const input = courseSchema.parse({ ...form({ testQuestionCount: '1' }), categoryId: c.id, published: '' });
    const { id } = await saveCourse(input);
    const media = await db().courseMedia.create({
      data: {
        courseId: id,
        fileName: 'a.png',
        mimeType: 'image/png',
        size: 3,
        fileKey: await storeFileNow(db(), 'course-media', Buffer.from([1, 2, 3]), 'image/png'),
      },
    });
    const m = await db().courseModule.create({ data: { courseId: id, position: 1, title: 'Moduł 1' } });
    const lesson = await db().lesson.create({
      data: { moduleId: m.id, position: 1, title: 'L1', minutes: 12, body: 'x', videoUrl: null },
    });
    const att = await db().attachment.create({
      data: {
        lessonId: lesson.id,
        fileName: 'z.pdf',
        mimeType: 'application/pdf',
        size: 1,
        fileKey: await storeFileNow(db(), 'attachments', Buffer.from([7]), 'application/pdf'),
      },
    });
    await db().lesson.update({
      where: { id: lesson.id },
      data: { body: `![a](/api/learning/media/${media.id}) [z](/api/learning/zalaczniki/${att.id})` },
    });
    await db().question.create({
      data: {
        courseId: id,
        kind: 'MATCHING',
        text: `Dopasuj ![](/api/learning/media/${media.id})`,
        points: 3,
        category: 'Słownictwo',
        mediaId: media.id,
        config: { pairs: [{ leftId: 'aaaa', left: 'pies', rightId: 'bbbb', right: 'dog' }], distractors: [] },
      },
    });
    await db().question.create({
      data: {
        courseId: id,
        kind: 'SINGLE',
        text: 'Wybierz',
        options: {
          create: [
            { text: 'tak', correct: true, position: 1 },
            { text: 'nie', correct: false, position: 2 },
          ],
        },
      },
    });
    await db().testBankRule.create({ data: { courseId: id, category: 'Słownictwo', count: 1 } });
    await db().courseOffer.create({ data: { courseId: id, seats: 30, priceGross: 150000 } });
    await db().course.update({
      where: { id },
      data: { published: true, testShowsAnswers: true, retakeDelayHours: 24 },
    });

    const copy = await duplicateCourse(id);
    const second = await duplicateCourse(id);
    const read = (courseId: string) =>
      db().course.findUniqueOrThrow({
        where: { id: courseId },
        include: {
          media: true,
          bankRules: true,
          offers: { orderBy: { seats: 'asc' } },
          modules: { include: { lessons: { include: { attachments: true } } } },
          questions: { include: { options: { orderBy: { position: 'asc' } } }, orderBy: { kind: 'asc' } },
        },
      });
    const [orig, dup, dup2] = await Promise.all([read(id), read(copy.id), read(second.id)]);
    expect(dup).toMatchObject({
      slug: `${orig.slug}-kopia`,
      title: `${orig.title} (kopia)`,
      published: false,
      syllabus: ['Wstęp', 'Praktyka'],
      testShowsAnswers: true,
      retakeDelayHours: 24,
      testQuestionCount: 1,
      categoryId: orig.categoryId,
    });
    expect(dup2.slug).toBe(`${orig.slug}-kopia-2`);
    expect(dup.media).toHaveLength(1);
    const newMedia = dup.media[0]!;
    expect(newMedia.id).not.toBe(media.id);
    expect(newMedia.fileKey).not.toBe(media.fileKey);
    expect(await readStoredFile(newMedia.fileKey)).toEqual(Buffer.from([1, 2, 3]));
    const newLesson = dup.modules[0]!.lessons[0]!;
    const newAtt = newLesson.attachments[0]!;
    expect(newLesson).toMatchObject({ title: 'L1', minutes: 12 });
    expect(newLesson.body).toBe(`![a](/api/learning/media/${newMedia.id}) [z](/api/learning/zalaczniki/${newAtt.id})`);
    expect(await readStoredFile(newAtt.fileKey)).toEqual(Buffer.from([7]));
    const [single, matching] = dup.questions;
    expect(matching).toMatchObject({
      points: 3,
      category: 'Słownictwo',
      mediaId: newMedia.id,
      text: `Dopasuj ![](/api/learning/media/${newMedia.id})`,
      config: orig.questions[1]!.config,
    });
    expect(single!.options.map((o) => [o.text, o.correct, o.position])).toEqual([
      ['tak', true, 1],
      ['nie', false, 2],
    ]);
    expect(dup.bankRules.map((r) => [r.category, r.count])).toEqual([['Słownictwo', 1]]);
    expect(dup.offers.map((o) => [o.seats, o.priceGross, o.active])).toEqual(
      orig.offers.map((o) => [o.seats, o.priceGross, o.active]),
    );
    // The original is untouched.
    expect(orig.modules[0]!.lessons[0]!.body).toContain(media.id);
    expect(orig.published).toBe(true);
  });
});
