import { afterEach, describe, expect, it, vi } from 'vitest';
process.env.TEST_CLOCK = '1';
import { db } from '@/lib/db/client';
import type { CurrentUser } from '@/lib/auth/session';
import type { Role } from '@/lib/db/generated/enums';
import { advanceClock, resetClock } from '@/lib/clock/clock';
import { languageOfficeEmail } from '@/lib/config/env';
import { siteOrigin } from '@/lib/url';
import { learnerThread, officeInbox, officeThread } from '@/lib/language/office/thread';

vi.mock('@/lib/jobs/queues', () => ({ dispatchEmails: async () => {}, enqueueMany: async () => {} }));
const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock('@/lib/auth/session', async (real) => ({
  ...(await real<typeof import('@/lib/auth/session')>()),
  currentUser: async () => session.user,
}));
afterEach(() => resetClock());

let n = 0;
const unique = (prefix: string) => `${prefix}${Date.now()}${++n}`;
const PDF = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a, 0x25, 0x25, 0x45, 0x4f, 0x46]);
const EXE = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00]);

async function programme() {
  return db().languageProgramme.create({ data: { slug: unique('polski-'), title: 'Polski' }, select: { id: true } });
}
async function person(roles: Role[] = ['LEARNER'], firstName = 'Maria'): Promise<CurrentUser> {
  const u = await db().user.create({
    data: { email: `${unique('u')}@example.com`, firstName, lastName: 'González', passwordHash: 'x', roles },
    select: { id: true, email: true, firstName: true, lastName: true, roles: true },
  });
  return u as unknown as CurrentUser;
}
async function learner(programmeId: string, firstName = 'Maria') {
  const u = await person(['LEARNER'], firstName);
  await db().languageLearner.create({
    data: { userId: u.id, programmeId, birthDate: new Date('1990-05-01'), startCefr: 'A1' },
  });
  return u;
}

function form(body: string, files: { name: string; bytes: Uint8Array<ArrayBuffer>; type?: string }[] = []) {
  const f = new FormData();
  f.set('body', body);
  for (const file of files) f.append('files', new File([file.bytes], file.name, { type: file.type ?? '' }));
  return f;
}
const post = (path: string, body: FormData) =>
  new Request(`http://localhost${path}`, { method: 'POST', body, headers: { origin: siteOrigin() } });

async function learnerWrites(user: CurrentUser, body: FormData) {
  session.user = user;
  const { POST } = await import('@/app/strefa-sluchacza/wiadomosci/wyslij/route');
  return POST(post('/strefa-sluchacza/wiadomosci/wyslij', body));
}
async function officeAnswers(staff: CurrentUser, learnerId: string, body: FormData) {
  session.user = staff;
  const { POST } = await import('@/app/panel/jezyk/wiadomosci/[learnerId]/wyslij/route');
  return POST(post(`/panel/jezyk/wiadomosci/${learnerId}/wyslij`, body), { params: Promise.resolve({ learnerId }) });
}
async function learnerFile(user: CurrentUser | null, id: string) {
  session.user = user;
  const { GET } = await import('@/app/strefa-sluchacza/wiadomosci/pliki/[id]/route');
  return GET(new Request(`http://localhost/strefa-sluchacza/wiadomosci/pliki/${id}`), {
    params: Promise.resolve({ id }),
  });
}
async function officeFile(user: CurrentUser | null, id: string) {
  session.user = user;
  const { GET } = await import('@/app/panel/jezyk/wiadomosci/pliki/[id]/route');
  return GET(new Request(`http://localhost/panel/jezyk/wiadomosci/pliki/${id}`), { params: Promise.resolve({ id }) });
}
const mails = (template: string, to?: string) =>
  db().emailMessage.findMany({ where: { template, ...(to ? { to } : {}) }, orderBy: { createdAt: 'asc' } });

