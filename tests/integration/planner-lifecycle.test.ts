// The school licence after the exam year (A11, A19, finding 6): from 1 June each paid licence is
// offered its renewal once; school A pays it and keeps working over the summer, its resit student
// carried over once when the renewal takes over, then its graduates purged; school B does not
// renew: read-only from 1 July, reminded 14 and 3 days before the purge (once each), purged at the end of 30 July with counts (a second run
// deletes nothing, invoices stay). The director erases a school's data; a teacher is refused.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/client';
import { UserError } from '@/lib/errors';
import { schoolAccess } from '@/lib/licence/access';
import { bookTransfer } from '@/lib/billing/payments/transfers';
import { runBillingDay } from '@/lib/billing/run/daily';
import { offerDueRenewals } from '@/lib/licence/lifecycle/renewal';
import { carryOverDueResits } from '@/lib/licence/lifecycle/carry-over';
import { remindDuePurges } from '@/lib/licence/lifecycle/reminders';
import { eraseSchoolData, purgeSchoolPlannerData } from '@/lib/licence/lifecycle/purge';
import { licencePage, fileSchoolComplaint } from '@/lib/licence/lifecycle/licence-page';
import { RUNNERS } from '@/lib/retention/runners';
import { terminableLicences, terminateLicence } from '@/lib/licence/lifecycle/termination';
import { licenceRefund } from '@/lib/licence/rules/refund';
import { DECEMBER, accountantId, licenceOffer, paid, plannerSchool, type PlannerSchool } from './planner-fixtures';

vi.mock('@/lib/jobs/queues', () => ({
  dispatchEmails: async () => {},
  enqueueMany: async () => {},
  enqueue: async () => {},
}));

const at = (iso: string) => new Date(iso);

/** A school ordered in December and paid, with its school discount (A2) set before the transfer. */
async function paidSchool(discount = 0): Promise<PlannerSchool> {
  const s = await plannerSchool(DECEMBER);
  if (discount) await db().school.update({ where: { id: s.schoolId }, data: { discount } });
  await paid(s);
  return s;
}

/** Two students (the second resits), each with two declaration rows; a room with a session, a seat and a team. */
async function plannerData(s: PlannerSchool, sessionId: string) {
  const ids: string[] = [];
  for (const [i, resit] of [false, true].entries()) {
    const st = await db().maturaStudent.create({
      data: {
        schoolId: s.schoolId,
        licenceId: s.licenceId,
        firstName: `Uczeń${i}`,
        lastName: 'Maturzysta',
        className: '4a',
        formula: '2023',
        resit,
        exams: {
          create: [
            { schoolId: s.schoolId, subject: 'matematyka', part: 'written', level: 'basic' },
            { schoolId: s.schoolId, subject: 'polski', part: 'oral', level: 'none' },
          ],
        },
      },
    });
    ids.push(st.id);
  }
  const room = await db().examRoom.create({
    data: { schoolId: s.schoolId, licenceId: s.licenceId, name: 'Sala 12', seats: 20 },
  });
  const rs = await db().roomSession.create({ data: { schoolId: s.schoolId, roomId: room.id, sessionId } });
  await db().roomSeat.create({ data: { roomSessionId: rs.id, studentId: ids[0] } });
  const teacher = await db().schoolTeacher.create({
    data: { schoolId: s.schoolId, userId: s.teacher.id, name: 'Jan Uczący', subjects: ['matematyka'] },
  });
  await db().teamMember.create({ data: { roomSessionId: rs.id, teacherId: teacher.id, role: 'chair' } });
  return ids;
}

let A: PlannerSchool;
let B: PlannerSchool;

beforeAll(async () => {
  await licenceOffer();
  const session = await db().examSession.create({
    data: {
      examYear: 2027,
      subject: 'matematyka',
      part: 'written',
      level: 'basic',
      startsAt: at('2027-05-06T07:00:00Z'),
    },
  });
  A = await paidSchool(5_000);
  B = await paidSchool();
  await plannerData(A, session.id);
  await plannerData(B, session.id);
});

const renewalOfLicence = (id: string) => db().schoolLicence.findUnique({ where: { renewalOfId: id } });

