// The audit log (lib/audit): every listed staff decision writes exactly one row in its own
// transaction, a refused or failed one writes none, and the database refuses UPDATE and DELETE.
import { describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/client';
import { recordAudit } from '@/lib/audit';
import { objectHistory, auditList } from '@/lib/audit/history';
import { refundOrder } from '@/lib/settlement/refunds';
import { reviewAgreement } from '@/lib/groups/agreement/agreements';
import { recordPostedAgreement } from '@/lib/groups/agreement/by-post';
import { approveReport, commentReport } from '@/lib/groups/report/final-reports';
import { decideClassChange } from '@/lib/families/staff';
import { answerComplaint } from '@/lib/support/complaints';
import { saveCourse } from '@/lib/learning/editing/course-editing';
import { courseSchema } from '@/lib/learning/editing/course-schemas';
import { requestExport } from '@/lib/privacy/export/exports';
import { deleteAccount } from '@/lib/privacy/deletion/delete-account';
import { decidePrivacyRequest, filePrivacyRequest } from '@/lib/privacy/requests/requests';
import { makeGroup } from './groups-fixtures';
import { PASSWORD, setUpPrivacyShop } from './privacy-fixtures';

vi.mock('@/lib/jobs/queues', () => ({
  dispatchEmails: async () => {},
  enqueue: async () => {},
  enqueueMany: async () => {},
}));

const { person, order } = setUpPrivacyShop();
let n = 0;

async function staff() {
  return db().user.create({
    data: {
      email: `zespol${++n}@planeta.pl`,
      firstName: 'Ewa',
      lastName: `Zespół${n}`,
      passwordHash: 'x',
      roles: ['ADMINISTRATOR'],
    },
    select: { id: true },
  });
}

const rowsOf = (objectType: string, objectId: string) =>
  db().auditEntry.findMany({ where: { objectType, objectId }, orderBy: { at: 'asc' } });

/** Makes the outbox refuse one template, so a transaction fails after its audit row was written. */
async function failMailsOf(template: string) {
  await db().$executeRawUnsafe(`CREATE OR REPLACE FUNCTION test_fail_mail() RETURNS trigger AS $$
    BEGIN IF NEW."template" = '${template}' THEN RAISE EXCEPTION 'test: mail refused'; END IF; RETURN NEW; END;
    $$ LANGUAGE plpgsql`);
  await db().$executeRawUnsafe(`DROP TRIGGER IF EXISTS test_fail_mail ON "EmailMessage"`);
  await db().$executeRawUnsafe(
    `CREATE TRIGGER test_fail_mail BEFORE INSERT ON "EmailMessage" FOR EACH ROW EXECUTE FUNCTION test_fail_mail()`,
  );
  return () => db().$executeRawUnsafe(`DROP TRIGGER IF EXISTS test_fail_mail ON "EmailMessage"`);
}

describe('the audit log is append-only in the database', () => {
  it('refuses UPDATE, DELETE and TRUNCATE of an entry, whoever runs them', async () => {
    const id = await db().$transaction((tx) =>
      recordAudit(tx, { actorId: null, action: 'test.entry', objectType: 'test', objectId: 'x1', after: { a: 1 } }),
    );
    await expect(db().auditEntry.update({ where: { id }, data: { note: 'changed' } })).rejects.toThrow(/append-only/);
    await expect(db().auditEntry.delete({ where: { id } })).rejects.toThrow(/append-only/);
    await expect(db().$executeRawUnsafe(`DELETE FROM "AuditEntry"`)).rejects.toThrow(/append-only/);
    await expect(db().$executeRawUnsafe(`TRUNCATE "AuditEntry"`)).rejects.toThrow(/append-only/);
    expect(await db().auditEntry.findUniqueOrThrow({ where: { id } })).toMatchObject({ note: null, after: { a: 1 } });
  });

  it('shows an unknown action code as stored and an actor without an account as anonymised', async () => {
    await db().$transaction((tx) =>
      recordAudit(tx, { actorId: 'gone000abc123', action: 'test.unknown', objectType: 'test', objectId: 'x2' }),
    );
    const [row] = await objectHistory([{ type: 'test', id: 'x2' }]);
    expect(row).toMatchObject({ actionLabel: 'test.unknown', actorName: 'Usunięty użytkownik #ABC123' });
  });
});

describe('each staff decision leaves exactly one audit row, in its transaction', () => {
  it('a staff refund: who asked, the amount and the items; a refused amount leaves none', async () => {
    const buyer = await person('Jan', 'Zwrot');
    const o = await order(buyer);
    const s = await staff();
    await expect(
      refundOrder({ orderId: o.id, amount: o.totalGross + 1, itemIds: [], description: 'Za dużo', staffId: s.id }),
    ).rejects.toThrow();
    expect(await rowsOf('order', o.id)).toHaveLength(0);
    await refundOrder({ orderId: o.id, amount: 1000, itemIds: [], description: 'Reklamacja', staffId: s.id });
    const rows = await rowsOf('order', o.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      actorId: s.id,
      action: 'refund.requested',
      note: 'Reklamacja',
      before: { status: 'PAID', refundedGross: 0 },
      after: { status: 'PARTIALLY_REFUNDED', refundedGross: 1000, amount: 1000, itemIds: [] },
    });
    const [shown] = await objectHistory([{ type: 'order', id: o.id }]);
    expect(shown.actorName).toBe(`Ewa Zespół${n}`);
    const refunded = shown.lines.find((l) => l.field === 'Zwrócono');
    expect(refunded?.from).toMatch(/^0,00\szł$/u);
    expect(refunded?.to).toMatch(/^10,00\szł$/u);
    expect(shown.lines.map((l) => l.field)).not.toContain('refundId'); // ids are not shown
  });

  it('an agreement decision; a second decision is refused and a failing transaction leaves none', async () => {
    const s = await staff();
    const g = await makeGroup(5, { agreement: 'SUBMITTED' });
    const a = await db().groupAgreement.findFirstOrThrow({ where: { groupId: g.groupId } });
    const restore = await failMailsOf('group-agreement-accepted');
    await expect(reviewAgreement(s.id, a.id, { accept: true })).rejects.toThrow(/mail refused/);
    await restore();
    expect(await rowsOf('group', g.groupId)).toHaveLength(0);
    expect((await db().groupAgreement.findUniqueOrThrow({ where: { id: a.id } })).status).toBe('SUBMITTED');

    await reviewAgreement(s.id, a.id, { accept: true });
    await expect(reviewAgreement(s.id, a.id, { accept: false, reason: 'Zły skan' })).rejects.toThrow();
    const rows = await rowsOf('group', g.groupId);
    expect(rows.map((r) => [r.action, r.actorId])).toEqual([['group.agreement.accepted', s.id]]);
  });

  it('an agreement received by post', async () => {
    const s = await staff();
    const g = await makeGroup(5, { agreement: null });
    await recordPostedAgreement(s.id, {
      groupId: g.groupId,
      receivedOn: new Date('2026-11-20T00:00:00Z'),
      note: 'list',
    });
    await expect(
      recordPostedAgreement(s.id, { groupId: g.groupId, receivedOn: new Date('2026-11-20T00:00:00Z'), note: '' }),
    ).rejects.toThrow();
    expect((await rowsOf('group', g.groupId)).map((r) => r.action)).toEqual(['group.agreement.posted']);
  });

  it("a final report's comment and approval, each once", async () => {
    const s = await staff();
    const g = await makeGroup(5);
    const upload = await db().participantUpload.create({
      data: { groupId: g.groupId, fileName: 'l.xlsx', rowCount: 1, validCount: 1, uploadedById: g.admin.id },
    });
    const report = await db().finalReport.create({
      data: { groupId: g.groupId, uploadId: upload.id, rows: [], builtAt: new Date() },
    });
    await commentReport(report.id, 'Proszę o poprawki', s.id);
    await approveReport(s.id, report.id, 'OK');
    await expect(approveReport(s.id, report.id)).rejects.toThrow();
    await expect(commentReport(report.id, 'Za późno', s.id)).rejects.toThrow();
    const rows = await rowsOf('group', g.groupId);
    expect(rows.map((r) => r.action)).toEqual(['group.report.commented', 'group.report.approved']);
    expect(rows[1]).toMatchObject({ actorId: s.id, after: { status: 'APPROVED', staffComment: 'OK' } });
  });

  it("a family's class change, decided once", async () => {
    const s = await staff();
    const parent = await db().user.create({
      data: { email: `rodzic${++n}@example.pl`, firstName: 'R', lastName: 'P', passwordHash: 'x', roles: ['PARENT'] },
    });
    const childUser = await db().user.create({
      data: {
        login: `dziecko${n}`,
        firstName: 'Ola',
        lastName: 'P',
        passwordHash: 'x',
        roles: ['CHILD'],
        parentId: parent.id,
      },
    });
    const child = await db().child.create({
      data: {
        parentId: parent.id,
        userId: childUser.id,
        fullName: 'Ola P',
        birthYear: 2016,
        requestedShift: 1,
        classChangeStatus: 'PENDING',
        classChangeAt: new Date(),
      },
    });
    await decideClassChange(child.id, true, s.id);
    await expect(decideClassChange(child.id, false, s.id)).rejects.toThrow();
    const rows = await rowsOf('family', parent.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      actorId: s.id,
      action: 'family.class-change.approved',
      before: { childId: child.id, classShift: 0, requestedShift: 1 },
      after: { childId: child.id, classShift: 1, classChangeStatus: 'APPROVED' },
    });
  });

  it("a complaint's answer, shown on its order; a second answer is refused", async () => {
    const s = await staff();
    const buyer = await person('Iza', 'Reklamacja');
    const o = await order(buyer);
    const c = await db().complaint.create({
      data: {
        number: `REK-T-${++n}`,
        userId: buyer.id,
        orderId: o.id,
        name: 'Iza',
        email: buyer.email!,
        description: 'Nie działa',
        demand: 'Naprawa',
        ipHash: 'h',
        receivedAt: new Date(),
        dueAt: new Date(Date.now() + 14 * 86_400_000),
      },
    });
    await answerComplaint(s.id, c.id, 'Naprawiliśmy.');
    await expect(answerComplaint(s.id, c.id, 'Jeszcze raz.')).rejects.toThrow();
    const rows = await rowsOf('order', o.id);
    expect(rows.map((r) => [r.action, r.note])).toEqual([['complaint.answered', 'Naprawiliśmy.']]);
  });

  it("a course's publication and price change, not a text edit", async () => {
    const s = await staff();
    const cat = await db().category.upsert({
      where: { slug: 'audyt' },
      create: { slug: 'audyt', name: 'A' },
      update: {},
    });
    const base = {
      title: 'Kurs audytu',
      slug: `kurs-audytu-${++n}`,
      summary: 'Krótki opis kursu',
      description: 'Dłuższy opis kursu.',
      categoryId: cat.id,
      price: '99,00',
      accessMonths: '2',
      testQuestionCount: '1',
      passMarkPercent: '60',
      maxAttempts: '3',
      timeLimitMinutes: '',
    };
    const { id } = await saveCourse(courseSchema.parse({ ...base, published: '' }), s.id);
    expect(await rowsOf('course', id)).toHaveLength(0); // a draft is not yet a decision
    await saveCourse(courseSchema.parse({ ...base, id, title: 'Kurs audytu 2', published: '' }), s.id);
    // What publishing requires: a lesson and the one question the test draws.
    await db().courseModule.create({
      data: {
        courseId: id,
        title: 'Moduł',
        position: 1,
        lessons: { create: { title: 'Lekcja', body: 'Treść', position: 1 } },
      },
    });
    await db().question.create({
      data: { courseId: id, kind: 'TRUE_FALSE', text: 'Pytanie?', config: { answer: true } },
    });
    await saveCourse(courseSchema.parse({ ...base, id, published: 'on' }), s.id);
    await saveCourse(courseSchema.parse({ ...base, id, published: 'on', price: '129,00' }), s.id);
    const rows = await rowsOf('course', id);
    expect(rows.map((r) => r.action)).toEqual(['course.published', 'course.price.changed']);
    expect(rows[1]).toMatchObject({ before: { priceGross: 9900 }, after: { priceGross: 12900 } });
  });

  it('a data export and a deletion are audited with the person as the actor', async () => {
    const ewa = await person('Ewa', 'Usuwana');
    await requestExport(ewa.id);
    await expect(requestExport(ewa.id)).rejects.toThrow(); // one at a time
    await expect(deleteAccount(ewa.id, 'wrong-password')).rejects.toThrow();
    await deleteAccount(ewa.id, PASSWORD);
    const rows = await rowsOf('user', ewa.id);
    expect(rows.map((r) => [r.action, r.actorId])).toEqual([
      ['privacy.export.requested', ewa.id],
      ['privacy.account.deleted', ewa.id],
    ]);
    // The actor is named through the anonymised account, without touching the audit rows.
    const shown = await objectHistory([{ type: 'user', id: ewa.id }]);
    expect(shown.map((r) => r.actorName)).toEqual([
      `Usunięty użytkownik #${ewa.id.slice(-6).toUpperCase()}`,
      `Usunięty użytkownik #${ewa.id.slice(-6).toUpperCase()}`,
    ]);
  });

  it('a privacy request decision, once', async () => {
    const s = await staff();
    const p = await person('Ola', 'Wniosek');
    await filePrivacyRequest(p.id, { kind: 'OBJECTION', details: 'Sprzeciw wobec marketingu.' });
    const r = await db().privacyRequest.findFirstOrThrow({ where: { userId: p.id } });
    await decidePrivacyRequest(s.id, r.id, { decision: 'RESOLVED', reply: 'Uwzględniliśmy sprzeciw.' });
    await expect(decidePrivacyRequest(s.id, r.id, { decision: 'REFUSED', reply: 'Jednak nie.' })).rejects.toThrow();
    const rows = await rowsOf('privacyRequest', r.id);
    expect(rows.map((x) => [x.action, x.actorId, (x.after as { status: string }).status])).toEqual([
      ['privacy.request.decided', s.id, 'RESOLVED'],
    ]);
  });
});

describe('the list for administrators', () => {
  it('filters by actor (e-mail), action and object type, newest first, paginated', async () => {
    const s = await staff();
    const email = `zespol${n}@planeta.pl`;
    await db().$transaction(async (tx) => {
      for (let i = 0; i < 55; i++)
        await recordAudit(tx, { actorId: s.id, action: 'course.published', objectType: 'course', objectId: `c${i}` });
    });
    const first = await auditList({ actor: email, action: 'course.published' });
    expect(first).toMatchObject({ total: 55, pages: 2, page: 1 });
    expect(first.rows).toHaveLength(50);
    const second = await auditList({ actor: email, objectType: 'course' }, 2);
    expect(second.rows).toHaveLength(5);
    expect(first.rows[0].at.getTime()).toBeGreaterThanOrEqual(first.rows[49].at.getTime());
    expect((await auditList({ actor: email, objectType: 'order' })).total).toBe(0);
    expect((await auditList({ actor: email, from: '2000-01-01', to: '2000-01-02' })).total).toBe(0);
  });
});
