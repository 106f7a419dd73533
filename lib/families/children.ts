// A parent's children: each one a Child row and a User of its own (role CHILD, the parent's
// chosen login and password). Every read and write has the parent in its `where`.
import { db } from '@/lib/db/client';
import { hashPassword } from '@/lib/auth/password';
import { revokeSessions } from '@/lib/auth/sessions';
import { isUniqueViolation, UserError } from '@/lib/errors';
import { currentTime } from '@/lib/clock/clock';
import { classForChild, type ClassResult } from '@/lib/families/rules/class-table';
import { schoolYearForPurchase, type SchoolYear } from '@/lib/families/rules/school-year';

export const childSelect = {
  id: true,
  fullName: true,
  birthYear: true,
  classShift: true,
  requestedShift: true,
  classChangeStatus: true,
  user: { select: { id: true, login: true } },
} as const;

export type ChildRow = {
  id: string;
  fullName: string;
  birthYear: number;
  classShift: number;
  requestedShift: number | null;
  classChangeStatus: 'PENDING' | 'APPROVED' | 'REJECTED' | null;
  user: { id: string; login: string | null };
};

export function childClass(child: { birthYear: number; classShift: number }, year: SchoolYear): ClassResult {
  return classForChild(child.birthYear, year, child.classShift);
}

export async function listChildren(parentId: string): Promise<ChildRow[]> {
  return db().child.findMany({ where: { parentId }, orderBy: { createdAt: 'asc' }, select: childSelect });
}

/** The parent's own child, or null (someone else's child answers as if it did not exist). */
export async function findOwnChild(parentId: string, childId: string): Promise<ChildRow | null> {
  return db().child.findFirst({ where: { id: childId, parentId }, select: childSelect });
}

export async function addChild(
  parentId: string,
  input: { fullName: string; birthYear: number; login: string; password: string },
  now = currentTime(),
): Promise<string> {
  // A child with no class in the year being sold (too young, or too old for every package)
  // gets the reason now, not at the checkout.
  const year = schoolYearForPurchase(now);
  const cls = classForChild(input.birthYear, year);
  if (!cls.ok) throw new UserError(cls.reason, { birthYear: cls.reason });
  const parent = await db().user.findUniqueOrThrow({ where: { id: parentId }, select: { lastName: true } });
  const [first, ...rest] = input.fullName.split(/\s+/);
  const passwordHash = await hashPassword(input.password);
  try {
    return await db().$transaction(async (tx) => {
      const user = await tx.user.create({
        data: {
          login: input.login.trim().toLowerCase(),
          firstName: first,
          lastName: rest.join(' ') || parent.lastName,
          passwordHash,
          roles: ['CHILD'],
          parentId,
          passwordIssued: true,
        },
        select: { id: true },
      });
      const child = await tx.child.create({
        data: { parentId, userId: user.id, fullName: input.fullName, birthYear: input.birthYear },
        select: { id: true },
      });
      return child.id;
    });
  } catch (e) {
    if (isUniqueViolation(e)) {
      throw new UserError('families.errors.loginTaken', { login: 'families.errors.loginTaken' });
    }
    throw e;
  }
}

/** The parent sets or resets the child's password; the child's open sessions end. */
export async function setChildPassword(parentId: string, childId: string, password: string): Promise<void> {
  const child = await findOwnChild(parentId, childId);
  if (!child) throw new UserError('families.errors.childMissing');
  const passwordHash = await hashPassword(password);
  await db().$transaction(async (tx) => {
    await tx.user.update({
      where: { id: child.user.id },
      data: { passwordHash, sessionVersion: { increment: 1 }, passwordIssued: true },
    });
    await revokeSessions(tx, child.user.id);
  });
}

/** §4.8: a request for one class down or up; staff approve it. 0 withdraws a pending request. */
export async function requestClassChange(
  parentId: string,
  childId: string,
  shift: number,
  now = currentTime(),
): Promise<void> {
  const child = await findOwnChild(parentId, childId);
  if (!child) throw new UserError('families.errors.childMissing');
  const cls = classForChild(child.birthYear, schoolYearForPurchase(now), shift);
  if (!cls.ok) throw new UserError(cls.reason, { shift: cls.reason });
  if (shift === child.classShift) {
    await db().child.update({ where: { id: child.id }, data: { requestedShift: null, classChangeStatus: null } });
    return;
  }
  await db().child.update({
    where: { id: child.id },
    data: { requestedShift: shift, classChangeStatus: 'PENDING', classChangeAt: now },
  });
}
