// What every planner page loads first: the viewer's access to the school named in the address and
// the school's name for the frame; null → the page calls notFound() (another school's, or none).
import { db } from '@/lib/db/client';
import { currentTime } from '@/lib/clock/clock';
import { NotFoundError } from '@/lib/errors';
import { findPlannerAccess, type PlannerAccess } from './planner';

export type PlannerContext = { access: PlannerAccess; schoolName: string };

export async function plannerContext(
  viewer: { id: string },
  schoolId: string,
  now = currentTime(),
): Promise<PlannerContext | null> {
  const access = await findPlannerAccess(viewer, schoolId, now);
  if (!access) return null;
  const school = await db().school.findUniqueOrThrow({ where: { id: schoolId }, select: { name: true } });
  return { access, schoolName: school.name };
}

/** A page model's loader whose NotFoundError (another school's record, a stale id) becomes null → 404. */
export async function orNotFound<T>(load: Promise<T>): Promise<T | null> {
  try {
    return await load;
  } catch (e) {
    if (e instanceof NotFoundError) return null;
    throw e;
  }
}
