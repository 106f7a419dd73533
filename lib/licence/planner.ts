// The gates of the planner's services (issue 23, A7, A9, A19): each service of students,
// declarations, teams, printouts and the school's own settings starts with one of these, so the
// restriction, expiry and another school's data are refused in the server, never by hidden buttons.
import { currentTime } from '@/lib/clock/clock';
import { NotFoundError, UserError } from '@/lib/errors';
import { schoolAccess, type SchoolAccess } from './access';
import { canWork } from './rules/access-level';

export type PlannerAccess = SchoolAccess & { licence: NonNullable<SchoolAccess['licence']> };

/** The viewer's access to the school for page models: null (→ notFound()) when not its staff or no licence. */
export async function findPlannerAccess(
  viewer: { id: string },
  schoolId: string,
  now = currentTime(),
): Promise<PlannerAccess | null> {
  const access = await schoolAccess(viewer, schoolId, now);
  return access?.licence ? (access as PlannerAccess) : null;
}

/** The same for services: NotFoundError (→ 404) instead of null. */
export async function plannerAccess(
  viewer: { id: string },
  schoolId: string,
  now = currentTime(),
): Promise<PlannerAccess> {
  const access = await findPlannerAccess(viewer, schoolId, now);
  if (!access) throw new NotFoundError('school');
  return access;
}

/** Reading the planner: every level but blocked (void, purged). */
export function requireRead(access: SchoolAccess): void {
  if (access.level === 'blocked') throw new UserError('planner.access.blocked');
}

/** Changes (students, declarations, rooms, teams): restricted and full; never read-only or blocked. */
export function requireWork(access: SchoolAccess): void {
  if (canWork(access.level)) return;
  throw new UserError(access.level === 'read-only' ? 'planner.access.readOnly' : 'planner.access.blocked');
}

/** What only the school's director does (Z6, unlocking a declaration, staff, DPA, erase). */
export function requireDirector(access: SchoolAccess): void {
  if (access.role !== 'DIRECTOR') throw new UserError('planner.access.directorOnly');
}

/** The gate of a change: the viewer's school (404 otherwise) with a licence that lets it work. */
export async function workingAccess(
  viewer: { id: string },
  schoolId: string,
  now = currentTime(),
): Promise<PlannerAccess> {
  const access = await plannerAccess(viewer, schoolId, now);
  requireWork(access);
  return access;
}

/** The gate of a read: the viewer's school (404 otherwise), not blocked. */
export async function readingAccess(
  viewer: { id: string },
  schoolId: string,
  now = currentTime(),
): Promise<PlannerAccess> {
  const access = await plannerAccess(viewer, schoolId, now);
  requireRead(access);
  return access;
}
