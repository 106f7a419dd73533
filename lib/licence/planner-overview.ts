// The planner's first page: where the school stands — students and declarations, what is left to
// check, the deadline — with the way to each section. Sums of the student list, nothing stored.
import { currentTime } from '@/lib/clock/clock';
import { studentListPage } from '@/lib/matura/students/student-list';

export async function plannerOverview(viewer: { id: string }, schoolId: string, now = currentTime()) {
  const list = await studentListPage(viewer, schoolId, now);
  return { counts: list.counts, classes: list.classes.length, lockAt: list.lockAt, locked: now >= list.lockAt };
}