describe('the licence after the exam year', () => {
  it('offers the renewal from 1 June, once per licence, with the pro-forma e-mailed to the directors', async () => {
    expect(await offerDueRenewals(at('2027-05-31T12:00:00Z'))).toBe(0);
    expect(await offerDueRenewals(at('2027-06-01T08:00:00Z'))).toBe(2);
    expect(await offerDueRenewals(at('2027-06-01T09:00:00Z'))).toBe(0);
    expect(await offerDueRenewals(at('2027-06-02T08:00:00Z'))).toBe(0);

    for (const s of [A, B]) {
      const old = await db().schoolLicence.findUniqueOrThrow({ where: { id: s.licenceId } });
      expect(old.renewalOfferedAt).not.toBeNull();
      const renewal = await renewalOfLicence(s.licenceId);
      expect(renewal).toMatchObject({ schoolId: s.schoolId, examYear: 2028 });
      expect(await db().schoolLicence.count({ where: { schoolId: s.schoolId } })).toBe(2);
      const contract = await db().contract.findUniqueOrThrow({
        where: { id: renewal!.contractId },
        include: { charges: true },
      });
      expect(contract).toMatchObject({ status: 'PENDING', planCode: 'licence-proforma', payerId: s.director.id });
      expect(contract.charges).toHaveLength(1);
      // The school's discount applies to the renewal too (A2).
      expect(contract.charges[0]).toMatchObject({ amount: 50_000, discount: s === A ? 5_000 : 0 });
      const mails = await db().emailMessage.findMany({ where: { to: s.email, template: 'licence-renewal' } });
      expect(mails).toHaveLength(1);
      expect(mails[0].attachments).toEqual([
        { kind: 'proforma', chargeId: contract.charges[0].id },
        { kind: 'terms', contractId: contract.id },
      ]);
      expect(mails[0].text).toContain(contract.charges[0].proformaNumber!);
    }
  });

  it('A pays the renewal and keeps its data over the summer; B does not and is read-only from 1 July', async () => {
    const renewal = (await renewalOfLicence(A.licenceId))!;
    const charge = await db().contractCharge.findFirstOrThrow({ where: { contractId: renewal.contractId } });
    await bookTransfer(
      {
        chargeId: charge.id,
        amount: 45_000,
        title: charge.proformaNumber!,
        bookedOn: '2027-06-05',
        bookedById: await accountantId(),
      },
      at('2027-06-05T10:00:00Z'),
    );
    // B's renewal pro-forma lapses unpaid: the billing run voids it.
    await runBillingDay(at('2027-06-17T10:00:00Z'), { payerEmails: [B.email] });
    const bRenewal = (await renewalOfLicence(B.licenceId))!;
    expect((await db().contract.findUniqueOrThrow({ where: { id: bRenewal.contractId } })).status).toBe('VOID');

    const july = at('2027-07-01T10:00:00Z');
    expect(await schoolAccess(A.director, A.schoolId, july)).toMatchObject({
      level: 'full',
      licence: { id: A.licenceId, phase: 'renewed' },
    });
    expect(await schoolAccess(B.director, B.schoolId, july)).toMatchObject({
      level: 'read-only',
      licence: { id: B.licenceId, phase: 'readOnly' },
    });
    const page = await licencePage(B.director, B.schoolId, july);
    expect(page).toMatchObject({ renewed: false, renewalLapsed: true, purgeOn: '30 lipca 2027', canErase: true });
  });

  it('reminds B 14 and 3 days before the purge, once each; never A', async () => {
    const count = async () =>
      db().emailMessage.count({ where: { template: 'licence-purge-reminder', to: { in: [A.email, B.email] } } });
    expect(await remindDuePurges(at('2027-07-16T12:00:00Z'))).toBe(0);
    expect(await remindDuePurges(at('2027-07-17T08:00:00Z'))).toBe(1);
    expect(await remindDuePurges(at('2027-07-17T09:00:00Z'))).toBe(0);
    expect(await remindDuePurges(at('2027-07-20T09:00:00Z'))).toBe(0);
    expect(await remindDuePurges(at('2027-07-28T08:00:00Z'))).toBe(1);
    expect(await remindDuePurges(at('2027-07-29T08:00:00Z'))).toBe(0);
    expect(await count()).toBe(2);
    const mails = await db().emailMessage.findMany({ where: { template: 'licence-purge-reminder' } });
    expect(mails.every((m) => m.to === B.email)).toBe(true);
    expect(mails[0].text).toContain(`/planer/szkoly/${B.schoolId}/wydruki`);
    expect(mails[0].text).toContain('30 lipca 2027');
    const l = await db().schoolLicence.findUniqueOrThrow({ where: { id: B.licenceId } });
    expect(l.purgeReminded14At).not.toBeNull();
    expect(l.purgeReminded3At).not.toBeNull();
  });

  it("carries A's resit student to the renewal with the declaration at the end of 30 July, once", async () => {
    const renewal = (await renewalOfLicence(A.licenceId))!;
    expect(await carryOverDueResits(at('2027-07-30T20:00:00Z'))).toBe(0);
    expect(await carryOverDueResits(at('2027-07-30T22:15:00Z'))).toBe(1);
    expect(await carryOverDueResits(at('2027-07-30T23:15:00Z'))).toBe(0);
    const carried = await db().maturaStudent.findMany({ where: { licenceId: renewal.id }, include: { exams: true } });
    expect(carried).toHaveLength(1);
    const original = await db().maturaStudent.findFirstOrThrow({ where: { licenceId: A.licenceId, resit: true } });
    expect(carried[0]).toMatchObject({
      schoolId: A.schoolId,
      carriedFromId: original.id,
      firstName: original.firstName,
      resit: false,
    });
    expect(carried[0].exams.map((e) => `${e.subject}/${e.part}/${e.level}`).sort()).toEqual([
      'matematyka/written/basic',
      'polski/oral/none',
    ]);
  });

  it('purges both old licences at the end of 30 July with counts, once; A keeps the resit student and its teachers in the renewal; invoices and contracts stay', async () => {
    const invoicesBefore = await db().invoice.count();
    const contractsBefore = await db().contract.count();
    const renewal = (await renewalOfLicence(A.licenceId))!;
    expect(await purgeSchoolPlannerData(at('2027-07-30T20:00:00Z'))).toBe(0);
    const due = at('2027-07-31T01:00:00Z'); // 03:00 in Warsaw, when retention.run runs
    expect(await RUNNERS.schoolPlannerData!(due)).toBe(2);
    expect(await purgeSchoolPlannerData(at('2027-08-01T01:00:00Z'))).toBe(0);

    const b = await db().schoolLicence.findUniqueOrThrow({ where: { id: B.licenceId } });
    expect(b.purgedAt).not.toBeNull();
    expect(b.purgeCounts).toEqual({
      students: 2,
      exams: 4,
      unlocks: 0,
      seats: 1,
      rooms: 1,
      roomSessions: 1,
      teamMembers: 1,
      teachers: 1,
    });
    expect(await db().maturaStudent.count({ where: { schoolId: B.schoolId } })).toBe(0);
    expect(await db().maturaExam.count({ where: { schoolId: B.schoolId } })).toBe(0);
    expect(await db().examRoom.count({ where: { schoolId: B.schoolId } })).toBe(0);
    expect(await db().schoolTeacher.count({ where: { schoolId: B.schoolId } })).toBe(0);
    expect(await db().invoice.count()).toBe(invoicesBefore);
    expect(await db().contract.count()).toBe(contractsBefore);
    expect(await db().school.count({ where: { id: B.schoolId } })).toBe(1);
    const audit = await db().auditEntry.findMany({ where: { action: 'licence.purged', objectId: B.licenceId } });
    expect(audit).toHaveLength(1);
    expect(audit[0].after).toMatchObject({ students: 2, exams: 4, rooms: 1 });
    expect((await schoolAccess(B.director, B.schoolId, due))?.level).toBe('blocked');

    // A: the graduates' rows go with the old licence; the renewal keeps the resit student and the teachers.
    const a = await db().schoolLicence.findUniqueOrThrow({ where: { id: A.licenceId } });
    expect(a.purgedAt).not.toBeNull();
    expect(a.purgeCounts).toMatchObject({ students: 2, rooms: 1, teachers: 0 });
    expect(await db().maturaStudent.count({ where: { licenceId: A.licenceId } })).toBe(0);
    expect(await db().maturaStudent.count({ where: { licenceId: renewal.id } })).toBe(1);
    expect(await db().schoolTeacher.count({ where: { schoolId: A.schoolId } })).toBe(1);
    // From 31 July the renewal is the school's licence in full use, with the resit student in it.
    expect(await schoolAccess(A.director, A.schoolId, at('2027-08-01T10:00:00Z'))).toMatchObject({
      level: 'full',
      licence: { id: renewal.id, phase: 'active' },
    });
  });

  it('lets the director erase the school data (typed name, audited) and refuses a teacher', async () => {
    const now = at('2027-08-02T10:00:00Z');
    const renewal = (await renewalOfLicence(A.licenceId))!;
    await expect(eraseSchoolData(A.teacher, A.schoolId, { confirmName: 'x' }, now)).rejects.toThrow(UserError);
    await expect(eraseSchoolData(A.director, A.schoolId, { confirmName: 'Inna szkoła' }, now)).rejects.toThrow(
      UserError,
    );
    // Another school's director: the school is not found (404).
    await expect(
      eraseSchoolData(B.director, A.schoolId, { confirmName: 'XIV Liceum Ogólnokształcące nr 1' }, now),
    ).rejects.toThrow('not found');
    expect(await db().maturaStudent.count({ where: { licenceId: renewal.id } })).toBe(1);

    const school = await db().school.findUniqueOrThrow({ where: { id: A.schoolId } });
    const counts = await eraseSchoolData(
      A.director,
      A.schoolId,
      { confirmName: ` ${school.name.toUpperCase()} ` },
      now,
    );
    expect(counts).toMatchObject({ students: 1, exams: 2 });
    expect(await db().maturaStudent.count({ where: { licenceId: renewal.id } })).toBe(0);
    const l = await db().schoolLicence.findUniqueOrThrow({ where: { id: renewal.id } });
    expect(l.erasedByDirectorAt).not.toBeNull();
    // In an active year the licence stays usable: only its data went.
    expect(l.purgedAt).toBeNull();
    expect((await schoolAccess(A.director, A.schoolId, now))?.level).toBe('full');
    const audit = await db().auditEntry.findFirstOrThrow({ where: { action: 'licence.erased', objectId: renewal.id } });
    expect(audit).toMatchObject({ actorId: A.director.id });
  });

  it("files the school's complaint through the complaint service, with its 14-day deadline", async () => {
    const now = at('2027-08-03T10:00:00Z');
    const r = await fileSchoolComplaint(
      A.teacher,
      A.schoolId,
      { description: 'Wydruk list zdających nie działa.', demand: 'Naprawa.' },
      '203.0.113.7',
      now,
    );
    const c = await db().complaint.findUniqueOrThrow({ where: { number: r.number } });
    expect(c).toMatchObject({ schoolId: A.schoolId, userId: A.teacher.id });
    expect(c.dueAt.getTime()).toBeGreaterThan(now.getTime() + 13 * 86_400_000);
    await expect(
      fileSchoolComplaint(B.director, A.schoolId, { description: 'x', demand: 'y' }, '203.0.113.8', now),
    ).rejects.toThrow('not found');
    const page = await licencePage(A.director, A.schoolId, now);
    expect(page.complaints).toEqual([expect.objectContaining({ number: r.number })]);
  });
});

