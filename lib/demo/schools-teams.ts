// Demo of the planner's rooms and teams (issue 23): CKE's May timetable for the exam years on
// offer, so staff's panel and the demo school's rooms have sessions to plan. Idempotent.
import { currentTime } from '@/lib/clock/clock';
import { orderableExamYears } from '@/lib/licence/rules/exam-years';
import { ensureTimetable } from '@/lib/matura/timetable';

export async function seedSchoolsTeamsDemo(now = currentTime()): Promise<void> {
  for (const year of orderableExamYears(now)) await ensureTimetable(year);
}
