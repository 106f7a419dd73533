// The language course's sign-up without an account (razem B1–B4): the refused forms leave nothing
// behind; a signed one has a pending account that can neither log in nor ask for a reset, and the
// confirmation with the terms, the withdrawal instruction and the model form as PDFs; PayU's
// COMPLETED notification brings the contract into force and activates the account with a
// set-password link (7 days, no password in the e-mail), once however often PayU repeats it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/client';
import { signUpLearner, type SignupRequest } from '@/lib/language/signup/sign-up';
import { authenticate } from '@/lib/auth/authenticate';
import { requestPasswordReset, resetPassword } from '@/lib/auth/accounts';
import { renderedBody } from '@/lib/mail/stored';
import { nodemailerAttachments } from '@/lib/mail/attachments';
import { guestForm, setUpLanguageSchool } from './language-signup-fixtures';

vi.mock('@/lib/jobs/queues', () => ({
  dispatchEmails: async () => {},
  enqueueMany: async () => {},
  enqueue: async () => {},
}));

const { pay } = setUpLanguageSchool();
const ctx = { ip: '203.0.113.7' };

const pdfText = (pdf: Buffer) => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'jezyk-')), 'd.pdf');
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
};

const mailsTo = (to: string) => db().emailMessage.findMany({ where: { to }, orderBy: { createdAt: 'asc' } });

async function signed(over: Record<string, unknown> = {}) {
  const form = guestForm(over);
  const r = await signUpLearner(form as SignupRequest, ctx);
  if (r.fieldErrors) throw new Error(JSON.stringify(r.fieldErrors));
  return { ...r, email: form.email };
}

describe('a refused sign-up', () => {
  it.each([
    ['younger than the programme’s 18 years', { birthDate: '2010-01-01' }, 'birthDate', /ukończyła 18 lat/],
    ['born in the future', { birthDate: '2099-01-01' }, 'birthDate', /przyszłości/],
    ['a level that is not offered', { level: 'C1' }, 'level', /Wybierz poziom/],
    ['monthly on a level sold only in full', { level: 'A1', plan: 'MONTHLY' }, 'plan', /plan płatności/],
  ])('%s: the reason beside its field, no account written', async (_, over, field, text) => {
    const form = guestForm(over);
    const r = await signUpLearner(form as SignupRequest, ctx);
    expect(r.fieldErrors?.[field]).toMatch(text);
    expect(await db().user.count({ where: { email: form.email } })).toBe(0);
  });

  it('an address with an account: sign in first; one waiting for its payment: pay from the e-mail', async () => {
    const active = await db().user.create({
      data: { email: `konto.${Date.now()}@example.com`, firstName: 'A', lastName: 'B', passwordHash: 'x' },
    });
    const taken = await signUpLearner(guestForm({ email: active.email }) as SignupRequest, ctx);
    expect(taken.fieldErrors?.email).toMatch(/Zaloguj się/);
    expect(await db().contract.count({ where: { payerId: active.id } })).toBe(0);

    const first = await signed();
    const again = await signUpLearner(guestForm({ email: first.email, firstName: 'Inna' }) as SignupRequest, ctx);
    expect(again.fieldErrors?.email).toMatch(/czeka już zapis/);
    const user = await db().user.findUniqueOrThrow({ where: { email: first.email } });
    expect(user.firstName).toBe('María'); // nothing of the refused form was written
    expect(await db().contract.count({ where: { payerId: user.id } })).toBe(1);
  });
});

describe('a signed sign-up', () => {
  it('waits for its first payment: no login, no reset link, the confirmation with the three PDFs', async () => {
    const s = await signed({ immediateStart: undefined });
    const user = await db().user.findUniqueOrThrow({
      where: { email: s.email },
      include: { languageLearners: true, contractsPaid: { include: { events: true } } },
    });
    expect(user.activationPendingAt).not.toBeNull();
    expect(user.languageLearners).toMatchObject([{ startCefr: 'A2', contractId: user.contractsPaid[0].id }]);
    const contract = user.contractsPaid[0];
    expect(contract).toMatchObject({ status: 'PENDING', planCode: 'razem-monthly', payMethod: 'CARD' });
    expect(contract.events.find((e) => e.kind === 'language-signup')?.detail).toMatchObject({ ip: '203.0.113.7' });

    expect(await authenticate(s.email, 'cokolwiek-2026', '198.51.100.1')).toMatchObject({ ok: false });
    await requestPasswordReset(s.email);
    expect(await db().passwordResetToken.count({ where: { userId: user.id } })).toBe(0);

    const mails = await mailsTo(s.email);
    expect(mails.map((m) => m.template)).toEqual(['language-signed']);
    const body = await renderedBody(mails[0]);
    expect(body.text).toContain('/platnosc/umowa/');
    expect(body.attachments.map((a) => a.kind)).toEqual(['terms', 'withdrawalInstruction', 'withdrawalForm']);
    const [terms, instruction, form] = (await nodemailerAttachments(body.attachments)).map((f) => pdfText(f.content));
    expect(terms).toContain('Regulamin');
    expect(instruction).toContain('Pouczenie o prawie odstąpienia od umowy');
    expect(instruction).toContain(contract.number);
    expect(instruction.replace(/\s+/g, '')).toContain(`/konto/umowy/${contract.number.replaceAll('/', '-')}`);
    expect(form).toContain(`Numer umowy: ${contract.number}`);
    expect(form).toContain('polski-a2-miesiecznie');
  });

  it('with the early-start request also confirms the request on a PDF', async () => {
    const s = await signed({ immediateStart: 'on' });
    const [mail] = await mailsTo(s.email);
    const body = await renderedBody(mail);
    expect(body.attachments.map((a) => a.kind)).toEqual([
      'terms',
      'earlyStart',
      'withdrawalInstruction',
      'withdrawalForm',
    ]);
    const early = pdfText((await nodemailerAttachments([body.attachments[1]]))[0].content);
    expect(early).toContain('Żądam rozpoczęcia kursu');
  });
});

describe('the first payment', () => {
  it('brings the contract into force and activates the account with a 7-day set-password link, once', async () => {
    const s = await signed({ payMethod: 'LINK' });
    const { notify } = await pay(s.firstChargeId);
    await notify(); // PayU repeats its notification
    const user = await db().user.findUniqueOrThrow({ where: { email: s.email }, include: { contractsPaid: true } });
    expect(user.activationPendingAt).toBeNull();
    expect(user.contractsPaid[0].status).toBe('ACTIVE');
    const enrolment = await db().enrolment.findFirst({
      where: { userId: user.id, contractId: user.contractsPaid[0].id },
    });
    expect(enrolment).not.toBeNull();

    const activation = (await mailsTo(s.email)).filter((m) => m.template === 'language-activated');
    expect(activation).toHaveLength(1);
    const body = await renderedBody(activation[0]);
    expect(body.text).toContain(`Twój login: ${s.email}`);
    expect(body.text).not.toMatch(/hasło:\s*(?!http)\S/i);
    const link = body.text.match(/\/haslo\/nowe\/([A-Za-z0-9_-]+)/);
    expect(link).not.toBeNull();
    const tokens = await db().passwordResetToken.findMany({ where: { userId: user.id } });
    expect(tokens).toHaveLength(1);
    const days = (tokens[0].expiresAt.getTime() - tokens[0].createdAt.getTime()) / 86_400_000;
    expect(Math.round(days)).toBe(7);

    await resetPassword(link![1], 'Polski2026nowe');
    expect(await authenticate(s.email, 'Polski2026nowe', '198.51.100.2')).toMatchObject({ ok: true });
  });
});
