// Our own small client of BigBlueButton's API (docs.bigbluebutton.org/development/api, BBB 2.7/3.0):
// signed GET calls (SHA-256 checksums), XML answers read into plain typed values. Joins use the
// role parameter of BBB 2.4+ (moderatorPW/attendeePW are deprecated in 3.0 and only sent when given).
import { bbbEnv } from '@/lib/config/env';
import { encodeQuery, signQuery } from './checksum';
import { normaliseBbbUrl } from './env';
import { BbbApiError, BbbUnavailableError } from './errors';
import { all, first, parseBbbResponse, textOf, type BbbEnvelope, type XmlElement } from './xml';

export { BbbApiError, BbbUnavailableError } from './errors';

/** url ends with '/bigbluebutton/': the API is url + 'api/<call>?…&checksum=…'. */
export type BbbConfig = { url: string; secret: string; timeoutMs?: number };

export function bbbConfig(): BbbConfig {
  const e = bbbEnv();
  return { url: e.BBB_URL, secret: e.BBB_SECRET };
}

/** A call that hangs longer than this is a BBB that is not available (the page says so). */
export const BBB_TIMEOUT_MS = 5000;
/** BBB 2.4+: name 2–64 characters; meetingID 2–256 characters without commas. */
const MAX_NAME = 64;

type Params = Record<string, string | number | boolean | undefined>;

export function callUrl(cfg: BbbConfig, call: string, params: Params): string {
  return `${normaliseBbbUrl(cfg.url)}api/${call}?${signQuery(call, encodeQuery(params), cfg.secret)}`;
}

/**
 * One API call. FAILED with a messageKey in `nothing` (BBB's way of saying "no such meeting /
 * recording") is null; any other FAILED is a BbbApiError; no answer or not BBB's XML is unavailable.
 */
async function request(
  cfg: BbbConfig,
  call: string,
  params: Params,
  nothing: readonly string[] = [],
): Promise<BbbEnvelope | null> {
  let status: number;
  let body: string;
  try {
    const res = await fetch(callUrl(cfg, call, params), {
      signal: AbortSignal.timeout(cfg.timeoutMs ?? BBB_TIMEOUT_MS),
      headers: { Accept: 'application/xml, text/xml' },
    });
    status = res.status;
    body = await res.text();
  } catch (cause) {
    throw new BbbUnavailableError(`BBB ${call}: ${cause instanceof Error ? cause.message : 'no answer'}`, { cause });
  }
  if (status >= 500) throw new BbbUnavailableError(`BBB ${call}: HTTP ${status}`);
  const envelope = parseBbbResponse(body);
  if (!envelope) throw new BbbUnavailableError(`BBB ${call}: HTTP ${status}, not a BBB response`);
  if (envelope.returncode === 'SUCCESS') return envelope;
  if (nothing.includes(envelope.messageKey)) return null;
  if (!envelope.messageKey) throw new BbbUnavailableError(`BBB ${call}: FAILED ${envelope.message}`);
  throw new BbbApiError(envelope.messageKey, envelope.message, call);
}

function checkMeetingId(meetingId: string) {
  if (meetingId.length < 2 || meetingId.length > 256 || meetingId.includes(',')) {
    throw new Error(`BBB meetingID must be 2–256 characters without commas: ${JSON.stringify(meetingId)}`);
  }
}

/** BBB refuses names outside 2–64 characters: long ones are shortened, one letter is padded. */
const meetingName = (name: string) => Array.from(name.trim()).slice(0, MAX_NAME).join('').padEnd(2, '.');

export type CreateMeeting = {
  meetingId: string;
  name: string;
  record: boolean;
  moderatorPw?: string;
  attendeePw?: string;
  maxParticipants?: number;
  logoutUrl?: string;
  durationMinutes?: number;
};

/**
 * Creates the meeting, or finds it: BBB's create is idempotent (SUCCESS with duplicateWarning for
 * a meeting that exists). A recorded class records from the first join and cannot be paused.
 * `ended`: the meeting was ended and BBB still remembers it, so joins are refused (meetingForciblyEnded).
 */
export async function createMeeting(
  cfg: BbbConfig,
  m: CreateMeeting,
): Promise<{ meetingId: string; internalMeetingId: string; ended: boolean }> {
  checkMeetingId(m.meetingId);
  const r = await request(cfg, 'create', {
    name: meetingName(m.name),
    meetingID: m.meetingId,
    record: m.record,
    autoStartRecording: m.record ? true : undefined,
    allowStartStopRecording: m.record ? false : undefined,
    moderatorPW: m.moderatorPw,
    attendeePW: m.attendeePw,
    maxParticipants: m.maxParticipants,
    logoutURL: m.logoutUrl,
    duration: m.durationMinutes,
  });
  return {
    meetingId: textOf(r!.root, 'meetingID'),
    internalMeetingId: textOf(r!.root, 'internalMeetingID'),
    ended: textOf(r!.root, 'hasBeenForciblyEnded') === 'true',
  };
}

export type JoinAs = {
  meetingId: string;
  fullName: string;
  role: 'MODERATOR' | 'VIEWER';
  userId: string;
  redirect?: boolean;
};

