// The school's staff (A12: any number; one person may belong to two schools): the director invites
// a person by e-mail as director or teacher and removes one (never the last director). A new
// person gets an account at once with a single-use set-password link, as the order's contact does
// (lib/licence/order.ts); an existing account is added and told. Both changes are audited.
import { db, type Tx } from '@/lib/db/client';
import { currentTime } from '@/lib/clock/clock';
import { isUniqueViolation, NotFoundError, UserError } from '@/lib/errors';
import { recordAudit } from '@/lib/audit';
import { createPasswordLink } from '@/lib/auth/accounts';
import { absoluteUrl } from '@/lib/url';
import { queueEmailOnce } from '@/lib/mail/outbox';
import { dispatchEmails } from '@/lib/jobs/queues';
import type { SchoolRole } from '@/lib/db/generated/enums';
import { SET_PASSWORD_DAYS } from '@/lib/billing/contracts/activate-account';
import { NO_PASSWORD } from '@/lib/language/signup/sign-up';
import { plannerAccess, requireDirector, requireRead } from './planner';
import { plannerPath } from './paths';

export type StaffInvitation = { email: string; firstName: string; lastName: string; role: SchoolRole };
export type InvitationResult = { email: string; already: boolean; newAccount: boolean };

/** The school's staff with their roles, directors first, for any of its staff. */
export async function schoolStaffList(viewer: { id: string }, schoolId: string, now = currentTime()) {
  const access = await plannerAccess(viewer, schoolId, now);
  requireRead(access);
  const rows = await db().schoolStaff.findMany({
    where: { schoolId },
    orderBy: [{ role: 'asc' }, { invitedAt: 'asc' }],
    select: {
      id: true,
      role: true,
      invitedAt: true,
      joinedAt: true,
      user: { select: { id: true, firstName: true, lastName: true, email: true } },
    },
  });
  const directors = rows.filter((r) => r.role === 'DIRECTOR').length;
  return rows.map((r) => ({
    id: r.id,
    role: r.role,
    invitedAt: r.invitedAt,
    joinedAt: r.joinedAt,
    name: [r.user.firstName, r.user.lastName].filter(Boolean).join(' '),
    email: r.user.email,
    isViewer: r.user.id === viewer.id,
    /** The last director stays (removeSchoolStaff refuses it too). */
    removable: r.role !== 'DIRECTOR' || directors > 1,
  }));
}

/**
 * The director adds a person to the school's staff. Safe to run twice: a person already on the
 * staff is answered `already` and e-mailed nothing (also when two invitations race).
 */
export async function inviteSchoolStaff(
  viewer: { id: string },
  schoolId: string,
  input: StaffInvitation,
  now = currentTime(),
): Promise<InvitationResult> {
  const access = await plannerAccess(viewer, schoolId, now);
  requireDirector(access);
  requireRead(access);
  const email = input.email.trim().toLowerCase();
  try {
    const done = await db().$transaction(async (tx) => {
      const existing = await tx.user.findUnique({ where: { email }, select: { id: true } });
      if (existing) {
        const member = await tx.schoolStaff.findUnique({
          where: { schoolId_userId: { schoolId, userId: existing.id } },
          select: { id: true },
        });
        if (member) return { already: true, newAccount: false, mailId: null };
      }
      const user =
        existing ??
        (await tx.user.create({
          data: {
            firstName: input.firstName.trim(),
            lastName: input.lastName.trim(),
            email,
            passwordHash: NO_PASSWORD,
            roles: ['LEARNER'],
          },
          select: { id: true },
        }));
      const row = await tx.schoolStaff.create({
        data: {
          schoolId,
          userId: user.id,
          role: input.role,
          invitedById: viewer.id,
          invitedAt: now,
          joinedAt: existing ? now : null,
        },
        select: { id: true },
      });
      await recordAudit(tx, {
        actorId: viewer.id,
        action: 'school.staff.invited',
        objectType: 'school',
        objectId: schoolId,
        after: { staffId: row.id, userId: user.id, role: input.role, newAccount: !existing },
      });
      const mailId = await invitationMail(tx, row.id, schoolId, viewer.id, user.id, input.role, !existing, now);
      return { already: false, newAccount: !existing, mailId };
    });
    if (done.mailId) await dispatchEmails([done.mailId]);
    return { email, already: done.already, newAccount: done.newAccount };
  } catch (e) {
    // A twin invitation won the race for the person or their place on the staff.
    if (isUniqueViolation(e)) return { email, already: true, newAccount: false };
    throw e;
  }
}

async function invitationMail(
  tx: Tx,
  staffId: string,
  schoolId: string,
  inviterId: string,
  userId: string,
  role: SchoolRole,
  newAccount: boolean,
  now: Date,
) {
  const [school, inviter, user] = [
    await tx.school.findUniqueOrThrow({ where: { id: schoolId }, select: { name: true } }),
    await tx.user.findUniqueOrThrow({ where: { id: inviterId }, select: { firstName: true, lastName: true } }),
    await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, firstName: true } }),
  ];
  const setPasswordLink = newAccount ? await createPasswordLink(tx, userId, now, SET_PASSWORD_DAYS * 86_400_000) : null;
  return queueEmailOnce(tx, `school-staff-invited:${staffId}`, user.email!, 'school-staff-invited', {
    firstName: user.firstName,
    school: school.name,
    role, // named in the recipient's language when rendered
    invitedBy: [inviter.firstName, inviter.lastName].filter(Boolean).join(' '),
    login: user.email!,
    link: absoluteUrl(plannerPath(schoolId)),
    setPasswordLink,
    validDays: SET_PASSWORD_DAYS,
  });
}

/** The director removes a person from the school's staff; the last director stays. */
export async function removeSchoolStaff(
  viewer: { id: string },
  schoolId: string,
  staffId: string,
  now = currentTime(),
): Promise<void> {
  const access = await plannerAccess(viewer, schoolId, now);
  requireDirector(access);
  await db().$transaction(async (tx) => {
    // The school row is locked so two directors removing each other cannot leave none.
    await tx.$queryRaw`SELECT "id" FROM "School" WHERE "id" = ${schoolId} FOR UPDATE`;
    const row = await tx.schoolStaff.findFirst({
      where: { id: staffId, schoolId },
      select: { id: true, userId: true, role: true },
    });
    if (!row) throw new NotFoundError('school staff');
    if (row.role === 'DIRECTOR') {
      const directors = await tx.schoolStaff.count({ where: { schoolId, role: 'DIRECTOR' } });
      if (directors <= 1) throw new UserError('plannerSchool.refusals.lastDirector');
    }
    await tx.schoolStaff.delete({ where: { id: row.id } });
    await recordAudit(tx, {
      actorId: viewer.id,
      action: 'school.staff.removed',
      objectType: 'school',
      objectId: schoolId,
      before: { staffId: row.id, userId: row.userId, role: row.role },
    });
  });
}
