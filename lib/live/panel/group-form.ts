// The group form's page model: the teachers and courses to choose from, the form's fields parsed
// into the engine's NewLiveGroup, and the preview of the dates a schedule generates (holidays and
// school breaks skipped) so staff see them before saving.
import { z } from 'zod';
import { db } from '@/lib/db/client';
import { currentTime } from '@/lib/clock/clock';
import { UserError } from '@/lib/errors';
import { messages } from '@/lib/i18n';
import { perLocale } from '@/lib/i18n/per-locale';
import { generateSessions, type SkippedDay, type WeeklySchedule } from '@/lib/live/rules/schedule';
import { schoolBreaks, type NewLiveGroup } from '@/lib/live/groups/create';
import { formatDateTime } from '@/lib/format/time';

export async function groupFormOptions() {
  const [teachers, courses] = await Promise.all([
    db().user.findMany({
      where: { roles: { has: 'TEACHER' } },
      orderBy: [{ lastName: 'asc' }, { firstName: 'asc' }],
      select: { id: true, firstName: true, lastName: true },
    }),
    db().course.findMany({ orderBy: { title: 'asc' }, select: { id: true, title: true } }),
  ]);
  return {
    teachers: teachers.map((t) => ({ value: t.id, label: `${t.firstName} ${t.lastName}`.trim() })),
    courses: courses.map((c) => ({ value: c.id, label: c.title })),
  };
}

const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

/** The group form, its refusals in the reader's language (built once per language). */
export const groupFormSchema = perLocale((m) => {
  const required = () => z.string().trim().min(1, m.livePanel.form.required);
  const dayKey = () => z.string().regex(/^\d{4}-\d{2}-\d{2}$/, m.livePanel.form.required);
  return z.object({
    intent: z.enum(['preview', 'save']).default('save'),
    programme: required().max(60),
    title: required().max(120),
    courseId: z.string().trim().optional(),
    teacherId: required(),
    capacity: int(1, 50),
    minParticipants: int(1, 50),
    placeKind: z.enum(['online', 'stationary']).default('online'),
    place: z.string().trim().max(200).optional(),
    roomKind: z.enum(['BBB', 'EXTERNAL']).default('BBB'),
    externalUrl: z.string().trim().max(500).optional(),
    records: z.literal('on').optional(),
    bookingMode: z.enum(['MEMBERS', 'OPEN']).default('MEMBERS'),
    cancelCutoffHours: int(0, 168),
    weekday: int(1, 7),
    startTime: required(),
    durationMinutes: int(1, 480),
    breakMinutes: int(0, 479),
    firstDay: dayKey(),
    lastDay: dayKey(),
  });
});
export type GroupFormInput = z.output<ReturnType<typeof groupFormSchema>>;

export function toNewGroup(i: GroupFormInput): NewLiveGroup {
  if (i.placeKind === 'stationary' && !i.place)
    throw new UserError('livePanel.form.required', { place: 'livePanel.form.required' });
  return {
    programme: i.programme,
    title: i.title,
    courseId: i.courseId || null,
    teacherId: i.teacherId,
    capacity: i.capacity,
    minParticipants: i.minParticipants,
    place: i.placeKind === 'stationary' ? i.place! : null,
    roomKind: i.roomKind,
    externalUrl: i.roomKind === 'EXTERNAL' ? i.externalUrl || null : null,
    records: i.records === 'on',
    bookingMode: i.bookingMode,
    cancelCutoffHours: i.cancelCutoffHours,
    schedule: {
      weekday: i.weekday as WeeklySchedule['weekday'],
      startTime: i.startTime,
      durationMinutes: i.durationMinutes,
      breakMinutes: i.breakMinutes,
      firstDay: i.firstDay,
      lastDay: i.lastDay,
    },
  };
}

export type SchedulePreview = { dates: string[]; skipped: (SkippedDay & { label: string })[] };

const FIELD = {
  'end-before-start': 'lastDay',
  'bad-time': 'startTime',
  'bad-duration': 'durationMinutes',
  'too-many': 'lastDay',
};

/** The dates the schedule would create from now on, and the days it skips, as createLiveGroup would. */
export async function previewSchedule(s: WeeklySchedule, now = currentTime()): Promise<SchedulePreview> {
  const generated = generateSessions(s, await schoolBreaks(db()));
  if (!generated.ok) {
    const code = `live.schedule.${generated.reason}` as const;
    throw new UserError(code, { [FIELD[generated.reason]]: code });
  }
  const m = messages().live.skipped;
  return {
    dates: generated.sessions.filter((x) => x.startsAt > now).map((x) => formatDateTime(x.startsAt)),
    skipped: generated.skipped.map((x) => ({ ...x, label: `${x.day}: ${m[x.reason]} — ${x.name}` })),
  };
}
