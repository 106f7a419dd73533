// The daily retention.run (lib/retention): it walks the retention table, deletes or anonymises what
// is past its period and nothing else, runs twice without deleting twice, and logs its counts per
// record type into the audit log as a system entry.
import { storeFileNow } from '@/lib/storage';
import { describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/client';
import { runRetention } from '@/lib/retention/run';
import { RUNNERS } from '@/lib/retention/runners';
import { RETENTION_TABLE } from '@/lib/retention/rules/table';
import { makeGroup } from './groups-fixtures';

vi.mock('@/lib/jobs/queues', () => ({
  dispatchEmails: async () => {},
  enqueue: async () => {},
  enqueueMany: async () => {},
}));

const DAY = 86_400_000;
let n = 0;

async function person(roles: ('LEARNER' | 'STAFF')[] = ['LEARNER']) {
  const i = ++n;
  return db().user.create({
    data: {
      email: `osoba${i}@example.pl`,
      login: `osoba${i}`,
      firstName: 'Jan',
      lastName: `Kowalski${i}`,
      passwordHash: 'x',
      roles,
    },
  });
}

/** A group whose only list's final report was approved `daysAgo`, with one participant per user. */
async function finishedGroup(now: Date, daysAgo: number, users: { id: string }[]) {
  const g = await makeGroup(5);
  const upload = await db().participantUpload.create({
    data: {
      groupId: g.groupId,
      fileName: 'lista.xlsx',
      fileKey: await storeFileNow(db(), 'participant-lists', Buffer.from('PK list'), 'application/octet-stream'),
      rowCount: users.length,
      validCount: users.length,
      uploadedById: g.admin.id,
      status: 'PROVISIONED',
    },
  });
  for (const [i, u] of users.entries())
    await db().groupParticipant.create({
      data: { groupId: g.groupId, uploadId: upload.id, userId: u.id, rowNumber: i + 1, birthPlace: 'Radom' },
    });
  const at = new Date(now.getTime() - daysAgo * DAY);
  await db().finalReport.create({
    data: { groupId: g.groupId, uploadId: upload.id, rows: [], builtAt: at, status: 'APPROVED', approvedAt: at },
  });
  return { ...g, uploadId: upload.id };
}

describe('the retention table is enforced by one daily job', () => {
  it('names a runner for every rule the job enforces, none for kept ones, and a no-op for products not built', async () => {
    for (const r of RETENTION_TABLE) {
      const run = RUNNERS[r.type];
      if (r.enforced === 'job') expect(run, r.type).toBeTypeOf('function');
      if (r.enforced === 'kept' || r.enforced === 'atEvent' || r.enforced === 'ownJob') expect(run, r.type).toBeNull();
      if (r.enforced === 'awaitingProduct') expect(await run!(new Date())).toBe(0);
    }
  });

  it('run twice deletes once: past records go, recent ones stay, counts are logged to the audit log', async () => {
    const now = new Date();
    const ago = (days: number) => new Date(now.getTime() - days * DAY);
    const u = await person();

    // Sign-in records: one past its period and one recent of each.
    await db().passwordResetToken.createMany({
      data: [
        { userId: u.id, tokenHash: `old${n}`, expiresAt: ago(2) },
        { userId: u.id, tokenHash: `new${n}`, expiresAt: new Date(now.getTime() + 3_600_000) },
      ],
    });
    await db().emailChangeToken.createMany({
      data: [
        { userId: u.id, newEmail: 'a@x.pl', tokenHash: `ec-old${n}`, expiresAt: ago(2) },
        { userId: u.id, newEmail: 'b@x.pl', tokenHash: `ec-new${n}`, expiresAt: new Date(now.getTime() + 3_600_000) },
      ],
    });
    await db().loginThrottle.createMany({
      data: [
        { key: `ip:old${n}`, failures: 3, windowStart: ago(2) },
        { key: `ip:new${n}`, failures: 3, windowStart: now },
      ],
    });
    await db().authSession.createMany({
      data: [
        { id: `s-old${n}`, userId: u.id, lastSeenAt: ago(40), revokedAt: ago(31) },
        { id: `s-new${n}`, userId: u.id, lastSeenAt: ago(1), revokedAt: ago(1) },
      ],
    });
    // The outbox: a body past 12 months is emptied, a record past 3 years goes, a queued one stays.
    const mail = (createdAt: Date, status: 'SENT' | 'QUEUED' = 'SENT') => ({
      to: u.email!,
      subject: 'Temat',
      html: '<p>Treść</p>',
      text: 'Treść',
      template: 't',
      status,
      createdAt,
    });
    await db().emailMessage.createMany({
      data: [mail(ago(400)), mail(ago(1200)), mail(ago(400), 'QUEUED'), mail(ago(5))],
    });
    // Privacy: an export whose link ended, a request decided over 3 years ago.
    await db().dataExport.create({
      data: {
        userId: u.id,
        status: 'READY',
        tokenHash: `x${n}`,
        requestedAt: ago(2),
        readyAt: ago(2),
        expiresAt: ago(1),
        fileKey: await storeFileNow(db(), 'data-exports', Buffer.from('zip'), 'application/zip'),
        size: 3,
      },
    });
    await db().privacyRequest.create({
      data: {
        number: `RODO-T-${n}`,
        userId: u.id,
        kind: 'OTHER',
        details: 'd',
        name: 'Jan',
        email: u.email!,
        receivedAt: ago(1200),
        dueAt: ago(1170),
        status: 'RESOLVED',
        decidedAt: ago(1150),
      },
    });
    // Groups: a service that ended 31 days ago, one that ended 10 days ago.
    const done = await person();
    const buysToo = await person();
    await db().order.create({
      data: {
        number: `ZAM-R-${n}`,
        checkoutKey: `r${n}`,
        userId: buysToo.id,
        status: 'AWAITING_PAYMENT',
        totalGross: 100,
        buyerType: 'PERSON',
        buyerName: 'B',
        buyerEmail: buysToo.email!,
        termsVersion: 'v1',
        termsAcceptedAt: now,
      },
    });
    const recentUser = await person();
    const ended = await finishedGroup(now, 31, [done, buysToo]);
    const recent = await finishedGroup(now, 10, [recentUser]);
    await db().groupAgreement.create({
      data: {
        groupId: ended.groupId,
        fileName: 'stary.pdf',
        mimeType: 'application/pdf',
        size: 5,
        fileKey: await storeFileNow(db(), 'agreements', Buffer.from('%PDF-'), 'application/pdf'),
        status: 'REJECTED',
        uploadedById: ended.admin.id,
        reviewedAt: ago(31),
      },
    });

    const first = await runRetention(now);
    expect(first.failed).toEqual([]);
    expect(first.counts).toMatchObject({
      passwordResetToken: 1,
      emailChangeToken: 1,
      loginThrottle: 1,
      authSession: 1,
      emailBody: 1,
      emailRecord: 1,
      dataExportFile: 1,
      privacyRequest: 1,
      agreementScanRejected: 1,
      participantList: 1,
      groupParticipant: 1,
      centreAccount: 0,
      schoolPlannerData: 0,
    });

    // What stayed.
    expect(await db().passwordResetToken.count({ where: { userId: u.id } })).toBe(1);
    expect(await db().emailChangeToken.count({ where: { userId: u.id } })).toBe(1);
    const sessions = await db().authSession.findMany({ where: { userId: u.id }, select: { id: true } });
    expect(sessions.map((x) => x.id)).toEqual([expect.stringMatching(/^s-new/)]);
    const mails = await db().emailMessage.findMany({
      where: { to: u.email! },
      orderBy: [{ createdAt: 'asc' }, { status: 'desc' }],
    });
    expect(mails.map((m) => [m.status, m.text === 'Treść'])).toEqual([
      ['SENT', false], // body removed, the record stays
      ['QUEUED', true], // not delivered yet
      ['SENT', true], // recent
    ]);
    const exp = await db().dataExport.findFirstOrThrow({ where: { userId: u.id } });
    expect(exp.fileKey).toBeNull();
    expect(exp.purgedAt).not.toBeNull();
    // The finished group's participant is anonymised, the one who also buys is not, the recent group untouched.
    expect(await db().user.findUniqueOrThrow({ where: { id: done.id } })).toMatchObject({
      firstName: 'Usunięty użytkownik',
      email: null,
      login: null,
    });
    expect((await db().user.findUniqueOrThrow({ where: { id: buysToo.id } })).deletedAt).toBeNull();
    expect((await db().user.findUniqueOrThrow({ where: { id: recentUser.id } })).deletedAt).toBeNull();
    expect((await db().participantUpload.findUniqueOrThrow({ where: { id: ended.uploadId } })).fileKey).toBeNull();
    expect((await db().participantUpload.findUniqueOrThrow({ where: { id: recent.uploadId } })).fileKey).not.toBeNull();
    const scans = await db().groupAgreement.findMany({
      where: { groupId: ended.groupId },
      orderBy: { uploadedAt: 'asc' },
    });
    expect(scans.map((s) => [s.status, s.size])).toEqual([
      ['ACCEPTED', 5], // proof of the agreement: 3 years after the report
      ['REJECTED', 0],
    ]);

    // The second run the same night finds nothing more.
    const second = await runRetention(now);
    expect(Object.values(second.counts).every((c) => c === 0)).toBe(true);

    const logged = await db().auditEntry.findMany({ where: { action: 'retention.run' }, orderBy: { at: 'asc' } });
    expect(logged).toHaveLength(2);
    expect(logged[0]).toMatchObject({ actorId: null, objectType: 'retention', after: { counts: first.counts } });
    expect(logged[1]).toMatchObject({ after: { counts: second.counts } });
  });

  it('one failing record type is logged and does not stop the others', async () => {
    const runners = { ...RUNNERS, contactMessage: async () => Promise.reject(new Error('boom')) };
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    const r = await runRetention(new Date(), runners);
    spy.mockRestore();
    expect(r.failed).toEqual(['contactMessage']);
    expect(r.counts.passwordResetToken).toBe(0);
  });
});
