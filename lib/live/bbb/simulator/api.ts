// The API calls the simulator answers, with BBB's parameters, messageKeys and XML shapes
// (docs.bigbluebutton.org/development/api): create, join, end, isMeetingRunning, getMeetingInfo,
// getMeetings, getRecordings, deleteRecordings. The checksum is checked by the server first.
import { failed, responseXml, type XmlFields } from './xml-out';
import {
  endMeeting,
  internalMeetingId,
  isRunning,
  liveMeeting,
  token,
  type SimContext,
  type SimMeeting,
  type SimRecording,
  type SimRole,
} from './state';

export type ApiAnswer = { xml: string } | { redirect: string };
type Call = (ctx: SimContext, q: URLSearchParams) => ApiAnswer;

const xml = (s: string): ApiAnswer => ({ xml: s });
const NO_MEETING_ID = () => xml(failed('missingParamMeetingID', 'You must specify a meeting ID for the meeting.'));
const NOT_FOUND = () => xml(failed('notFound', 'We could not find a meeting with that meeting ID'));
const num = (v: string | null) => (v && /^\d+$/.test(v) ? Number(v) : 0);
const bool = (v: string | null) => v === 'true';

function meetingFields(ctx: SimContext, m: SimMeeting): XmlFields {
  const attendees = [...m.attendees.values()];
  return {
    meetingName: m.name,
    meetingID: m.meetingId,
    internalMeetingID: m.internalMeetingId,
    createTime: m.createTime,
    createDate: new Date(m.createTime).toUTCString(),
    voiceBridge: 70000 + (m.createTime % 10000),
    dialNumber: '613-555-1234',
    attendeePW: m.attendeePw,
    moderatorPW: m.moderatorPw,
    running: isRunning(m),
    duration: m.durationMinutes,
    hasUserJoined: m.startTime !== null,
    recording: m.record && m.autoStartRecording && isRunning(m),
    hasBeenForciblyEnded: m.endedAt !== null,
    startTime: m.startTime ?? 0,
    endTime: m.endedAt ?? 0,
    participantCount: attendees.length,
    listenerCount: 0,
    voiceParticipantCount: 0,
    videoCount: 0,
    maxUsers: m.maxParticipants,
    moderatorCount: attendees.filter((a) => a.role === 'MODERATOR').length,
    attendees: {
      list: 'attendee',
      items: attendees.map((a) => ({
        userID: a.userId,
        fullName: a.fullName,
        role: a.role,
        isPresenter: a.role === 'MODERATOR',
        isListeningOnly: false,
        hasJoinedVoice: false,
        hasVideo: false,
        clientType: 'HTML5',
      })),
    },
    metadata: null,
    isBreakout: false,
  };
}

const create: Call = (ctx, q) => {
  const meetingId = q.get('meetingID') ?? '';
  if (!meetingId) return NO_MEETING_ID();
  const name = q.get('name') ?? '';
  if (name.length < 2 || name.length > 64 || meetingId.length < 2 || meetingId.length > 256 || meetingId.includes(','))
    return xml(
      failed('sizeError', 'Meeting name and ID must be 2–64 (name) and 2–256 (ID) characters, ID without commas'),
    );
  const existing = liveMeeting(ctx, meetingId);
  if (existing) {
    const pw = (p: string, mine: string) => q.get(p) !== null && q.get(p) !== mine;
    if (pw('moderatorPW', existing.moderatorPw) || pw('attendeePW', existing.attendeePw))
      return xml(
        failed('idNotUnique', 'A meeting already exists with that meeting ID.  Please use a different meeting ID.'),
      );
    return xml(
      responseXml('SUCCESS', {
        ...createFields(existing),
        messageKey: 'duplicateWarning',
        message: 'This conference was already in existence and may currently be in progress.',
      }),
    );
  }
  const createTime = ctx.now();
  const m: SimMeeting = {
    meetingId,
    internalMeetingId: internalMeetingId(meetingId, createTime),
    name,
    record: bool(q.get('record')),
    autoStartRecording: bool(q.get('autoStartRecording')),
    createTime,
    startTime: null,
    maxParticipants: num(q.get('maxParticipants')),
    durationMinutes: num(q.get('duration')),
    logoutUrl: q.get('logoutURL') ?? '',
    moderatorPw: q.get('moderatorPW') || token(4),
    attendeePw: q.get('attendeePW') || token(4),
    attendees: new Map(),
    everJoined: new Set(),
    endedAt: null,
  };
  ctx.meetings.set(meetingId, m);
  ctx.log(`create ${meetingId}${m.record ? ' (recorded)' : ''}`);
  return xml(responseXml('SUCCESS', { ...createFields(m), messageKey: null, message: null }));
};

