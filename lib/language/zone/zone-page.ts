// Everything /strefa-sluchacza shows one learner: the programme and its levels, and — while their
// contract grants access — the current level's lessons, PDF materials, live classes and recordings
// (through lib/learning and lib/live), then their payments (lib/billing). A suspended or ended
// contract hides lessons and booking and says why, with what is overdue (B8, B11); progress stays.
import { currentTime } from '@/lib/clock/clock';
import { db } from '@/lib/db/client';
import type { LiveViewer } from '@/lib/live/access';
import { pastFor, upcomingFor, type PastSession, type UpcomingSession } from '@/lib/live/learner/overview';
import { courseOutline, type Outline } from '@/lib/learning/outline';
import { contractGrantsAccess } from '@/lib/billing/access';
import { warsawToday } from '@/lib/billing/rules/days';
import { programmeLevels } from '@/lib/language/programme-levels';
import { zoneLevels, type ZoneLevel } from './levels';
import { zonePayments, type ZoneContract } from './payments';
import type { Locale } from '@/lib/i18n';

export type ZoneAccess = { kind: 'open' } | { kind: 'blocked'; status: string; contractNumber: string };
export type ZoneMaterial = { id: string; fileName: string; size: number; lessonTitle: string };

export type Zone = {
  programme: { id: string; title: string };
  levels: ZoneLevel[];
  current: ZoneLevel | null;
  access: ZoneAccess;
  /** Only while access is open. */
  study: { outline: Outline; materials: ZoneMaterial[]; classes: UpcomingSession[]; past: PastSession[] } | null;
  contracts: ZoneContract[];
};

/** The learner's programme: the one they signed up to, else the one of a level course they study. */
async function programmeOf(userId: string) {
  const learner = await db().languageLearner.findFirst({
    where: { userId },
    orderBy: { createdAt: 'asc' },
    select: { programme: { select: { id: true, title: true } } },
  });
  if (learner) return learner.programme;
  const level = await db().languageLevel.findFirst({
    where: { courseId: { in: await enrolledCourseIds(userId) } },
    orderBy: { position: 'asc' },
    select: { programme: { select: { id: true, title: true } } },
  });
  return level?.programme ?? null;
}

async function enrolledCourseIds(userId: string): Promise<string[]> {
  const rows = await db().enrolment.findMany({ where: { userId }, select: { courseId: true } });
  return rows.map((r) => r.courseId);
}

/** Whether the header shows "Strefa Słuchacza": the person signed up to, or studies, a language level. */
export async function isLanguageLearner(userId: string): Promise<boolean> {
  if ((await db().languageLearner.count({ where: { userId }, take: 1 })) > 0) return true;
  const levels = await db().languageLevel.findMany({ select: { courseId: true } });
  const enrolled = await db().enrolment.count({
    where: { userId, courseId: { in: levels.map((l) => l.courseId) } },
    take: 1,
  });
  return enrolled > 0;
}

export async function learnerZone(user: LiveViewer, now = currentTime(), locale?: Locale): Promise<Zone | null> {
  const programme = await programmeOf(user.id);
  if (!programme) return null;
  const rows = await programmeLevels(programme.id);
  const levels = await zoneLevels(user.id, rows, now);
  const current = levels.find((l) => l.kind === 'current') ?? levels.findLast((l) => l.kind === 'passed') ?? null;
  const contractIds = [...new Set(levels.flatMap((l) => (l.enrolment?.contractId ? [l.enrolment.contractId] : [])))];
  const contracts = await zonePayments(user.id, contractIds, now, locale);
  const access = accessOf(current, contracts, now);
  const study = current?.enrolment && access.kind === 'open' ? await studyOf(user, current, rows, now) : null;
  return { programme, levels, current, access, study, contracts };
}

function accessOf(current: ZoneLevel | null, contracts: ZoneContract[], now: Date): ZoneAccess {
  // The current level's contract; before any level is open (a sign-up awaiting its first payment), the newest one.
  const c = current?.enrolment ? contracts.find((x) => x.id === current.enrolment!.contractId) : contracts[0];
  if (!c || contractGrantsAccess(c, warsawToday(now))) return { kind: 'open' };
  return { kind: 'blocked', status: c.status, contractNumber: c.number };
}

async function studyOf(user: LiveViewer, current: ZoneLevel, rows: { courseId: string }[], now: Date) {
  const enrolmentId = current.enrolment!.id;
  const [outline, materials, upcoming, past, groups] = await Promise.all([
    courseOutline(current.courseId, enrolmentId),
    db().attachment.findMany({
      where: { lesson: { module: { courseId: current.courseId } } },
      orderBy: [{ lesson: { module: { position: 'asc' } } }, { lesson: { position: 'asc' } }, { fileName: 'asc' }],
      select: { id: true, fileName: true, size: true, lesson: { select: { title: true } } },
    }),
    upcomingFor(user, user.id, now),
    pastFor(user, user.id, now),
    db().liveGroup.findMany({
      where: { courseId: { in: rows.map((r) => r.courseId) } },
      select: { id: true, courseId: true },
    }),
  ]);
  const levelGroups = new Set(groups.map((g) => g.id));
  const ownLevel = new Set(groups.filter((g) => g.courseId === current.courseId).map((g) => g.id));
  // The current level's classes, and any place still held in another level's class (to cancel it).
  const classes = upcoming.filter(
    (s) => s.groupId !== null && (ownLevel.has(s.groupId) || (levelGroups.has(s.groupId) && s.booking !== null)),
  );
  const pastGroups = await db().liveSession.findMany({
    where: { id: { in: past.map((p) => p.sessionId) } },
    select: { id: true, groupId: true },
  });
  const languagePast = new Set(pastGroups.filter((p) => p.groupId && levelGroups.has(p.groupId)).map((p) => p.id));
  return {
    outline,
    materials: materials.map((m) => ({ id: m.id, fileName: m.fileName, size: m.size, lessonTitle: m.lesson.title })),
    classes,
    past: past.filter((p) => languagePast.has(p.sessionId)),
  };
}
