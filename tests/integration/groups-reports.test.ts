import { afterEach, describe, expect, it, vi } from 'vitest';
process.env.TEST_CLOCK = '1';
import { db } from '@/lib/db/client';
import { UserError } from '@/lib/errors';
import { advanceClock, resetClock } from '@/lib/clock/clock';
import { createUpload } from '@/lib/groups/list/uploads';
import { provisionUpload } from '@/lib/groups/accounts/provisioning';
import { approveReport, buildDueReports, reportForAdmin } from '@/lib/groups/report/final-reports';
import { submitAgreement, reviewAgreement, agreementScan } from '@/lib/groups/agreement/agreements';
import { keepIssuedPassword, setOwnPassword } from '@/lib/groups/accounts/first-login';
import { groupCredentials } from '@/lib/groups/accounts/credentials';
import { startAttempt } from '@/lib/learning/final-test/attempts';
import { submitAttempt } from '@/lib/learning/final-test/submit-attempt';
import { issueCertificate } from '@/lib/certificates/issue';
import { listXlsx, makeGroup, uniqueName } from './groups-fixtures';

vi.mock('@/lib/jobs/queues', () => ({ dispatchEmails: async () => {}, enqueueMany: async () => {} }));

const DAY = 86_400_000;
afterEach(() => resetClock());

async function provisioned(n: number) {
  const g = await makeGroup(10);
  const rows = Array.from({ length: n }, () => ({ firstName: uniqueName(), lastName: uniqueName() }));
  const u = await createUpload(g.admin, g.groupId, { name: 'lista.xlsx', bytes: await listXlsx(rows) });
  await provisionUpload(g.admin, g.groupId, u!.id);
  return { ...g, uploadId: u!.id };
}

describe('final report at the 2-month mark', () => {
  it('is built only once the two months are over, once, frozen, and downloadable only after approval', async () => {
    const g = await provisioned(2);
    const staff = await db().user.create({
      data: { login: `staff${Date.now()}`, firstName: 'S', lastName: 'T', passwordHash: 'x', roles: ['ADMINISTRATOR'] },
      select: { id: true },
    });

    // One participant passes the final test and takes the certificate.
    const [first] = await db().groupParticipant.findMany({
      where: { groupId: g.groupId },
      orderBy: { rowNumber: 'asc' },
      select: { userId: true },
    });
    const { attemptId } = await startAttempt(first.userId, g.course.slug);
    const a = await db().testAttempt.findUniqueOrThrow({ where: { id: attemptId }, select: { questionIds: true } });
    const qs = await db().question.findMany({
      where: { id: { in: a.questionIds } },
      select: { id: true, options: { where: { correct: true }, select: { id: true } } },
    });
    await submitAttempt(
      first.userId,
      attemptId,
      Object.fromEntries(qs.map((q) => [q.id, { kind: 'choice' as const, optionIds: q.options.map((o) => o.id) }])),
    );
    const cert = await issueCertificate(first.userId, g.course.slug);

    advanceClock(58 * DAY);
    await buildDueReports();
    expect(await db().finalReport.count({ where: { uploadId: g.uploadId } })).toBe(0);

    advanceClock(4 * DAY); // 62 days after the accounts were created
    await Promise.all([buildDueReports(), buildDueReports()]); // two workers at once
    const reports = await db().finalReport.findMany({
      where: { uploadId: g.uploadId },
      select: { id: true, status: true, rows: true },
    });
    expect(reports).toHaveLength(1);
    expect(reports[0].status).toBe('IN_REVIEW');
    expect(reports[0].rows).toHaveLength(2);
    expect(await reportForAdmin(g.admin, g.groupId, reports[0].id)).toBeNull(); // not approved yet

    await approveReport(staff.id, reports[0].id, 'OK');
    await expect(approveReport(staff.id, reports[0].id)).rejects.toBeInstanceOf(UserError);
    const forAdmin = await reportForAdmin(g.admin, g.groupId, reports[0].id);
    expect(forAdmin!.rows.map((r) => r.passed)).toEqual([true, false]);
    expect(forAdmin!.rows[0]).toMatchObject({ score: 100, certificateNumber: cert!.number });
    expect(forAdmin!.rows[0].date).toBeInstanceOf(Date);
    expect(forAdmin!.rows[1]).toMatchObject({ score: null, certificateNumber: null, date: null });
    const other = await makeGroup(1);
    expect(await reportForAdmin(other.admin, g.groupId, reports[0].id)).toBeNull();
    const mail = await db().emailMessage.findFirst({
      where: { template: 'group-report-approved' },
      select: { id: true, text: true },
    });
    expect(mail).not.toBeNull();
    expect(mail!.text).toContain('Komentarz zespołu Planety: OK'); // the staff's comment reaches the admin
  });
});