const createFields = (m: SimMeeting): XmlFields => ({
  meetingID: m.meetingId,
  internalMeetingID: m.internalMeetingId,
  parentMeetingID: 'bbb-none',
  attendeePW: m.attendeePw,
  moderatorPW: m.moderatorPw,
  createTime: m.createTime,
  voiceBridge: 70000 + (m.createTime % 10000),
  dialNumber: '613-555-1234',
  createDate: new Date(m.createTime).toUTCString(),
  hasUserJoined: m.startTime !== null,
  duration: m.durationMinutes,
  hasBeenForciblyEnded: m.endedAt !== null,
});

function roleOf(m: SimMeeting, q: URLSearchParams): SimRole | null {
  const role = (q.get('role') ?? '').toUpperCase();
  if (role === 'MODERATOR' || role === 'VIEWER') return role;
  const pw = q.get('password');
  if (pw && pw === m.moderatorPw) return 'MODERATOR';
  if (pw && pw === m.attendeePw) return 'VIEWER';
  return null;
}

const join: Call = (ctx, q) => {
  const meetingId = q.get('meetingID') ?? '';
  if (!meetingId) return NO_MEETING_ID();
  const fullName = (q.get('fullName') ?? '').trim();
  if (!fullName)
    return xml(
      failed('missingParamFullName', 'You must specify a name for the attendee who will be joining the meeting.'),
    );
  const m = liveMeeting(ctx, meetingId);
  if (!m)
    return xml(
      failed('invalidMeetingIdentifier', 'The meeting ID that you supplied did not match any existing meetings'),
    );
  if (m.endedAt !== null)
    return xml(
      failed(
        'meetingForciblyEnded',
        'You can not re-join a meeting that has already been forcibly ended.  However, once the meeting is removed from memory (according to the timeout configured on this server, you will be able to once again create a meeting with the same meeting ID',
      ),
    );
  const role = roleOf(m, q);
  if (!role)
    return xml(
      failed(
        'invalidPassword',
        'You either did not supply a password or the password supplied is neither the attendee or moderator password for this conference.',
      ),
    );
  const userId = q.get('userID') || `w_${token(6)}`;
  // The same person joining again (a second tab, a reload of the join link) is one attendee.
  if (!m.attendees.has(userId) && m.maxParticipants > 0 && m.attendees.size >= m.maxParticipants)
    return xml(
      failed('maxParticipantsReached', 'The number of participants allowed for this meeting has been reached.'),
    );
  const sessionToken = token(8);
  m.attendees.set(userId, { userId, fullName, role, sessionToken, joinedAt: ctx.now() });
  m.everJoined.add(userId);
  m.startTime ??= ctx.now();
  ctx.log(`join ${meetingId}: ${fullName} (${role})`);
  const url = `${ctx.publicUrl}/simulator/room/${encodeURIComponent(meetingId)}?sessionToken=${sessionToken}`;
  if (q.get('redirect') === 'false')
    return xml(
      responseXml('SUCCESS', {
        messageKey: 'successfullyJoined',
        message: 'You have joined successfully.',
        meeting_id: m.internalMeetingId,
        user_id: userId,
        auth_token: token(6),
        session_token: sessionToken,
        url,
      }),
    );
  return { redirect: url };
};

