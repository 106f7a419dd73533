// A teacher teaches one class at a time: new or moved sessions are checked against their other
// scheduled sessions under a per-teacher advisory lock, so two staff scheduling at once cannot
// both slip a clash in.
import type { Tx } from '@/lib/db/client';
import { UserError } from '@/lib/errors';
import { formatDateTime } from '@/lib/format/time';
import { teacherConflicts } from '@/lib/live/rules/schedule';

type Span = { startsAt: Date; endsAt: Date };

export async function refuseTeacherClash(
  tx: Tx,
  teacherId: string,
  spans: readonly Span[],
  excludeSessionId?: string,
): Promise<void> {
  if (spans.length === 0) return;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`planeta:live-teacher:${teacherId}`}))`;
  const from = new Date(Math.min(...spans.map((s) => s.startsAt.getTime())));
  const to = new Date(Math.max(...spans.map((s) => s.endsAt.getTime())));
  const busy = await tx.liveSession.findMany({
    where: {
      teacherId,
      status: 'SCHEDULED',
      startsAt: { lt: to },
      endsAt: { gt: from },
      ...(excludeSessionId ? { id: { not: excludeSessionId } } : {}),
    },
    select: { startsAt: true, endsAt: true },
    orderBy: { startsAt: 'asc' },
  });
  const [clash] = teacherConflicts(spans, busy);
  if (clash)
    throw new UserError({ code: 'live.move.teacher-conflict', params: [formatDateTime(clash.candidate.startsAt)] });
}
