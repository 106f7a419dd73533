// The company as controller of its participants' data (agreement § 8): the ZIP holds every
// participant of the group and nothing of another group's, of the admin or of the participants'
// own purchases; deletion is refused before the final report, done after it, changes nothing when
// repeated, is audited, and leaves the group's invoice renderable.
import JSZip from 'jszip';
import { describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/client';
import { newRowId, sqlPool } from '@/lib/db/sql';
import { NotFoundError, UserError } from '@/lib/errors';
import { createUpload } from '@/lib/groups/list/uploads';
import { provisionUpload } from '@/lib/groups/accounts/provisioning';
import { issueCertificate } from '@/lib/certificates/issue';
import { verifyCertificate } from '@/lib/certificates/verify';
import { invitationSlips } from '@/lib/groups/people/downloads';
import { deleteParticipantsData, EXPORT_JSON, participantsDataZip } from '@/lib/groups/people/controller';
import { numberInvoices, sellerSnapshot, unnumberedInvoiceInsert } from '@/lib/invoices/issue';
import { salesDocumentFor } from '@/lib/invoices/order-invoice-pdf';
import type { ParticipantsExport } from '@/lib/groups/rules/controller-rights';
import { listXlsx, makeGroup, uniqueName, type ListRow } from './groups-fixtures';

vi.mock('@/lib/jobs/queues', () => ({
  dispatchEmails: async () => {},
  enqueue: async () => {},
  enqueueMany: async () => {},
}));

const mail = () => `${uniqueName().toLowerCase()}@firma.pl`;

async function provisioned(rows: ListRow[]) {
  const g = await makeGroup(10);
  const u = await createUpload(g.admin, g.groupId, { name: 'lista.xlsx', bytes: await listXlsx(rows) });
  await provisionUpload(g.admin, g.groupId, u!.id);
  const people = await db().groupParticipant.findMany({
    where: { groupId: g.groupId },
    orderBy: { rowNumber: 'asc' },
    select: { id: true, userId: true, user: { select: { email: true, login: true } } },
  });
  return { ...g, uploadId: u!.id, people };
}

async function passAndCertify(userId: string, course: { id: string; slug: string }) {
  const e = await db().enrolment.findFirstOrThrow({ where: { userId, courseId: course.id }, select: { id: true } });
  const lesson = await db().lesson.findFirstOrThrow({ where: { module: { courseId: course.id } } });
  await db().lessonProgress.create({ data: { enrolmentId: e.id, lessonId: lesson.id, completedAt: new Date() } });
  await db().testAttempt.create({
    data: {
      enrolmentId: e.id,
      number: 1,
      seed: 's',
      questionIds: [],
      startedAt: new Date(),
      submittedAt: new Date(),
      points: 1,
      maxPoints: 1,
      percent: 100,
      passed: true,
    },
  });
  return issueCertificate(userId, course.slug);
}

async function readZip(buf: Buffer) {
  const zip = await JSZip.loadAsync(buf);
  const json = JSON.parse(await zip.file(EXPORT_JSON)!.async('string')) as ParticipantsExport;
  return { json, names: Object.keys(zip.files) };
}

/** The group's order gets its VAT invoice the way a payment issues it, then numbered. */
async function invoiceGroupOrder(groupId: string) {
  const { orderItem } = await db().group.findUniqueOrThrow({
    where: { id: groupId },
    select: { orderItem: { select: { orderId: true } } },
  });
  await sqlPool().query(
    `WITH o AS (SELECT * FROM "Order" WHERE "id" = $1),
          items AS (SELECT i.* FROM "OrderItem" i JOIN o ON o."id" = i."orderId")
     ${unnumberedInvoiceInsert({ id: '$2', o: 'o', items: 'items', sold: 'o."paidAt"', soldIso: `to_char(o."paidAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`, seller: '$3', from: 'FROM o' })}`,
    [orderItem.orderId, newRowId(), sellerSnapshot()],
  );
  await numberInvoices();
  return orderItem.orderId;
}

describe('the company takes back and deletes its participants’ data', () => {
  it('exports every participant of the group and nothing else; deletes only after the report, once, audited', async () => {
    const [annaMail, ownMail] = [mail(), mail()];
    const g = await provisioned([
      { firstName: 'Anna', lastName: uniqueName(), email: annaMail },
      { firstName: 'Bartek', lastName: uniqueName(), email: ownMail },
      { firstName: 'Celina', lastName: uniqueName() },
    ]);
    const [anna, bartek, celina] = g.people;
    const cert = await passAndCertify(anna.userId, g.course);
    expect(cert).not.toBeNull();
    // Bartek also bought something himself: his own account and order are not the company's data.
    const ownOrder = await db().order.create({
      data: {
        number: `ZAM-OWN-${uniqueName()}`,
        checkoutKey: `own-${uniqueName()}`,
        userId: bartek.userId,
        status: 'PAID',
        totalGross: 100,
        buyerType: 'PERSON',
        buyerName: 'Bartek',
        buyerEmail: ownMail,
        termsVersion: 'v1',
        termsAcceptedAt: new Date(),
        paidAt: new Date(),
      },
    });
    // Another company's group on the same platform.
    const other = await provisioned([{ firstName: 'Dorota', lastName: uniqueName(), email: mail() }]);
    const orderId = await invoiceGroupOrder(g.groupId);
    // A second list uploaded and never confirmed: its file still names people until it is emptied.
    const preview = await createUpload(g.admin, g.groupId, {
      name: 'druga.xlsx',
      bytes: await listXlsx([{ firstName: 'Edward', lastName: uniqueName() }]),
    });

    // A stranger (the other group's admin) gets nothing.
    expect(await participantsDataZip(other.admin, g.groupId)).toBeNull();
    await expect(deleteParticipantsData(other.admin, g.groupId)).rejects.toBeInstanceOf(NotFoundError);

    const { json, names } = await readZip((await participantsDataZip(g.admin, g.groupId))!);
    expect(names).toEqual(expect.arrayContaining([EXPORT_JSON, expect.stringMatching(/^postepy-.*\.xlsx$/)]));
    expect(json.participants.map((p) => p.firstName)).toEqual(['Anna', 'Bartek', 'Celina']);
    const a = json.participants[0];
    expect(a).toMatchObject({ email: annaMail, login: anna.user.login, certificate: { number: cert!.number } });
    expect(a.lessonsDone).toHaveLength(1);
    expect(a.testAttempts).toEqual([expect.objectContaining({ number: 1, scorePercent: 100, passed: true })]);
    expect(a.accountCreatedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(json.participants[2].email).toBeNull();
    const text = JSON.stringify(json);
    const owner = await db().user.findUniqueOrThrow({ where: { id: g.admin.id } });
    for (const foreign of [other.people[0].user.email!, owner.email!, ownOrder.number, 'Dorota'])
      expect(text).not.toContain(foreign);
    expect(await db().auditEntry.count({ where: { action: 'group.participants.exported', objectId: g.groupId } })).toBe(
      1,
    );

    // Support staff may read the export (panel:groups) but the deletion is the company's decision.
    const support = { id: other.admin.id, roles: ['SUPPORT' as const] };
    expect((await readZip((await participantsDataZip(support, g.groupId))!)).json.participants).toHaveLength(3);

    // Before the final report is approved: refused with the reason, nothing written.
    const report = await db().finalReport.create({
      data: { groupId: g.groupId, uploadId: g.uploadId, rows: [], builtAt: new Date(), status: 'IN_REVIEW' },
    });
    const refused = await deleteParticipantsData(g.admin, g.groupId).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(UserError);
    expect((refused as UserError).codes).toEqual(['people.controller.reportNotApproved']);
    expect(
      await db().user.count({ where: { id: { in: g.people.map((p) => p.userId) }, deletedAt: { not: null } } }),
    ).toBe(0);
    expect(await db().auditEntry.count({ where: { action: 'group.participants.deleted', objectId: g.groupId } })).toBe(
      0,
    );

    await db().finalReport.update({ where: { id: report.id }, data: { status: 'APPROVED', approvedAt: new Date() } });
    await expect(deleteParticipantsData(support, g.groupId)).rejects.toBeInstanceOf(NotFoundError);
    expect(await deleteParticipantsData(g.admin, g.groupId)).toEqual({ anonymised: 2, detached: 1, listsEmptied: 1 });

    const after = await db().user.findMany({
      where: { id: { in: [anna.userId, celina.userId] } },
      select: { firstName: true, email: true, login: true, deletedAt: true },
    });
    for (const u of after) expect(u).toMatchObject({ firstName: 'Usunięty użytkownik', email: null, login: null });
    // An anonymised participant is nobody's to manage: no slip (a new login link) for them.
    expect(await invitationSlips(g.admin, g.groupId, celina.id)).toBeNull();
    // The certificate still verifies (kept 5 years, as the retention job keeps it).
    expect((await verifyCertificate(cert!.number)).status).toBe('genuine');
    // Bartek keeps his account and order, but nothing of the group.
    const b = await db().user.findUniqueOrThrow({
      where: { id: bartek.userId },
      select: { email: true, deletedAt: true, groupMemberships: true, enrolments: { where: { groupId: g.groupId } } },
    });
    expect(b).toMatchObject({ email: ownMail, deletedAt: null, groupMemberships: [], enrolments: [] });
    expect(await db().order.count({ where: { id: ownOrder.id } })).toBe(1);
    // The list file is emptied; the other group is untouched.
    expect((await db().participantUpload.findUniqueOrThrow({ where: { id: preview!.id } })).fileKey).toBeNull();
    expect((await db().user.findUniqueOrThrow({ where: { id: other.people[0].userId } })).deletedAt).toBeNull();
    const audit = await db().auditEntry.findMany({
      where: { action: 'group.participants.deleted', objectId: g.groupId },
    });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: g.admin.id, after: { anonymised: 2, detached: 1, listsEmptied: 1 } });

    // Twice: nothing more changes, no second audit row.
    const snapshot = await db().user.findMany({
      where: { id: { in: g.people.map((p) => p.userId) } },
      orderBy: { id: 'asc' },
    });
    expect(await deleteParticipantsData(g.admin, g.groupId)).toEqual({ anonymised: 0, detached: 0, listsEmptied: 0 });
    expect(
      await db().user.findMany({ where: { id: { in: g.people.map((p) => p.userId) } }, orderBy: { id: 'asc' } }),
    ).toEqual(snapshot);
    expect(await db().auditEntry.count({ where: { action: 'group.participants.deleted', objectId: g.groupId } })).toBe(
      1,
    );

    // The invoice of the group's order still renders for its buyer.
    const doc = await salesDocumentFor(orderId, g.admin.id);
    expect(doc?.kind).toBe('INVOICE');
    expect(doc!.pdf.subarray(0, 5).toString()).toBe('%PDF-');
    // The export after the deletion shows only anonymised names.
    const later = await readZip((await participantsDataZip(g.admin, g.groupId))!);
    expect(later.json.participants.map((p) => p.firstName)).toEqual(['Usunięty użytkownik', 'Usunięty użytkownik']);
  });
});
