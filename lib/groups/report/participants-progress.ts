// Step 5: what the company admin sees of each participant — logged in yet, lesson progress,
// best final-test score, certificate. Reads only participants of a group the viewer may see.
import { readDb, type ReadDb } from '@/lib/db/replica';
import { progressPercent } from '@/lib/learning/outline';
import { groupFor, type Viewer } from '@/lib/groups/group-access';

export type ParticipantProgress = {
  id: string;
  userId: string;
  firstName: string;
  lastName: string;
  login: string;
  email: string | null;
  uploadId: string;
  lastLoginAt: Date | null;
  endsAt: Date | null;
  done: number;
  total: number;
  percent: number;
  bestScore: number | null;
  passed: boolean;
  passedAt: Date | null;
  /** When the passing attempt (or, without one, the latest scored attempt) was submitted. */
  testDate: Date | null;
  certificateNumber: string | null;
  credentialsSentAt: Date | null;
};

/** Every participant of the group with their learning state; null when the group is not the viewer's. */
export async function participantsProgress(
  viewer: Viewer,
  groupId: string,
  uploadId?: string,
): Promise<ParticipantProgress[] | null> {
  const group = await groupFor(viewer, groupId);
  if (!group) return null;
  return progressOf(groupId, group.course.id, uploadId);
}

/**
 * Without an access check: for the report job and for callers that checked already. On the primary
 * by default — the participants page is shown right after sending credentials — and on the
 * replica for the final-report job (readDb()), which reads two months of learning at once.
 */
export async function progressOf(
  groupId: string,
  courseId: string,
  uploadId?: string,
  from: Pick<ReadDb, 'lesson' | 'groupParticipant'> = readDb().$primary(),
): Promise<ParticipantProgress[]> {
  const lessons = await from.lesson.count({ where: { module: { courseId } } });
  const rows = await from.groupParticipant.findMany({
    where: { groupId, ...(uploadId ? { uploadId } : {}) },
    orderBy: [{ createdAt: 'asc' }, { rowNumber: 'asc' }],
    select: {
      id: true,
      uploadId: true,
      credentialsSentAt: true,
      user: {
        select: {
          id: true,
          firstName: true,
          lastName: true,
          login: true,
          email: true,
          lastLoginAt: true,
          enrolments: {
            where: { courseId },
            select: {
              endsAt: true,
              _count: { select: { progress: true } },
              attempts: {
                where: { percent: { not: null } },
                select: { percent: true, passed: true, submittedAt: true },
              },
              certificate: { select: { number: true } },
            },
          },
        },
      },
    },
  });
  return rows.map((p) => {
    const e = p.user.enrolments[0];
    const scored = e?.attempts ?? [];
    const best = scored.length ? Math.max(...scored.map((a) => a.percent!)) : null;
    const pass = scored
      .filter((a) => a.passed)
      .sort((a, b) => (a.submittedAt?.getTime() ?? 0) - (b.submittedAt?.getTime() ?? 0))[0];
    const latest = scored.reduce<Date | null>(
      (d, a) => (a.submittedAt && (!d || a.submittedAt > d) ? a.submittedAt : d),
      null,
    );
    const done = Math.min(e?._count.progress ?? 0, lessons);
    return {
      id: p.id,
      userId: p.user.id,
      firstName: p.user.firstName,
      lastName: p.user.lastName,
      login: p.user.login ?? '',
      email: p.user.email,
      uploadId: p.uploadId,
      lastLoginAt: p.user.lastLoginAt,
      endsAt: e?.endsAt ?? null,
      done,
      total: lessons,
      percent: progressPercent(done, lessons),
      bestScore: best,
      passed: !!pass,
      passedAt: pass?.submittedAt ?? null,
      testDate: pass?.submittedAt ?? latest,
      certificateNumber: e?.certificate?.number ?? null,
      credentialsSentAt: p.credentialsSentAt,
    };
  });
}