describe('termination for non-performance (A16)', () => {
  it('ends a paid licence with the pro-rata refund the licence rule gives, once; the school then reads only', async () => {
    const C = await paidSchool();
    const now = at('2027-03-31T10:00:00Z');
    const row = (await terminableLicences(now)).find((r) => r.licenceId === C.licenceId)!;
    // Bought on 2 December: the fee paid for 2 Dec – 30 Jun; 31 March counts as used.
    const expected = licenceRefund({
      paid: 50_000,
      period: { firstDay: '2026-09-01', lastDay: '2027-06-30' },
      accessFrom: '2026-12-02',
      terminatedOn: '2027-03-31',
    });
    expect(row).toMatchObject({ refund: expected.refund, daysLeft: 91, daysPaid: expected.daysPaid });
    expect(expected.refund).toBeGreaterThan(0);

    await expect(terminateLicence(C.director.id, C.licenceId, now)).rejects.toThrow();
    expect(await terminateLicence(await accountantId(), C.licenceId, now)).toBe(expected.refund);
    const licence = await db().schoolLicence.findUniqueOrThrow({ where: { id: C.licenceId } });
    const contract = await db().contract.findUniqueOrThrow({ where: { id: licence.contractId } });
    expect(contract).toMatchObject({ status: 'ENDED', endReason: 'non-performance' });
    const due = await db().contractEvent.findMany({ where: { contractId: contract.id, kind: 'refund-due' } });
    expect(due).toHaveLength(1);
    expect((await schoolAccess(C.director, C.schoolId, now))?.level).toBe('read-only');
    await expect(terminateLicence(await accountantId(), C.licenceId, now)).rejects.toThrow(UserError);
    expect((await terminableLicences(now)).some((r) => r.licenceId === C.licenceId)).toBe(false);
  });
});