describe('agreement review', () => {
  it('stores a scan judged by content, lets staff reject with a reason and the admin upload again', async () => {
    const g = await makeGroup(5, { agreement: null });
    await expect(
      submitAgreement(g.admin, g.groupId, { name: 'skan.pdf', bytes: Buffer.from('GIF89a....') }),
    ).rejects.toThrow(/nie jest plikiem PDF/);
    await expect(
      submitAgreement(g.admin, g.groupId, {
        name: 'duzy.pdf',
        bytes: Buffer.concat([Buffer.from('%PDF-'), Buffer.alloc(10 * 1024 * 1024)]),
      }),
    ).rejects.toThrow(/10 MB/);
    const a = await submitAgreement(g.admin, g.groupId, {
      name: 'skan.jpg.pdf',
      bytes: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2]),
    });
    expect(
      (await db().groupAgreement.findUniqueOrThrow({ where: { id: a!.id }, select: { mimeType: true } })).mimeType,
    ).toBe('image/jpeg');
    const other = await makeGroup(1);
    expect(await agreementScan(other.admin, g.groupId, a!.id)).toBeNull();
    expect(await submitAgreement(other.admin, g.groupId, { name: 'x.pdf', bytes: Buffer.from('%PDF-1') })).toBeNull();

    await reviewAgreement(other.admin.id, a!.id, { accept: false, reason: 'Brak podpisu' });
    const mail = await db().emailMessage.findFirstOrThrow({
      where: { template: 'group-agreement-rejected' },
      orderBy: { createdAt: 'desc' },
      select: { text: true },
    });
    expect(mail.text).toContain('Brak podpisu');
    await expect(reviewAgreement(other.admin.id, a!.id, { accept: true })).rejects.toBeInstanceOf(UserError);
    const again = await submitAgreement(g.admin, g.groupId, {
      name: 'skan2.png',
      bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]),
    });
    expect(again).not.toBeNull();
  });
});

describe('first login of a participant', () => {
  it('keeping the password keeps the sealed copy; choosing one destroys it', async () => {
    const g = await provisioned(2);
    const users = await db().groupParticipant.findMany({ where: { groupId: g.groupId }, select: { userId: true } });
    await keepIssuedPassword(users[0].userId);
    await setOwnPassword(users[1].userId, 'MojeWlasne2026');
    const creds = await groupCredentials(g.admin, g.groupId);
    expect(creds!.rows.filter((r) => r.password === '(ustawione przez uczestnika)')).toHaveLength(1);
    const u = await db().user.findMany({
      where: { id: { in: users.map((x) => x.userId) } },
      select: { passwordIssued: true },
    });
    expect(u.every((x) => !x.passwordIssued)).toBe(true);
  });
});

describe('sending a participant their invitation', () => {
  it('goes only to the address from their row, only for the group admin, with a link and no password', async () => {
    const { sendInvitation } = await import('@/lib/groups/people/send-invitations');
    const g = await makeGroup(3);
    const mailTo = `${uniqueName().toLowerCase()}@firma.pl`;
    const u = await createUpload(g.admin, g.groupId, {
      name: 'l.xlsx',
      bytes: await listXlsx([
        { firstName: 'Ewa', lastName: uniqueName(), email: mailTo },
        { firstName: 'Jan', lastName: uniqueName() },
      ]),
    });
    await provisionUpload(g.admin, g.groupId, u!.id);
    const [withMail, without] = await db().groupParticipant.findMany({
      where: { groupId: g.groupId },
      orderBy: { rowNumber: 'asc' },
      select: { id: true },
    });
    const other = await makeGroup(1);
    await expect(sendInvitation(other.admin, g.groupId, withMail.id, 'klucz-123')).rejects.toThrow(/not found/);
    await expect(sendInvitation(g.admin, g.groupId, without.id, 'klucz-123')).rejects.toThrow(/nie ma adresu e-mail/);
    expect(await sendInvitation(g.admin, g.groupId, withMail.id, 'klucz-123')).toBe('sent');
    // The same confirmation sent again is the same e-mail.
    expect(await sendInvitation(g.admin, g.groupId, withMail.id, 'klucz-123')).toBe('already');
    const creds = await groupCredentials(g.admin, g.groupId);
    const mails = await db().emailMessage.findMany({ where: { to: mailTo }, select: { text: true } });
    expect(mails).toHaveLength(1);
    expect(mails[0].text).toContain('/zaproszenie/');
    expect(mails[0].text).not.toContain(creds!.rows[0].password);
    expect(
      (
        await db().groupParticipant.findUniqueOrThrow({
          where: { id: withMail.id },
          select: { credentialsSentAt: true },
        })
      ).credentialsSentAt,
    ).not.toBeNull();
  });
});
