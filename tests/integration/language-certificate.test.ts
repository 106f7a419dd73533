// The level certificate on request (B15) and level progression on a real database: a passed level
// test opens the next level with the same contract (once); a request with an overdue charge is
// refused and recorded with what was missing, the same request after paying issues a
// LANGUAGE_LEVEL certificate that verifies; the generic course download refuses until then.
process.env.TEST_CLOCK = '1';
import { writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/client';
import { UserError, NotFoundError } from '@/lib/errors';
import { setClockOffset } from '@/lib/clock/clock';
import { certificatePdf, issueCertificate } from '@/lib/certificates/issue';
import { verifyCertificate } from '@/lib/certificates/verify';
import { openNextLevel, openNextLevelAfterAttempt } from '@/lib/language/progress';
import { requestLevelCertificate } from '@/lib/language/certificates/request';
import { learnerZone } from '@/lib/language/zone/zone-page';
import { at, chargesOf } from './billing-run-fixtures';
import { payCharge } from './billing-run-pay';
import { makeLearner, makeProgramme, sitTest } from './language-fixtures';

vi.mock('@/lib/jobs/queues', () => ({
  dispatchEmails: async () => {},
  enqueueMany: async () => {},
  enqueue: async () => {},
}));

const now = at('2027-03-15', 10);
let programme: Awaited<ReturnType<typeof makeProgramme>>;
beforeAll(async () => {
  setClockOffset(now.getTime() - Date.now());
  programme = await makeProgramme();
});

describe('level progression', () => {
  it('a passed level test opens the next level with the same contract, once; a failed one opens nothing', async () => {
    const { user, contract } = await makeLearner(
      programme,
      [{ dueDate: '2027-03-10', status: 'PAID' }],
      at('2027-02-10'),
    );
    const [a1, a2, b1] = programme.levels;
    const failed = await sitTest(user.id, a1!.courseId, 64.9, at('2027-03-01', 12), false);
    expect(await openNextLevelAfterAttempt(user.id, failed.id, now)).toBeNull();
    expect(await openNextLevel(user.id, a1!.courseId, now)).toBeNull();

    const passed = await sitTest(user.id, a1!.courseId, 80, at('2027-03-09', 12), true);
    const opened = await openNextLevelAfterAttempt(user.id, passed.id, now);
    expect(opened).toMatchObject({ cefr: 'A2', courseId: a2!.courseId, created: true });
    expect(await openNextLevel(user.id, a1!.courseId, now)).toMatchObject({ cefr: 'A2', created: false });
    const a2Enrolment = await db().enrolment.findUniqueOrThrow({
      where: { userId_courseId: { userId: user.id, courseId: a2!.courseId } },
    });
    expect(a2Enrolment).toMatchObject({ contractId: contract.id, status: 'ACTIVE', endsAt: null });
    expect(await db().enrolment.count({ where: { userId: user.id, courseId: b1!.courseId } })).toBe(0);

    const zone = await learnerZone(user, now);
    expect(zone!.levels.map((l) => l.kind)).toEqual(['passed', 'current', 'locked']);
    expect(zone!.current?.cefr).toBe('A2');
    expect(zone!.levels[0]!.test).toMatchObject({ kind: 'passed', percent: 80 });
  });

  it('a level paid in full up front opens no next level: that is a sign-up of its own', async () => {
    const { user, contract } = await makeLearner(
      programme,
      [{ dueDate: '2027-03-10', status: 'PAID' }],
      at('2027-02-10'),
    );
    await db().contract.update({ where: { id: contract.id }, data: { planKind: 'FULL', planCode: 'razem-full' } });
    const [a1, a2] = programme.levels;
    const passed = await sitTest(user.id, a1!.courseId, 90, at('2027-03-09', 12), true);
    expect(await openNextLevelAfterAttempt(user.id, passed.id, now)).toBeNull();
    expect(await db().enrolment.count({ where: { userId: user.id, courseId: a2!.courseId } })).toBe(0);
    const zone = await learnerZone(user, now);
    expect(zone!.levels.map((l) => l.kind)).toEqual(['passed', 'locked', 'locked']);
  });

  it('a failed level test shows when it may be retaken (7 days by default)', async () => {
    const { user } = await makeLearner(programme, [{ dueDate: '2027-03-10', status: 'PAID' }], at('2027-02-10'));
    const sent = at('2027-03-14', 9);
    await sitTest(user.id, programme.levels[0]!.courseId, 64.9, sent, false);
    const zone = await learnerZone(user, now);
    expect(zone!.levels[0]!.test).toEqual({
      kind: 'failed',
      percent: 64.9,
      passMark: 65,
      retakeAt: new Date(sent.getTime() + 168 * 3_600_000),
    });
  });
});

describe('level certificate on request (B15)', () => {
  it('refused with a debt and recorded, issued after paying, once, verifiable; the generic download waits for it', async () => {
    const { user, contract } = await makeLearner(
      programme,
      [
        { dueDate: '2027-02-10', status: 'PAID' },
        { dueDate: '2027-03-10' }, // five days overdue on the 15th
      ],
      at('2027-02-10'),
    );
    const [a1, a2] = programme.levels;
    await sitTest(user.id, a1!.courseId, 78.5, at('2027-03-05', 12), true);
    await openNextLevel(user.id, a1!.courseId, now);

    // The generic course path refuses a language level's certificate before it is requested.
    const early = await issueCertificate(user.id, a1!.slug, now).catch((e: unknown) => e);
    expect(early).toBeInstanceOf(UserError);
    expect((early as UserError).codes).toEqual(['languageZone.certificate.onlyOnRequest']);

    const refused = await requestLevelCertificate(user.id, a1!.id, now);
    expect(refused).toMatchObject({ status: 'REFUSED', reasons: ['languageZone.refusals.overdue'] });
    const a2Refused = await requestLevelCertificate(user.id, a2!.id, now);
    expect(a2Refused).toMatchObject({
      status: 'REFUSED',
      reasons: ['languageZone.refusals.levelTest.A2', 'languageZone.refusals.overdue'],
    });
    expect(await db().certificate.count({ where: { enrolment: { userId: user.id } } })).toBe(0);

    const [, open] = await chargesOf(contract.id);
    await payCharge(open!.id, at('2027-03-15', 9));
    const issued = await requestLevelCertificate(user.id, a1!.id, now);
    expect(issued.status).toBe('ISSUED');
    const again = await requestLevelCertificate(user.id, a1!.id, now);
    expect(again).toMatchObject({ status: 'ISSUED', number: issued.status === 'ISSUED' ? issued.number : '' });

    const requests = await db().levelCertificateRequest.findMany({
      where: { userId: user.id },
      orderBy: { requestedAt: 'asc' },
      select: { status: true, reasons: true, levelId: true, certificateId: true },
    });
    expect(requests.map((r) => r.status)).toEqual(['REFUSED', 'REFUSED', 'ISSUED', 'ISSUED']);
    expect(new Set(requests.filter((r) => r.certificateId).map((r) => r.certificateId)).size).toBe(1);

    const cert = await issueCertificate(user.id, a1!.slug, now);
    expect(cert).toMatchObject({ scorePercent: 78.5, courseTitle: 'Polski dla obcokrajowców — poziom A1' });
    const v = await verifyCertificate(cert!.number);
    expect(v).toMatchObject({ status: 'genuine', courseTitle: cert!.courseTitle });
    const pdf = await certificatePdf(cert!);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    if (process.env.LANGUAGE_PDF_OUT) writeFileSync(process.env.LANGUAGE_PDF_OUT, pdf);

    const zone = await learnerZone(user, now);
    expect(zone!.levels[0]!.certificate).toEqual({ number: cert!.number, revoked: false });
    expect(zone!.levels[1]!.lastRequest).toMatchObject({ status: 'REFUSED' });
  });

  it('someone not enrolled on the level is not told anything about it', async () => {
    const { user } = await makeLearner(programme, [{ dueDate: '2027-03-10', status: 'PAID' }], at('2027-02-10'));
    const other = await makeProgramme(['A1']);
    await expect(requestLevelCertificate(user.id, other.levels[0]!.id, now)).rejects.toBeInstanceOf(NotFoundError);
    expect(await db().levelCertificateRequest.count({ where: { userId: user.id } })).toBe(0);
  });
});
