// The way into a session's room: only for the booked participants and the session's teacher, only
// from 15 minutes before the start until the end (windows.canJoin). BBB rooms are created on the
// first request (create is idempotent) and each person gets a signed join URL with their name and
// role; EXTERNAL rooms are the group's fixed link. BBB down: "not available yet", booking kept.
// A parent may join on their child's behalf (matplaneta Live): the child's booking, the child's name.
import { currentTime } from '@/lib/clock/clock';
import { db } from '@/lib/db/client';
import { NotFoundError, UserError } from '@/lib/errors';
import { messages } from '@/lib/i18n';
import { absoluteUrl } from '@/lib/url';
import { bbbConfig, BbbUnavailableError, createMeeting, joinUrl } from '@/lib/live/bbb/client';
import { canJoin, joinOpensAt } from '@/lib/live/rules/windows';
import { formatDateTime } from '@/lib/format/time';
import type { LiveViewer } from '@/lib/live/access';
import { LIVE_LEARNER_PATH } from '@/lib/live/paths';

export type RoomLink =
  | { ok: true; kind: 'BBB' | 'EXTERNAL'; url: string; role: 'MODERATOR' | 'VIEWER' }
  | { ok: false; reason: 'liveEngine.roomUnavailable' | 'liveEngine.roomEnded' };

export async function roomLinkFor(
  viewer: LiveViewer,
  sessionId: string,
  now = currentTime(),
  learnerId: string = viewer.id,
): Promise<RoomLink> {
  if (learnerId !== viewer.id) {
    const child = await db().child.findFirst({
      where: { userId: learnerId, parentId: viewer.id },
      select: { id: true },
    });
    if (!child) throw new NotFoundError('child');
  }
  const s = await db().liveSession.findUnique({
    where: { id: sessionId },
    select: {
      teacherId: true,
      status: true,
      startsAt: true,
      endsAt: true,
      capacity: true,
      bbbMeetingId: true,
      group: { select: { title: true, roomKind: true, externalUrl: true, records: true } },
      bookings: { where: { userId: learnerId, status: 'BOOKED' }, select: { id: true } },
    },
  });
  if (!s) throw new NotFoundError('live session');
  const teacher = s.teacherId === viewer.id;
  if (!teacher && s.bookings.length === 0) throw new UserError('liveEngine.roomNotBooked');
  if (s.status !== 'SCHEDULED') throw new UserError('liveEngine.sessionNotScheduled');
  if (!canJoin(s.startsAt, s.endsAt, now)) {
    if (now.getTime() > s.endsAt.getTime()) throw new UserError('live.windows.joinEnded');
    throw new UserError({ code: 'live.windows.joinNotYet', params: [formatDateTime(joinOpensAt(s.startsAt))] });
  }
  const role = teacher ? 'MODERATOR' : 'VIEWER';
  if (s.group?.roomKind === 'EXTERNAL' && s.group.externalUrl)
    return { ok: true, kind: 'EXTERNAL', url: s.group.externalUrl, role };
  const person = await db().user.findUniqueOrThrow({
    where: { id: teacher ? viewer.id : learnerId },
    select: { firstName: true, lastName: true },
  });
  const cfg = bbbConfig();
  let ended: boolean;
  try {
    ({ ended } = await createMeeting(cfg, {
      meetingId: s.bbbMeetingId,
      name: s.group?.title ?? messages().liveEngine.slotTitle,
      record: s.group?.records ?? false,
      // One more than the seats, for the teacher (BBB itself does not hold it under load: pitfall 8,
      // which is why only booked people ever get a join URL).
      maxParticipants: s.capacity + 1,
      logoutUrl: absoluteUrl(LIVE_LEARNER_PATH),
      durationMinutes: Math.ceil((s.endsAt.getTime() - now.getTime()) / 60_000) + 15,
    }));
  } catch (e) {
    if (e instanceof BbbUnavailableError) {
      console.error('[live] BBB create failed:', e.message);
      return { ok: false, reason: 'liveEngine.roomUnavailable' };
    }
    throw e;
  }
  // The teacher ended the meeting early: BBB refuses joins while it remembers it.
  if (ended) return { ok: false, reason: 'liveEngine.roomEnded' };
  const fullName = `${person.firstName} ${person.lastName}`.trim();
  return {
    ok: true,
    kind: 'BBB',
    role,
    url: joinUrl(cfg, { meetingId: s.bbbMeetingId, fullName, role, userId: teacher ? viewer.id : learnerId }),
  };
}
