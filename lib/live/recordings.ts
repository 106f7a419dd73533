// Recordings (B16): fetched from BBB for ended sessions of recording groups, listed to the people
// who booked or attended the session until 30 days after it ended, then deleted at BBB and marked
// deleted here (pitfall 9: BBB itself never deletes them). BBB is called outside any transaction.
import { currentTime } from '@/lib/clock/clock';
import { db } from '@/lib/db/client';
import { NotFoundError } from '@/lib/errors';
import { bbbConfig, deleteRecordings, getRecordings } from '@/lib/live/bbb/client';
import { isRecordingVisible, RECORDING_DAYS, recordingExpiresAt } from '@/lib/live/rules/windows';
import { isLiveStaff, type LiveViewer } from '@/lib/live/access';

const DAY = 86_400_000;

/** live.recordings.sync: new recordings of sessions that ended in the last 30 days. */
export async function syncRecordings(now = currentTime()): Promise<number> {
  const sessions = await db().liveSession.findMany({
    where: {
      status: 'SCHEDULED',
      endsAt: { lte: now, gt: new Date(now.getTime() - RECORDING_DAYS * DAY) },
      group: { records: true, roomKind: 'BBB' },
    },
    select: { id: true, endsAt: true, bbbMeetingId: true },
  });
  const cfg = bbbConfig();
  let added = 0;
  for (const s of sessions) {
    const recs = await getRecordings(cfg, s.bbbMeetingId);
    if (recs.length === 0) continue;
    const { count } = await db().liveRecording.createMany({
      data: recs.map((r) => ({
        sessionId: s.id,
        recordId: r.recordId,
        playbackUrl: r.playbackUrl,
        startedAt: r.startTime,
        endedAt: r.endTime,
        expiresAt: recordingExpiresAt(s.endsAt),
      })),
      skipDuplicates: true,
    });
    added += count;
  }
  return added;
}

/** live.recordings.expire (daily): deletes expired recordings at BBB, then marks our rows. */
export async function expireRecordings(now = currentTime()): Promise<string[]> {
  const due = await db().liveRecording.findMany({
    where: { deletedAt: null, expiresAt: { lte: now } },
    select: { id: true, recordId: true },
  });
  if (due.length === 0) return [];
  // Deleting one already gone is not an error, so a run that failed after BBB's answer is simply repeated.
  await deleteRecordings(
    bbbConfig(),
    due.map((r) => r.recordId),
  );
  await db().liveRecording.updateMany({
    where: { id: { in: due.map((r) => r.id) }, deletedAt: null },
    data: { deletedAt: now },
  });
  return due.map((r) => r.recordId);
}

const attendedOrBooked = { OR: [{ status: 'BOOKED' as const }, { attended: true }] };

export type RecordingItem = { id: string; playbackUrl: string; startedAt: Date; expiresAt: Date };

/** A session's recordings for someone who booked or attended it (or its teacher, or staff), while visible. */
export async function recordingsFor(
  viewer: LiveViewer,
  sessionId: string,
  now = currentTime(),
): Promise<RecordingItem[]> {
  const s = await db().liveSession.findFirst({
    where: {
      id: sessionId,
      ...(isLiveStaff(viewer)
        ? {}
        : {
            OR: [
              { teacherId: viewer.id },
              { bookings: { some: { ...attendedOrBooked, userId: viewer.id } } },
              // A parent watches with the child it booked for.
              { bookings: { some: { ...attendedOrBooked, user: { childProfile: { parentId: viewer.id } } } } },
            ],
          }),
    },
    select: { endsAt: true },
  });
  if (!s) throw new NotFoundError('live session');
  if (!isRecordingVisible(s.endsAt, now)) return [];
  return db().liveRecording.findMany({
    where: { sessionId, deletedAt: null, expiresAt: { gt: now } },
    orderBy: { startedAt: 'asc' },
    select: { id: true, playbackUrl: true, startedAt: true, expiresAt: true },
  });
}
