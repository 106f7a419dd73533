// The question editor against a real database: every kind saved from its form, edits keeping
// option and item ids, reordering, bank rule limits, and who may read a course file.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/client';
import { UserError } from '@/lib/errors';
import { grantEnrolment } from '@/lib/settlement/grants';
import { parseQuestionForm } from '@/lib/learning/editing/question-schema';
import { moveQuestion, saveQuestion, questionsForEditor } from '@/lib/learning/editing/question-editing';
import { questionDraft } from '@/lib/learning/editing/question-draft';
import { bankOverview, saveBankRules } from '@/lib/learning/editing/bank-rules';
import { addCourseMedia, deleteCourseMedia } from '@/lib/learning/editing/media';
import { parseQuestionConfig } from '@/lib/learning/questions/config';

vi.mock('@/lib/jobs/queues', () => ({ dispatchEmails: async () => {}, enqueueMany: async () => {} }));
// The media route asks who is signed in; everything else about it is real.
const viewer = vi.hoisted(() => ({ user: null as null | { id: string; roles: string[] } }));
vi.mock('@/lib/auth/session', () => ({ currentUser: async () => viewer.user }));
const { GET: getMedia } = await import('@/app/api/learning/media/[id]/route');

let seq = 0;
async function makeCourse() {
  const n = ++seq;
  const category = await db().category.upsert({
    where: { slug: 'test' },
    create: { slug: 'test', name: 'Test' },
    update: {},
  });
  return db().course.create({
    data: {
      slug: `qe-${n}`,
      title: `Kurs ${n}`,
      summary: 's',
      description: 'd',
      categoryId: category.id,
      priceGross: 100,
      testQuestionCount: 5,
    },
    select: { id: true },
  });
}

async function learnerOf(courseId: string) {
  const n = ++seq;
  const user = await db().user.create({
    data: { email: `q${n}@example.pl`, firstName: 'Ola', lastName: 'Nowak', passwordHash: 'x' },
  });
  await db().$transaction((tx) => grantEnrolment(tx, { userId: user.id, courseId, accessMonths: 2, now: new Date() }));
  return user;
}

/** Parses the form as the action would and saves it; the test fails on a refusal. */
async function save(courseId: string, form: Record<string, string>) {
  const parsed = parseQuestionForm({ courseId, text: 'Treść pytania', points: '1', ...form });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return saveQuestion(parsed.value);
}

const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...new Array(40).fill(7)]);
const fileOf = (bytes: Uint8Array, name: string) => new File([new Uint8Array(bytes)], name, { type: 'text/html' });