const end: Call = (ctx, q) => {
  const meetingId = q.get('meetingID') ?? '';
  if (!meetingId) return NO_MEETING_ID();
  const m = liveMeeting(ctx, meetingId);
  if (!m)
    return xml(
      failed('notFound', 'We could not find a meeting with that meeting ID - perhaps the meeting is not yet running?'),
    );
  endMeeting(ctx, m);
  ctx.log(`end ${meetingId}`);
  return xml(
    responseXml('SUCCESS', {
      messageKey: 'sentEndMeetingRequest',
      message:
        'A request to end the meeting was sent.  Please wait a few seconds, and then use the getMeetingInfo or isMeetingRunning API calls to verify that it was ended.',
    }),
  );
};

const isMeetingRunning: Call = (ctx, q) => {
  const meetingId = q.get('meetingID') ?? '';
  if (!meetingId) return NO_MEETING_ID();
  const m = liveMeeting(ctx, meetingId);
  return xml(responseXml('SUCCESS', { running: isRunning(m) }));
};

const getMeetingInfo: Call = (ctx, q) => {
  const meetingId = q.get('meetingID') ?? '';
  if (!meetingId) return NO_MEETING_ID();
  const m = liveMeeting(ctx, meetingId);
  return m ? xml(responseXml('SUCCESS', meetingFields(ctx, m))) : NOT_FOUND();
};

const getMeetings: Call = (ctx) => {
  const meetings = [...ctx.meetings.keys()].map((id) => liveMeeting(ctx, id)).filter((m) => !!m);
  if (!meetings.length)
    return xml(
      responseXml('SUCCESS', {
        meetings: null,
        messageKey: 'noMeetings',
        message: 'no meetings were found on this server',
      }),
    );
  return xml(
    responseXml('SUCCESS', { meetings: { list: 'meeting', items: meetings.map((m) => meetingFields(ctx, m)) } }),
  );
};

const recordingFields = (r: SimRecording): XmlFields => ({
  recordID: r.recordId,
  meetingID: r.meetingId,
  internalMeetingID: r.internalMeetingId,
  name: r.name,
  isBreakout: false,
  published: true,
  state: 'published',
  startTime: r.startTime,
  endTime: r.endTime,
  participants: r.participants,
  metadata: { isBreakout: 'false', meetingName: r.name, meetingId: r.meetingId },
  playback: {
    list: 'format',
    items: [
      {
        type: 'presentation',
        url: r.playbackUrl,
        processingTime: 0,
        length: Math.round((r.endTime - r.startTime) / 60_000),
      },
    ],
  },
});

const ids = (v: string | null) =>
  (v ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/** By meetingID and/or recordID (comma lists; a recordID matches whole or as its prefix, like BBB's). */
const getRecordings: Call = (ctx, q) => {
  const meetings = ids(q.get('meetingID'));
  const records = ids(q.get('recordID'));
  const found = [...ctx.recordings.values()].filter(
    (r) =>
      (!meetings.length || meetings.includes(r.meetingId)) &&
      (!records.length || records.some((id) => r.recordId === id || r.recordId.startsWith(`${id}-`))),
  );
  if (!found.length)
    return xml(
      responseXml('SUCCESS', {
        recordings: null,
        messageKey: 'noRecordings',
        message: 'There are no recordings for the meeting(s).',
      }),
    );
  return xml(responseXml('SUCCESS', { recordings: { list: 'recording', items: found.map(recordingFields) } }));
};

const deleteRecordings: Call = (ctx, q) => {
  const records = ids(q.get('recordID'));
  if (!records.length) return xml(failed('missingParamRecordID', 'You must specify a recordID.'));
  const existing = records.filter((id) => ctx.recordings.has(id));
  if (!existing.length) return xml(failed('notFound', 'We could not find recordings'));
  for (const id of existing) ctx.recordings.delete(id);
  ctx.log(`deleteRecordings ${existing.join(',')}`);
  return xml(responseXml('SUCCESS', { deleted: true }));
};

export const CALLS: Record<string, Call> = {
  create,
  join,
  end,
  isMeetingRunning,
  getMeetingInfo,
  getMeetings,
  getRecordings,
  deleteRecordings,
};
