// Staff create a class group with its weekly schedule; its sessions are generated in Europe/Warsaw
// (lib/live/rules/schedule.ts: Polish holidays and the school breaks staff added are skipped) and
// written in the same transaction, refused whole if the teacher is busy at any of them.
import { currentTime } from '@/lib/clock/clock';
import { UserError } from '@/lib/errors';
import type { MessageCode } from '@/lib/i18n';
import { recordAudit } from '@/lib/audit';
import {
  checkDayOff,
  generateSessions,
  type DayOff,
  type ScheduleRefusal,
  type WeeklySchedule,
} from '@/lib/live/rules/schedule';
import { checkCapacity } from '@/lib/live/rules/capacity';
import { DEFAULT_CANCEL_CUTOFF_HOURS } from '@/lib/live/rules/windows';
import { requireLive, type LiveViewer } from '@/lib/live/access';
import { refuseTeacherClash } from '@/lib/live/sessions/teacher-clash';
import { liveTransaction } from '@/lib/live/tx';
import type { Tx } from '@/lib/db/client';

export type NewLiveGroup = {
  programme: string;
  title: string;
  courseId?: string | null;
  teacherId: string;
  capacity?: number;
  minParticipants?: number;
  place?: string | null;
  roomKind?: 'BBB' | 'EXTERNAL';
  externalUrl?: string | null;
  records?: boolean;
  bookingMode?: 'MEMBERS' | 'OPEN';
  cancelCutoffHours?: number;
  schedule: WeeklySchedule;
};

const SCHEDULE_FIELDS: Record<ScheduleRefusal, string> = {
  'end-before-start': 'lastDay',
  'bad-time': 'startTime',
  'bad-duration': 'durationMinutes',
  'too-many': 'lastDay',
};

const day = (d: Date) => d.toISOString().slice(0, 10);
const asDate = (key: string) => new Date(`${key}T00:00:00Z`);

/** Seats (lib/live/rules/capacity.ts, at most 50 here) and a cut-off within a week; null when fine. */
function groupRefusal(g: { capacity: number; minParticipants: number; cancelCutoffHours: number }) {
  const c = checkCapacity(g);
  if (!c.ok) {
    const code: MessageCode =
      c.reason === 'min-above-capacity' ? 'live.capacity.min-above-capacity' : 'live.capacity.bad-capacity';
    return { code, field: c.reason === 'min-above-capacity' ? 'minParticipants' : 'capacity' };
  }
  if (g.capacity > 50) return { code: 'liveEngine.badCapacity' as const, field: 'capacity' };
  if (!Number.isInteger(g.cancelCutoffHours) || g.cancelCutoffHours < 0 || g.cancelCutoffHours > 168)
    return { code: 'liveEngine.badCutoff' as const, field: 'cancelCutoffHours' };
  return null;
}

export async function schoolBreaks(tx: Tx): Promise<DayOff[]> {
  const rows = await tx.liveDayOff.findMany({ select: { from: true, to: true, name: true } });
  return rows.map((r) => ({ from: day(r.from), to: day(r.to), name: r.name }));
}

export type CreatedLiveGroup = { groupId: string; sessions: number; skipped: { day: string; name: string }[] };

export async function createLiveGroup(
  actor: LiveViewer,
  input: NewLiveGroup,
  now = currentTime(),
): Promise<CreatedLiveGroup> {
  requireLive(actor, 'live:manage');
  return liveTransaction((tx) => writeLiveGroup(tx, actor.id, input, now));
}

/**
 * The group and its generated sessions inside the caller's transaction (a centre's group writes
 * its CentreGroup and offers in the same one); the caller has checked the actor may do it.
 */
