// What the BBB simulator remembers, in memory: meetings by meetingID (with who is in them and
// their session tokens) and the recordings fabricated when a recorded meeting ends.
import { createHash, randomBytes } from 'node:crypto';

export type SimRole = 'MODERATOR' | 'VIEWER';
export type SimAttendee = { userId: string; fullName: string; role: SimRole; sessionToken: string; joinedAt: number };

export type SimMeeting = {
  meetingId: string;
  internalMeetingId: string;
  name: string;
  record: boolean;
  autoStartRecording: boolean;
  createTime: number;
  /** First join: BBB's meeting starts running then. */
  startTime: number | null;
  maxParticipants: number;
  durationMinutes: number;
  logoutUrl: string;
  moderatorPw: string;
  attendeePw: string;
  attendees: Map<string, SimAttendee>;
  /** Everyone who was ever in the room (a recording counts its participants). */
  everJoined: Set<string>;
  /** Set by end (or the duration running out): BBB keeps an ended meeting in memory for a while. */
  endedAt: number | null;
};

export type SimRecording = {
  recordId: string;
  meetingId: string;
  internalMeetingId: string;
  name: string;
  startTime: number;
  endTime: number;
  participants: number;
  playbackUrl: string;
};

export type SimMode = 'up' | 'down';

export type SimContext = {
  secret: string;
  /** Base of the simulator's own pages (room, playback), as browsers reach it. */
  publicUrl: string;
  now: () => number;
  /** How long an ended meeting is remembered (join refused with meetingForciblyEnded, create finds it). */
  endedMemoryMs: number;
  mode: SimMode;
  meetings: Map<string, SimMeeting>;
  recordings: Map<string, SimRecording>;
  log: (line: string) => void;
};

export const token = (bytes = 8) => randomBytes(bytes).toString('hex');

/** BBB's internal meeting ID: sha1(meetingID) + '-' + createTime; a recording's recordID is the same. */
export const internalMeetingId = (meetingId: string, createTime: number) =>
  `${createHash('sha1').update(meetingId).digest('hex')}-${createTime}`;

/** Ends a meeting: everyone leaves; a recorded meeting someone joined leaves a recording behind. */
export function endMeeting(ctx: SimContext, m: SimMeeting): SimRecording | null {
  if (m.endedAt !== null) return null;
  m.endedAt = ctx.now();
  m.attendees.clear();
  if (!m.record || m.startTime === null) return null;
  const rec: SimRecording = {
    recordId: m.internalMeetingId,
    meetingId: m.meetingId,
    internalMeetingId: m.internalMeetingId,
    name: m.name,
    startTime: m.startTime,
    endTime: ctx.now(),
    participants: m.everJoined.size,
    playbackUrl: `${ctx.publicUrl}/simulator/playback/${encodeURIComponent(m.internalMeetingId)}`,
  };
  ctx.recordings.set(rec.recordId, rec);
  ctx.log(`recording ${rec.recordId} of ${m.meetingId}`);
  return rec;
}

/**
 * The meeting as BBB knows it now: one with a duration ends by itself when its time is up, and an
 * ended one is forgotten once its time in memory is over (then its meetingID can be created anew).
 */
export function liveMeeting(ctx: SimContext, meetingId: string): SimMeeting | undefined {
  const m = ctx.meetings.get(meetingId);
  if (!m) return undefined;
  if (m.endedAt === null && m.durationMinutes > 0 && ctx.now() >= m.createTime + m.durationMinutes * 60_000)
    endMeeting(ctx, m);
  if (m.endedAt !== null && ctx.now() >= m.endedAt + ctx.endedMemoryMs) {
    ctx.meetings.delete(meetingId);
    return undefined;
  }
  return m;
}

export const isRunning = (m: SimMeeting | undefined) => !!m && m.endedAt === null && m.startTime !== null;

export function findBySession(ctx: SimContext, meetingId: string, sessionToken: string) {
  const meeting = liveMeeting(ctx, meetingId);
  const attendee = meeting && [...meeting.attendees.values()].find((a) => a.sessionToken === sessionToken);
  return { meeting, attendee };
}