describe('saving questions of every kind', () => {
  it.each([
    ['SINGLE', { option_0_text: 'tak', option_0_correct: 'on', option_1_text: 'nie' }],
    ['MULTIPLE', { option_0_text: 'a', option_0_correct: 'on', option_1_text: 'b', partialCredit: 'on' }],
    ['TRUE_FALSE', { answer: 'true' }],
    ['SHORT_ANSWER', { accepted: 'Warszawa', ignoreCase: 'on' }],
    ['GAP_FILL', { text: 'I [[1]] here', gap_0_accepted: 'am', gap_0_choices: 'am\nis' }],
    ['MATCHING', { pair_0_left: 'dog', pair_0_right: 'pies', pair_1_left: 'cat', pair_1_right: 'kot' }],
    ['ORDERING', { item_0_text: 'raz', item_1_text: 'dwa' }],
    ['NUMERIC', { value: '3,5', tolerance: '0,1', unit: 'm' }],
  ])('%s is stored with a config its kind reads back', async (kind, form) => {
    const course = await makeCourse();
    const { id } = await save(course.id, { kind, ...form });
    const q = await db().question.findUniqueOrThrow({ where: { id }, include: { options: true } });
    expect(q.kind).toBe(kind);
    expect(() => parseQuestionConfig(q.kind, q.config)).not.toThrow();
    expect(q.options.length).toBe(kind === 'SINGLE' || kind === 'MULTIPLE' ? 2 : 0);
    expect(q.position).toBe(1);
  });

  it('an edit through the form keeps option rows and item ids, so stored attempts still read', async () => {
    const course = await makeCourse();
    const { id } = await save(course.id, {
      kind: 'SINGLE',
      option_0_text: 'a',
      option_0_correct: 'on',
      option_1_text: 'b',
    });
    const before = await db().questionOption.findMany({ where: { questionId: id }, orderBy: { position: 'asc' } });
    // The form the editor would send back, with a third answer added and the first reworded.
    const [draft] = (await questionsForEditor(course.id)).map(questionDraft);
    await save(course.id, {
      id,
      kind: 'SINGLE',
      option_0_id: draft.options[0].id!,
      option_0_text: 'a (poprawione)',
      option_0_correct: 'on',
      option_1_id: draft.options[1].id!,
      option_1_text: 'b',
      option_2_text: 'c',
    });
    const after = await db().questionOption.findMany({ where: { questionId: id }, orderBy: { position: 'asc' } });
    expect(after.map((o) => o.id).slice(0, 2)).toEqual(before.map((o) => o.id));
    expect(after.map((o) => o.text)).toEqual(['a (poprawione)', 'b', 'c']);

    const m = await save(course.id, {
      kind: 'MATCHING',
      pair_0_left: 'dog',
      pair_0_right: 'pies',
      pair_1_left: 'cat',
      pair_1_right: 'kot',
    });
    const stored = parseQuestionConfig(
      'MATCHING',
      (await db().question.findUniqueOrThrow({ where: { id: m.id } })).config,
    );
    const d = questionDraft({ ...(await db().question.findUniqueOrThrow({ where: { id: m.id } })), options: [] });
    await save(course.id, {
      id: m.id,
      kind: 'MATCHING',
      ...Object.fromEntries(
        d.pairs.flatMap((p, i) => [
          [`pair_${i}_left`, p.left],
          [`pair_${i}_right`, i === 0 ? 'piesek' : p.right],
          [`pair_${i}_leftId`, p.leftId],
          [`pair_${i}_rightId`, p.rightId],
        ]),
      ),
    });
    const edited = parseQuestionConfig(
      'MATCHING',
      (await db().question.findUniqueOrThrow({ where: { id: m.id } })).config,
    );
    expect(edited.pairs.map((p) => [p.leftId, p.rightId])).toEqual(stored.pairs.map((p) => [p.leftId, p.rightId]));
    expect(edited.pairs[0].right).toBe('piesek');
  });

  it('a question of another course is not changed by a forged id', async () => {
    const mine = await makeCourse();
    const other = await makeCourse();
    const { id } = await save(other.id, { kind: 'TRUE_FALSE', answer: 'true' });
    await expect(save(mine.id, { id, kind: 'TRUE_FALSE', answer: 'false' })).rejects.toBeInstanceOf(UserError);
    expect(
      parseQuestionConfig('TRUE_FALSE', (await db().question.findUniqueOrThrow({ where: { id } })).config),
    ).toEqual({
      answer: true,
    });
  });

  it("refuses another course's file as a question's media", async () => {
    const mine = await makeCourse();
    const other = await makeCourse();
    const file = await addCourseMedia(other.id, fileOf(png, 'a.png'));
    if (!('id' in file)) throw new Error('upload refused');
    await expect(save(mine.id, { kind: 'TRUE_FALSE', answer: 'true', mediaId: file.id })).rejects.toMatchObject({
      fieldCodes: { mediaId: 'panel.courses.questionEditor.errors.media' },
    });
    expect(await db().question.count({ where: { courseId: mine.id } })).toBe(0);
  });
});

describe('reordering', () => {
  it('moves a question up and down, positions swapped in one go', async () => {
    const course = await makeCourse();
    const a = await save(course.id, { kind: 'TRUE_FALSE', answer: 'true', text: 'Pierwsze' });
    const b = await save(course.id, { kind: 'TRUE_FALSE', answer: 'true', text: 'Drugie' });
    const c = await save(course.id, { kind: 'TRUE_FALSE', answer: 'true', text: 'Trzecie' });
    const order = async () => (await questionsForEditor(course.id)).map((q) => q.id);
    expect(await order()).toEqual([a.id, b.id, c.id]);
    await moveQuestion(course.id, c.id, 'up');
    expect(await order()).toEqual([a.id, c.id, b.id]);
    await moveQuestion(course.id, a.id, 'down');
    expect(await order()).toEqual([c.id, a.id, b.id]);
    await expect(moveQuestion(course.id, c.id, 'up')).rejects.toBeInstanceOf(UserError);
    await expect(moveQuestion(course.id, b.id, 'down')).rejects.toBeInstanceOf(UserError);
    const other = await makeCourse();
    await expect(moveQuestion(other.id, a.id, 'up')).rejects.toBeInstanceOf(UserError);
  });
});

describe('bank rules', () => {
  it('draws the sum of the rules, refuses more than a category holds beside its row, and clears with 0', async () => {
    const course = await makeCourse();
    for (const category of ['Łatwe', 'Łatwe', 'Trudne'])
      await save(course.id, { kind: 'TRUE_FALSE', answer: 'true', category });
    expect((await bankOverview(course.id))?.draws).toBe(5);

    await expect(
      saveBankRules(course.id, [
        { category: 'Łatwe', count: 2 },
        { category: 'Trudne', count: 2 },
      ]),
    ).rejects.toMatchObject({ fieldCodes: { count_1: { code: 'panel.courses.banks.errors.tooMany', params: [1] } } });
    expect(await db().testBankRule.count({ where: { courseId: course.id } })).toBe(0);

    await saveBankRules(course.id, [
      { category: 'Łatwe', count: 2 },
      { category: 'Trudne', count: 1 },
    ]);
    const o = await bankOverview(course.id);
    expect(o).toMatchObject({ draws: 3, hasRules: true });
    const clear = () =>
      saveBankRules(course.id, [
        { category: 'Łatwe', count: 0 },
        { category: 'Trudne', count: 0 },
      ]);
    // Without rules the published course would draw 5 of its 3 questions: refused and undone.
    await expect(clear()).rejects.toMatchObject({ codes: [{ code: 'learning.editing.wouldBreakPublished' }] });
    expect(await bankOverview(course.id)).toMatchObject({ draws: 3, hasRules: true });
    await db().course.update({ where: { id: course.id }, data: { published: false } });
    await clear();
    expect(await bankOverview(course.id)).toMatchObject({ draws: 5, hasRules: false });
  });
});