export async function writeLiveGroup(
  tx: Tx,
  actorId: string,
  input: NewLiveGroup,
  now = currentTime(),
): Promise<CreatedLiveGroup> {
  const g = {
    capacity: input.capacity ?? 12,
    minParticipants: input.minParticipants ?? Math.min(6, input.capacity ?? 12),
    cancelCutoffHours: input.cancelCutoffHours ?? DEFAULT_CANCEL_CUTOFF_HOURS,
  };
  const bad = groupRefusal(g);
  if (bad) throw new UserError(bad.code, { [bad.field]: bad.code });
  const roomKind = input.roomKind ?? 'BBB';
  if (roomKind === 'EXTERNAL') {
    if (!input.externalUrl)
      throw new UserError('liveEngine.externalUrlRequired', { externalUrl: 'liveEngine.externalUrlRequired' });
    if (!/^https:\/\/\S+$/.test(input.externalUrl))
      throw new UserError('liveEngine.externalUrlBad', { externalUrl: 'liveEngine.externalUrlBad' });
  }
  const teacher = await tx.user.findUnique({ where: { id: input.teacherId }, select: { roles: true } });
  if (!teacher?.roles.includes('TEACHER'))
    throw new UserError('liveEngine.notATeacher', { teacherId: 'liveEngine.notATeacher' });
  // An on-line course's consultations last at most an hour (matplaneta On-Line §3.3 / O2).
  const course = input.courseId
    ? await tx.course.findUnique({ where: { id: input.courseId }, select: { consultationMonths: true } })
    : null;
  if (course?.consultationMonths != null && input.schedule.durationMinutes > 60)
    throw new UserError('liveEngine.consultationTooLong', { durationMinutes: 'liveEngine.consultationTooLong' });
  const generated = generateSessions(input.schedule, await schoolBreaks(tx));
  if (!generated.ok) {
    const code = `live.schedule.${generated.reason}` as const;
    throw new UserError(code, { [SCHEDULE_FIELDS[generated.reason]]: code });
  }
  const sessions = generated.sessions.filter((s) => s.startsAt.getTime() > now.getTime());
  if (sessions.length === 0) throw new UserError('liveEngine.scheduleEmpty', { lastDay: 'liveEngine.scheduleEmpty' });
  await refuseTeacherClash(tx, input.teacherId, sessions);
  const { schedule } = input;
  const group = await tx.liveGroup.create({
    data: {
      programme: input.programme,
      title: input.title,
      courseId: input.courseId ?? null,
      teacherId: input.teacherId,
      ...g,
      place: input.place ?? null,
      roomKind,
      externalUrl: roomKind === 'EXTERNAL' ? input.externalUrl! : null,
      records: input.records ?? false,
      bookingMode: input.bookingMode ?? 'MEMBERS',
      weekday: schedule.weekday,
      startTime: schedule.startTime,
      durationMinutes: schedule.durationMinutes,
      breakMinutes: schedule.breakMinutes,
      firstDay: asDate(schedule.firstDay),
      lastDay: asDate(schedule.lastDay),
    },
    select: { id: true },
  });
  await tx.liveSession.createMany({
    data: sessions.map((s) => ({
      groupId: group.id,
      teacherId: input.teacherId,
      startsAt: s.startsAt,
      endsAt: s.endsAt,
      capacity: g.capacity,
    })),
  });
  await recordAudit(tx, {
    actorId,
    action: 'live.group.created',
    objectType: 'liveGroup',
    objectId: group.id,
    after: { title: input.title, teacherId: input.teacherId, sessions: sessions.length },
  });
  return {
    groupId: group.id,
    sessions: sessions.length,
    skipped: generated.skipped.map((s) => ({ day: s.day, name: s.name })),
  };
}

/** A school break generated sessions skip from now on (existing sessions stay: move or cancel them). */
export async function addDayOff(actor: LiveViewer, input: DayOff): Promise<string> {
  requireLive(actor, 'live:manage');
  if (!checkDayOff(input).ok)
    throw new UserError('live.schedule.end-before-start', { to: 'live.schedule.end-before-start' });
  return liveTransaction(async (tx) => {
    const row = await tx.liveDayOff.create({
      data: { from: asDate(input.from), to: asDate(input.to), name: input.name },
      select: { id: true },
    });
    return row.id;
  });
}

/** Staff remove a school break; schedules created afterwards no longer skip its days. Safe twice. */
export async function removeDayOff(actor: LiveViewer, id: string): Promise<number> {
  requireLive(actor, 'live:manage');
  return liveTransaction(async (tx) => (await tx.liveDayOff.deleteMany({ where: { id } })).count);
}
