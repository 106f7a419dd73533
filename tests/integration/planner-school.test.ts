// The planner's school (issue 23): its data-processing agreement (A17) — draft, the director's
// scan, staff's decision (audited, directors e-mailed) — gates the first student; its staff (A12)
// are invited by the director only (once, however often sent) and the last director stays; another
// school's agreement and staff are never reachable (404).
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/client';
import { NotFoundError, UserError } from '@/lib/errors';
import { type LicenceOrder } from '@/lib/licence/order';
import { plannerPath } from '@/lib/licence/paths';
import {
  currentSchoolAgreement,
  requireSchoolDpa,
  reviewSchoolAgreement,
  schoolAgreementCourtesyPdf,
  schoolAgreementDraft,
  schoolAgreementQueue,
  schoolAgreementScan,
  schoolAgreementTexts,
  schoolDpaAccepted,
  SchoolDpaRequired,
  submitSchoolAgreement,
} from '@/lib/licence/dpa';
import { inviteSchoolStaff, removeSchoolStaff, schoolStaffList } from '@/lib/licence/school-staff';
import { agreementQueue } from '@/lib/groups/agreement/agreements';
import { plannerAccess } from '@/lib/licence/planner';
import { DEMO_SCHOOL } from '@/lib/demo/schools';
import { seedSchoolsSchoolDemo } from '@/lib/demo/schools-school';
import { DECEMBER, licenceOffer, plannerSchool } from './planner-fixtures';

vi.mock('@/lib/jobs/queues', () => ({
  dispatchEmails: async () => {},
  enqueueMany: async () => {},
  enqueue: async () => {},
}));

const NOW = DECEMBER;
const PDF = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, 0x0a]);

/** A school with its director (the order's contact) and a teacher, unpaid, its agreement not yet
 *  signed: what this file tests is how it gets one. */
const school = (over: Partial<LicenceOrder> = {}) => plannerSchool(NOW, { dpa: false, order: over });

let support = { id: '' };

beforeAll(async () => {
  await licenceOffer();
  support = await db().user.create({
    data: { email: 'pomoc@example.pl', firstName: 'Piotr', lastName: 'Pomocny', passwordHash: 'x', roles: ['SUPPORT'] },
    select: { id: true },
  });
});