describe('course files', () => {
  beforeEach(() => {
    viewer.user = null;
  });

  const get = (id: string, headers: Record<string, string> = {}) =>
    getMedia(new Request(`http://localhost/api/learning/media/${id}`, { headers }), {
      params: Promise.resolve({ id }),
    });

  it('types uploads by their bytes and refuses SVG and HTML whatever they are called', async () => {
    const course = await makeCourse();
    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    expect(await addCourseMedia(course.id, fileOf(svg, 'obrazek.png'))).toEqual({ error: 'bad-type' });
    const html = new TextEncoder().encode('<!doctype html><script>alert(1)</script>');
    expect(await addCourseMedia(course.id, fileOf(html, 'x.mp3'))).toEqual({ error: 'bad-type' });
    expect(await addCourseMedia(course.id, null)).toEqual({ error: 'missing' });
    const ok = await addCourseMedia(course.id, fileOf(png, 'rys.html'));
    if (!('id' in ok)) throw new Error('upload refused');
    const row = await db().courseMedia.findUniqueOrThrow({ where: { id: ok.id } });
    expect(row.mimeType).toBe('image/png');
  });

  it('serves a file to its course learner and staff, 404 to another learner and to nobody', async () => {
    const course = await makeCourse();
    const other = await makeCourse();
    const up = await addCourseMedia(course.id, fileOf(png, 'rys.png'));
    if (!('id' in up)) throw new Error('upload refused');
    const learner = await learnerOf(course.id);
    const stranger = await learnerOf(other.id);

    expect((await get(up.id)).status).toBe(404);
    viewer.user = { id: stranger.id, roles: ['LEARNER'] };
    expect((await get(up.id)).status).toBe(404);
    viewer.user = { id: learner.id, roles: ['LEARNER'] };
    const res = await get(up.id);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-disposition')).toMatch(/^inline;/);
    expect(res.headers.get('content-security-policy')).toMatch(/sandbox/);
    expect(res.headers.get('cache-control')).toMatch(/^private/);
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(png);
    const part = await get(up.id, { range: 'bytes=0-3' });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe(`bytes 0-3/${png.length}`);
    expect(new Uint8Array(await part.arrayBuffer())).toEqual(png.slice(0, 4));
    expect((await get(up.id, { range: 'bytes=9999-' })).status).toBe(416);
    viewer.user = { id: stranger.id, roles: ['CONTENT'] };
    expect((await get(up.id)).status).toBe(200);
  });

  it('a revoked learner no longer gets the file', async () => {
    const course = await makeCourse();
    const up = await addCourseMedia(course.id, fileOf(png, 'rys.png'));
    if (!('id' in up)) throw new Error('upload refused');
    const learner = await learnerOf(course.id);
    await db().enrolment.updateMany({ where: { userId: learner.id }, data: { status: 'REVOKED' } });
    viewer.user = { id: learner.id, roles: ['LEARNER'] };
    expect((await get(up.id)).status).toBe(404);
  });

  it('refuses to delete a file a question or a lesson uses, and deletes it once unused', async () => {
    const course = await makeCourse();
    const up = await addCourseMedia(course.id, fileOf(png, 'rys.png'));
    if (!('id' in up)) throw new Error('upload refused');
    const q = await save(course.id, { kind: 'TRUE_FALSE', answer: 'true', mediaId: up.id });
    await expect(deleteCourseMedia(course.id, up.id)).rejects.toMatchObject({
      codes: [{ code: 'panel.courses.files.inUse', params: [1, 0] }],
    });
    await save(course.id, { id: q.id, kind: 'TRUE_FALSE', answer: 'true', mediaId: '' });
    await db().courseModule.create({
      data: {
        courseId: course.id,
        title: 'M',
        position: 1,
        lessons: { create: [{ position: 1, title: 'L', body: `![opis](/api/learning/media/${up.id})` }] },
      },
    });
    await expect(deleteCourseMedia(course.id, up.id)).rejects.toMatchObject({
      codes: [{ code: 'panel.courses.files.inUse', params: [0, 1] }],
    });
    await db().lesson.updateMany({ where: { module: { courseId: course.id } }, data: { body: 'bez obrazka' } });
    const other = await makeCourse();
    await expect(deleteCourseMedia(other.id, up.id)).rejects.toBeInstanceOf(UserError);
    await deleteCourseMedia(course.id, up.id);
    expect(await db().courseMedia.count({ where: { id: up.id } })).toBe(0);
  });
});