describe('the office thread', () => {
  it('a learner writes with an attachment, the office is e-mailed; the answer e-mails the learner', async () => {
    const p = await programme();
    const maria = await learner(p.id);
    const before = (await mails('language-office-message', languageOfficeEmail())).length;

    const res = await learnerWrites(
      maria,
      form('Dzień dobry, przesyłam skan paszportu.', [{ name: 'paszport.pdf', bytes: PDF }]),
    );
    expect(res.status).toBe(200);
    const [message] = await db().officeMessage.findMany({ where: { learnerId: maria.id }, include: { files: true } });
    expect(message).toMatchObject({ fromOffice: false, authorId: maria.id, readAt: null });
    expect(message.files.map((f) => [f.fileName, f.mimeType, f.size])).toEqual([
      ['paszport.pdf', 'application/pdf', PDF.length],
    ]);
    const toOffice = await mails('language-office-message', languageOfficeEmail());
    expect(toOffice).toHaveLength(before + 1);
    expect(toOffice.at(-1)!.onceKey).toBe(`office-message:${message.id}`);
    expect(toOffice.at(-1)!.text).toContain('Dzień dobry, przesyłam skan paszportu.');
    expect(toOffice.at(-1)!.text).toContain(`/panel/jezyk/wiadomosci/${maria.id}`);

    // The office's inbox shows the thread as unread; opening it marks the learner's message read.
    const staff = await person(['SUPPORT'], 'Ola');
    expect((await officeInbox()).find((r) => r.learnerId === maria.id)).toMatchObject({ unread: 1, count: 1 });
    const seen = await officeThread(maria.id);
    expect(seen!.messages.map((m) => m.isNew)).toEqual([true]);
    expect((await officeInbox()).find((r) => r.learnerId === maria.id)).toMatchObject({ unread: 0 });
    expect((await officeThread(maria.id))!.messages.map((m) => m.isNew)).toEqual([false]);

    advanceClock(5 * 60_000);
    const answer = await officeAnswers(staff, maria.id, form('Dziękujemy, skan jest czytelny.'));
    expect(answer.status).toBe(200);
    const toLearner = await mails('language-office-answer', maria.email!);
    expect(toLearner).toHaveLength(1);
    expect(toLearner[0].text).toContain('Dziękujemy, skan jest czytelny.');
    expect(toLearner[0].text).toContain('/strefa-sluchacza/wiadomosci');

    const thread = await learnerThread(maria.id);
    expect(thread!.map((m) => [m.fromOffice, m.isNew, m.authorName])).toEqual([
      [false, false, 'Maria González'],
      [true, true, 'Ola González'],
    ]);
    expect(thread![0].readByOther).toBe(true);
    expect((await learnerThread(maria.id))![1].isNew).toBe(false);
  });

  it('serves a file to the thread’s two sides only; anyone else gets 404', async () => {
    const p = await programme();
    const maria = await learner(p.id);
    const ivan = await learner(p.id, 'Ivan');
    await learnerWrites(maria, form('Załącznik', [{ name: 'zaświadczenie.pdf', bytes: PDF }]));
    const file = await db().officeMessageFile.findFirstOrThrow({ where: { message: { learnerId: maria.id } } });

    const own = await learnerFile(maria, file.id);
    expect(own.status).toBe(200);
    expect(own.headers.get('content-type')).toBe('application/pdf');
    expect(own.headers.get('x-content-type-options')).toBe('nosniff');
    expect(own.headers.get('content-disposition')).toContain('attachment');
    expect(new Uint8Array(await own.arrayBuffer())).toEqual(PDF);

    expect((await learnerFile(ivan, file.id)).status).toBe(404);
    expect((await learnerFile(null, file.id)).status).toBe(404);
    expect((await officeFile(ivan, file.id)).status).toBe(404);
    expect((await officeFile(await person(['TEACHER']), file.id)).status).toBe(404);
    expect((await officeFile(await person(['SUPPORT']), file.id)).status).toBe(200);
    expect(await learnerThread(ivan.id)).toEqual([]);
  });

  it('refuses what is not its to write: no learner, another side, a learner answering as the office', async () => {
    const p = await programme();
    const maria = await learner(p.id);
    expect((await learnerWrites(await person(), form('Dzień dobry'))).status).toBe(404);
    expect(await learnerThread((await person()).id)).toBeNull();
    expect((await officeAnswers(maria, maria.id, form('Jako sekretariat'))).status).toBe(404);
    expect((await officeAnswers(await person(['TEACHER']), maria.id, form('Nauczyciel'))).status).toBe(404);
    const notLearner = await person();
    expect((await officeAnswers(await person(['SUPPORT']), notLearner.id, form('Do nikogo'))).status).toBe(404);
    expect(await db().officeMessage.count({ where: { learnerId: { in: [maria.id, notLearner.id] } } })).toBe(0);
  });

  it('refuses bad input beside its field and writes nothing', async () => {
    const p = await programme();
    const maria = await learner(p.id);
    const disguised = await learnerWrites(
      maria,
      form('Faktura', [{ name: 'faktura.pdf', bytes: EXE, type: 'application/pdf' }]),
    );
    expect(disguised.status).toBe(422);
    expect((await disguised.json()).fieldErrors.files).toContain('faktura.pdf');
    const empty = await learnerWrites(maria, form('   '));
    expect((await empty.json()).fieldErrors.body).toBe('Wpisz treść wiadomości.');
    const four = await learnerWrites(
      maria,
      form(
        'Cztery',
        [1, 2, 3, 4].map((i) => ({ name: `${i}.pdf`, bytes: PDF })),
      ),
    );
    expect(four.status).toBe(422);
    const foreign = await (
      await import('@/app/strefa-sluchacza/wiadomosci/wyslij/route')
    ).POST(
      new Request('http://localhost/strefa-sluchacza/wiadomosci/wyslij', {
        method: 'POST',
        body: form('Z innej strony'),
        headers: { origin: 'https://evil.example' },
      }),
    );
    expect(foreign.status).toBe(403);
    expect(await db().officeMessage.count({ where: { learnerId: maria.id } })).toBe(0);
  });

  it('a repeat of the same message within a minute is stored and e-mailed once', async () => {
    const p = await programme();
    const maria = await learner(p.id);
    const before = (await mails('language-office-message')).length;
    expect((await learnerWrites(maria, form('Kiedy są zajęcia A2?'))).status).toBe(200);
    expect((await learnerWrites(maria, form('Kiedy są zajęcia A2?'))).status).toBe(200);
    expect(await db().officeMessage.count({ where: { learnerId: maria.id } })).toBe(1);
    advanceClock(2 * 60_000);
    await learnerWrites(maria, form('Kiedy są zajęcia A2?'));
    expect(await db().officeMessage.count({ where: { learnerId: maria.id } })).toBe(2);
    expect((await mails('language-office-message')).length).toBe(before + 2);
  });
});