/** The signed URL the person's browser opens to enter the room; no network. */
export function joinUrl(cfg: BbbConfig, j: JoinAs): string {
  checkMeetingId(j.meetingId);
  // BBB refuses a join without a name (missingParamFullName) only once the browser is there.
  if (!j.fullName.trim()) throw new Error('BBB join needs the person’s full name');
  return callUrl(cfg, 'join', {
    fullName: j.fullName,
    meetingID: j.meetingId,
    role: j.role,
    userID: j.userId,
    redirect: j.redirect ?? true,
  });
}

/** Ends the meeting for everyone; one that is not there (never created, already ended) is fine. */
export async function endMeeting(cfg: BbbConfig, meetingId: string): Promise<void> {
  checkMeetingId(meetingId);
  await request(cfg, 'end', { meetingID: meetingId }, ['notFound', 'invalidMeetingIdentifier']);
}

/** True once someone has joined and until it ends (BBB's own meaning of "running"). */
export async function isMeetingRunning(cfg: BbbConfig, meetingId: string): Promise<boolean> {
  checkMeetingId(meetingId);
  const r = await request(cfg, 'isMeetingRunning', { meetingID: meetingId }, ['notFound']);
  return textOf(r?.root, 'running') === 'true';
}

export type BbbAttendee = { userId: string; fullName: string; role: 'MODERATOR' | 'VIEWER' };
export type BbbMeetingInfo = {
  meetingId: string;
  internalMeetingId: string;
  name: string;
  running: boolean;
  /** Ended, still in BBB's memory: joins are refused until it is forgotten. */
  ended: boolean;
  recording: boolean;
  createTime: Date;
  attendees: BbbAttendee[];
};

const epochMs = (s: string) => new Date(Number(s) || 0);

/** Who is in the room now; null when there is no such meeting. */
export async function getMeetingInfo(cfg: BbbConfig, meetingId: string): Promise<BbbMeetingInfo | null> {
  checkMeetingId(meetingId);
  const r = await request(cfg, 'getMeetingInfo', { meetingID: meetingId }, ['notFound']);
  if (!r) return null;
  return {
    meetingId: textOf(r.root, 'meetingID'),
    internalMeetingId: textOf(r.root, 'internalMeetingID'),
    name: textOf(r.root, 'meetingName'),
    running: textOf(r.root, 'running') === 'true',
    ended: textOf(r.root, 'hasBeenForciblyEnded') === 'true',
    recording: textOf(r.root, 'recording') === 'true',
    createTime: epochMs(textOf(r.root, 'createTime')),
    attendees: all(first(r.root, 'attendees'), 'attendee').map((a) => ({
      userId: textOf(a, 'userID'),
      fullName: textOf(a, 'fullName'),
      role: textOf(a, 'role').toUpperCase() === 'MODERATOR' ? 'MODERATOR' : 'VIEWER',
    })),
  };
}

export type BbbRecording = {
  recordId: string;
  meetingId: string;
  startTime: Date;
  endTime: Date;
  playbackUrl: string;
  published: boolean;
};

/** The playback a person watches: the "presentation" format when there is one, else the first. */
function playbackUrl(rec: XmlElement): string {
  const formats = all(first(rec, 'playback'), 'format');
  const chosen = formats.find((f) => textOf(f, 'type') === 'presentation') ?? formats[0];
  return textOf(chosen, 'url');
}

/** Reads a getRecordings answer: none, one or many `<recording>`; ones without a playback yet are left out. */
export function readRecordings(root: XmlElement): BbbRecording[] {
  return all(first(root, 'recordings'), 'recording')
    .map((rec) => ({
      recordId: textOf(rec, 'recordID'),
      meetingId: textOf(rec, 'meetingID'),
      startTime: epochMs(textOf(rec, 'startTime')),
      endTime: epochMs(textOf(rec, 'endTime')),
      playbackUrl: playbackUrl(rec),
      published: textOf(rec, 'published') === 'true',
    }))
    .filter((r) => r.recordId && r.playbackUrl);
}

/** The meeting's recordings that can be played back; none is an empty list. */
export async function getRecordings(cfg: BbbConfig, meetingId: string): Promise<BbbRecording[]> {
  checkMeetingId(meetingId);
  const r = await request(cfg, 'getRecordings', { meetingID: meetingId }, ['notFound', 'noRecordings']);
  return r ? readRecordings(r.root) : [];
}

/** Record IDs go in a comma list in the URL: a long list is sent in parts. */
const DELETE_BATCH = 25;

/** Deletes the recordings; one that is already gone is not an error. */
export async function deleteRecordings(cfg: BbbConfig, recordIds: string[]): Promise<void> {
  const ids = [...new Set(recordIds.filter(Boolean))];
  for (let i = 0; i < ids.length; i += DELETE_BATCH) {
    const batch = ids.slice(i, i + DELETE_BATCH);
    await request(cfg, 'deleteRecordings', { recordID: batch.join(',') }, ['notFound', 'noRecordings']);
  }
}