describe("the school's data-processing agreement", () => {
  it('goes draft → scan → staff accept, and only then lets students in', async () => {
    const { schoolId, director, okeCode } = await school();
    expect(await schoolDpaAccepted(schoolId)).toBe(false);
    const refused = await requireSchoolDpa(schoolId).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(SchoolDpaRequired);
    expect(refused).toBeInstanceOf(UserError);
    expect((refused as SchoolDpaRequired).message).toMatch(/umowę powierzenia/);
    expect((refused as SchoolDpaRequired).link).toBe(plannerPath(schoolId, 'school'));

    // The draft is drawn for an unpaid school too: it is signed before the first import.
    const draft = await schoolAgreementDraft(director, schoolId, NOW);
    expect(draft.pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(draft.fileName).toBe(`umowa-powierzenia-${okeCode}.pdf`);
    // A reader of English also gets the courtesy translation: on the page above the Polish
    // original, and as its own unsigned PDF.
    const courtesy = await schoolAgreementCourtesyPdf(director, schoolId, NOW);
    expect(courtesy.pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(courtesy.fileName).toBe(`data-processing-agreement-courtesy-translation-${okeCode}.pdf`);
    const access = await plannerAccess(director, schoolId, NOW);
    const texts = (await schoolAgreementTexts(access, 'en'))!;
    expect(texts.translation.flat().join('\n')).toContain(`the regional examination board (OKE) code ${okeCode}`);
    expect(texts.original.flat().join('\n')).toContain('UMOWA POWIERZENIA PRZETWARZANIA DANYCH OSOBOWYCH');
    expect(await schoolAgreementTexts(access, 'pl')).toBeNull();

    const { id } = await submitSchoolAgreement(director, schoolId, { name: 'umowa.pdf', bytes: PDF }, NOW);
    expect((await currentSchoolAgreement(director, schoolId, NOW)).latest).toMatchObject({ id, status: 'SUBMITTED' });
    // A second scan waits for the first one's decision.
    await expect(
      submitSchoolAgreement(director, schoolId, { name: 'druga.pdf', bytes: PDF }, NOW),
    ).rejects.toBeInstanceOf(UserError);
    expect((await schoolAgreementScan(director, schoolId, id, NOW)).fileName).toBe('umowa.pdf');

    // The panel's queue shows it with the school's name and OKE code; the groups' queue does not.
    const queued = (await schoolAgreementQueue()).find((a) => a.id === id);
    expect(queued?.school).toMatchObject({ id: schoolId, okeCode, examYear: 2027 });
    expect(queued?.school.name).toMatch(/^XIV Liceum/);
    expect((await agreementQueue()).some((a) => a.id === id)).toBe(false);
    expect(await schoolDpaAccepted(schoolId)).toBe(false);

    await reviewSchoolAgreement(support.id, id, { accept: true }, NOW);
    expect(await schoolDpaAccepted(schoolId)).toBe(true);
    await expect(requireSchoolDpa(schoolId)).resolves.toBeUndefined();
    await expect(reviewSchoolAgreement(support.id, id, { accept: true }, NOW)).rejects.toBeInstanceOf(UserError);
    await expect(
      submitSchoolAgreement(director, schoolId, { name: 'trzecia.pdf', bytes: PDF }, NOW),
    ).rejects.toBeInstanceOf(UserError);

    const audit = await db().auditEntry.findMany({
      where: { objectType: 'school', objectId: schoolId, action: 'school.agreement.accepted' },
    });
    expect(audit).toEqual([expect.objectContaining({ actorId: support.id })]);
    const directorEmail = (await db().user.findUniqueOrThrow({ where: { id: director.id } })).email!;
    expect(await db().emailMessage.count({ where: { to: directorEmail, template: 'school-agreement-accepted' } })).toBe(
      1,
    );
  });

  it('a rejected scan says why and lets the director send another one', async () => {
    const { schoolId, director } = await school();
    const { id } = await submitSchoolAgreement(director, schoolId, { name: 'umowa.pdf', bytes: PDF }, NOW);
    await reviewSchoolAgreement(support.id, id, { accept: false, reason: 'Brak podpisu dyrektora' }, NOW);
    const state = await currentSchoolAgreement(director, schoolId, NOW);
    expect(state).toMatchObject({
      accepted: false,
      canUpload: true,
      latest: { status: 'REJECTED', rejectionReason: 'Brak podpisu dyrektora' },
    });
    expect(await db().auditEntry.count({ where: { objectId: schoolId, action: 'school.agreement.rejected' } })).toBe(1);
    await expect(
      submitSchoolAgreement(director, schoolId, { name: 'poprawiona.pdf', bytes: PDF }, NOW),
    ).resolves.toHaveProperty('id');
  });

  it('refuses a file that is not a PDF, JPG or PNG', async () => {
    const { schoolId, director } = await school();
    await expect(
      submitSchoolAgreement(director, schoolId, { name: 'umowa.exe', bytes: new Uint8Array([0x4d, 0x5a, 0x90]) }, NOW),
    ).rejects.toBeInstanceOf(UserError);
  });

  it('a teacher cannot upload the scan (the director signs), but sees the state', async () => {
    const { schoolId, teacher } = await school();
    await expect(
      submitSchoolAgreement(teacher, schoolId, { name: 'umowa.pdf', bytes: PDF }, NOW),
    ).rejects.toBeInstanceOf(UserError);
    expect(await db().groupAgreement.count({ where: { schoolId } })).toBe(0);
    expect(await currentSchoolAgreement(teacher, schoolId, NOW)).toMatchObject({ canUpload: false, isDirector: false });
  });

  it("another school's agreement is not found", async () => {
    const a = await school();
    const b = await school();
    const { id } = await submitSchoolAgreement(a.director, a.schoolId, { name: 'umowa.pdf', bytes: PDF }, NOW);
    await expect(schoolAgreementDraft(b.director, a.schoolId, NOW)).rejects.toBeInstanceOf(NotFoundError);
    await expect(schoolAgreementCourtesyPdf(b.director, a.schoolId, NOW)).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      submitSchoolAgreement(b.director, a.schoolId, { name: 'umowa.pdf', bytes: PDF }, NOW),
    ).rejects.toBeInstanceOf(NotFoundError);
    // Through the wrong school's address too.
    await expect(schoolAgreementScan(b.director, b.schoolId, id, NOW)).rejects.toBeInstanceOf(NotFoundError);
    await expect(schoolAgreementScan(b.director, a.schoolId, id, NOW)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('the database refuses an agreement with no owner or with two', async () => {
    const { schoolId, director } = await school();
    const base = {
      fileName: 'x',
      mimeType: 'application/pdf',
      size: 1,
      fileKey: 'agreements/none',
      uploadedById: director.id,
    };
    await expect(db().groupAgreement.create({ data: base })).rejects.toThrow(/GroupAgreement_one_owner/);
    // Two owners: a group's id beside the school's (the CHECK is tested before the foreign key's trigger).
    await expect(
      db()
        .$executeRaw`INSERT INTO "GroupAgreement" ("id", "groupId", "schoolId", "fileName", "mimeType", "size", "fileKey", "uploadedById")
        VALUES ('two-owners', 'some-group', ${schoolId}, 'x', 'application/pdf', 1, 'agreements/none', ${director.id})`,
    ).rejects.toThrow(/GroupAgreement_one_owner/);
  });
});

describe("the school's staff", () => {
  it('the director invites a new person: an account with a single-use set-password link, one staff row however often sent', async () => {
    const { schoolId, director } = await school();
    const invite = {
      email: ' Nowa.Nauczycielka@LO.example.pl ',
      firstName: 'Ola',
      lastName: 'Nowa',
      role: 'TEACHER' as const,
    };
    const first = await inviteSchoolStaff(director, schoolId, invite, NOW);
    expect(first).toEqual({ email: 'nowa.nauczycielka@lo.example.pl', already: false, newAccount: true });
    const again = await inviteSchoolStaff(director, schoolId, invite, NOW);
    expect(again).toMatchObject({ already: true });
    const user = await db().user.findUniqueOrThrow({ where: { email: 'nowa.nauczycielka@lo.example.pl' } });
    expect(await db().schoolStaff.findMany({ where: { schoolId, userId: user.id } })).toEqual([
      expect.objectContaining({ role: 'TEACHER', invitedById: director.id, joinedAt: null }),
    ]);
    expect(await db().passwordResetToken.count({ where: { userId: user.id, usedAt: null } })).toBe(1);
    const mails = await db().emailMessage.findMany({ where: { to: user.email!, template: 'school-staff-invited' } });
    expect(mails).toHaveLength(1);
    expect(mails[0].text).toMatch(/\/haslo\/nowe\//);
    expect(await db().auditEntry.count({ where: { objectId: schoolId, action: 'school.staff.invited' } })).toBe(1);
  });

  it('an existing account is added and told, without a password link; one person may belong to two schools', async () => {
    const a = await school();
    const b = await school();
    const email = (await db().user.findUniqueOrThrow({ where: { id: b.director.id } })).email!;
    const r = await inviteSchoolStaff(
      a.director,
      a.schoolId,
      { email, firstName: 'x', lastName: 'y', role: 'DIRECTOR' },
      NOW,
    );
    expect(r).toMatchObject({ already: false, newAccount: false });
    expect(await db().schoolStaff.count({ where: { userId: b.director.id } })).toBe(2);
    const mail = await db().emailMessage.findFirstOrThrow({ where: { to: email, template: 'school-staff-invited' } });
    expect(mail.text).not.toMatch(/\/haslo\/nowe\//);
    // The name given in the form does not rename an existing account.
    expect(await db().user.findUniqueOrThrow({ where: { id: b.director.id } })).toMatchObject({ firstName: 'Anna' });
  });

  it('a teacher cannot invite or remove', async () => {
    const { schoolId, teacher } = await school();
    await expect(
      inviteSchoolStaff(
        teacher,
        schoolId,
        { email: 'ktos@lo.example.pl', firstName: 'K', lastName: 'T', role: 'DIRECTOR' },
        NOW,
      ),
    ).rejects.toBeInstanceOf(UserError);
    expect(await db().user.count({ where: { email: 'ktos@lo.example.pl' } })).toBe(0);
    const directorRow = (await schoolStaffList(teacher, schoolId, NOW)).find((s) => s.role === 'DIRECTOR')!;
    await expect(removeSchoolStaff(teacher, schoolId, directorRow.id, NOW)).rejects.toBeInstanceOf(UserError);
  });

  it('lists the staff with roles; the director removes a teacher but never the last director', async () => {
    const { schoolId, director, teacher } = await school();
    const list = await schoolStaffList(director, schoolId, NOW);
    expect(list.map((s) => [s.role, s.isViewer])).toEqual([
      ['DIRECTOR', true],
      ['TEACHER', false],
    ]);
    const self = list.find((s) => s.isViewer)!;
    await expect(removeSchoolStaff(director, schoolId, self.id, NOW)).rejects.toBeInstanceOf(UserError);
    await removeSchoolStaff(director, schoolId, list.find((s) => !s.isViewer)!.id, NOW);
    expect(await db().schoolStaff.count({ where: { schoolId, userId: teacher.id } })).toBe(0);
    expect(await db().auditEntry.count({ where: { objectId: schoolId, action: 'school.staff.removed' } })).toBe(1);
    // The removed teacher no longer reaches the school.
    await expect(schoolStaffList(teacher, schoolId, NOW)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("another school's staff are not found", async () => {
    const a = await school();
    const b = await school();
    const row = (await schoolStaffList(a.director, a.schoolId, NOW))[0];
    await expect(schoolStaffList(b.director, a.schoolId, NOW)).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      inviteSchoolStaff(
        b.director,
        a.schoolId,
        { email: 'obcy@lo.example.pl', firstName: 'O', lastName: 'B', role: 'TEACHER' },
        NOW,
      ),
    ).rejects.toBeInstanceOf(NotFoundError);
    // A staff row of school A through school B's address.
    await expect(removeSchoolStaff(b.director, b.schoolId, row.id, NOW)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('the demo', () => {
  it('gives XIV LO an accepted agreement and a teacher, once however often it runs', async () => {
    const { schoolId } = await school({ okeCode: DEMO_SCHOOL.okeCode, schoolName: DEMO_SCHOOL.name });
    await seedSchoolsSchoolDemo('Planeta2026', 'zespol', NOW);
    await seedSchoolsSchoolDemo('Planeta2026', 'zespol', NOW);
    expect(await schoolDpaAccepted(schoolId)).toBe(true);
    expect(await db().groupAgreement.count({ where: { schoolId } })).toBe(1);
    const teacher = await db().user.findUniqueOrThrow({ where: { login: 'nauczycielka' }, select: { id: true } });
    expect(await db().schoolStaff.findMany({ where: { schoolId, userId: teacher.id } })).toEqual([
      expect.objectContaining({ role: 'TEACHER' }),
    ]);
  });
});
