// The family page's "where do things stand?": for every child of the parent at once, progress per
// subject, lessons done per Warsaw week, the next classes and the payments due. Five queries for the
// whole family whatever the number of children (the parent is in every `where`).
import { currentTime } from '@/lib/clock/clock';
import { db } from '@/lib/db/client';
import { warsawToday, dateToDay } from '@/lib/billing/rules/days';
import { chargeDueSelect, toPay } from '@/lib/billing/queries/charge-state';
import { accountContractPath } from '@/lib/billing/queries/paths';
import { chargeLabel } from '@/lib/billing/rules/charge-label';
import { compareSubjectCourses, subjectOfCourseSlug } from '@/lib/families/subject-courses';
import type { SubjectCode } from '@/lib/families/rules/subjects';
import { countByWeek, DASHBOARD_WEEKS, lastWeeks, weeksStart, type WeekCount } from './rules/weeks';
import { nextClassesOf, type ClassPlace } from './rules/classes';
import { chargesDue, totalsByCurrency } from './rules/payments';

const NEXT_CLASSES = 3;
/** How far ahead the next classes are looked for. */
const CLASS_HORIZON_DAYS = 45;
const DAY = 86_400_000;
const PEOPLE_STATUSES = ['PENDING', 'ACTIVE', 'SUSPENDED'] as const;

export type SubjectProgress = {
  slug: string;
  title: string;
  subject: SubjectCode | null;
  done: number;
  total: number;
  passed: boolean;
};
export type NextClass = {
  sessionId: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  place: string | null;
  state: ClassPlace;
};
export type PaymentDue = {
  chargeId: string;
  /** The charge's label in the reader's language; `labelLang` 'pl' when only the stored Polish text exists. */
  label: string;
  labelLang?: 'pl';
  what: string;
  dueDay: string;
  toPay: number;
  currency: string;
  overdue: boolean;
  href: string;
};
export type ChildDashboard = {
  childId: string;
  userId: string;
  name: string;
  subjects: SubjectProgress[];
  weeks: WeekCount[];
  nextClasses: NextClass[];
  payments: PaymentDue[];
};
export type FamilyDashboard = {
  children: ChildDashboard[];
  lessonsThisWeek: number;
  nextClass: (NextClass & { child: string }) | null;
  due: { currency: string; amount: number }[];
  overdue: number;
};

/** `locale` is the reader's language for the charges' labels (Polish by default). */
export async function familyDashboard(
  parentId: string,
  now = currentTime(),
  locale?: string,
): Promise<FamilyDashboard> {
  const ofParent = { childProfile: { parentId } };
  const weeks = lastWeeks(now, DASHBOARD_WEEKS);
  const [children, enrolments, completions, sessions, charges] = await Promise.all([
    db().child.findMany({
      where: { parentId },
      orderBy: { createdAt: 'asc' },
      select: { id: true, fullName: true, userId: true },
    }),
    db().enrolment.findMany({
      where: {
        user: ofParent,
        status: 'ACTIVE',
        startsAt: { lte: now },
        OR: [{ endsAt: null }, { endsAt: { gt: now } }],
      },
      orderBy: { createdAt: 'desc' },
      select: {
        userId: true,
        course: { select: { slug: true, title: true, modules: { select: { _count: { select: { lessons: true } } } } } },
        _count: { select: { progress: true } },
        attempts: { where: { passed: true }, take: 1, select: { id: true } },
      },
    }),
    db().lessonProgress.findMany({
      // Lessons of the courses the page lists: a refunded course's lessons leave the chart with it.
      where: { completedAt: { gte: weeksStart(weeks) }, enrolment: { user: ofParent, status: 'ACTIVE' } },
      select: { completedAt: true, enrolment: { select: { userId: true } } },
    }),
    db().liveSession.findMany({
      where: {
        status: 'SCHEDULED',
        startsAt: { gt: now, lt: new Date(now.getTime() + CLASS_HORIZON_DAYS * DAY) },
        OR: [
          { bookings: { some: { user: ofParent, status: { in: ['BOOKED', 'WAITING'] } } } },
          { group: { cancelledAt: null, bookingMode: 'MEMBERS', members: { some: { user: ofParent } } } },
        ],
      },
      orderBy: { startsAt: 'asc' },
      select: {
        id: true,
        startsAt: true,
        endsAt: true,
        group: {
          select: {
            title: true,
            place: true,
            bookingMode: true,
            members: { where: { user: ofParent }, select: { userId: true } },
          },
        },
        bookings: { where: { user: ofParent }, select: { userId: true, status: true } },
      },
    }),
    db().contractCharge.findMany({
      where: { status: 'OPEN', contract: { payerId: parentId, status: { in: [...PEOPLE_STATUSES] } } },
      orderBy: [{ dueDate: 'asc' }, { seq: 'asc' }],
      select: {
        ...chargeDueSelect,
        contract: { select: { id: true, number: true, beneficiaryId: true, offer: { select: { title: true } } } },
      },
    }),
  ]);

  const today = warsawToday(now);
  const facts = sessions.map((s) => ({
    id: s.id,
    startsAt: s.startsAt,
    endsAt: s.endsAt,
    title: s.group?.title ?? '',
    where: s.group?.place ?? null,
    bookings: s.bookings,
    members: s.group?.bookingMode === 'MEMBERS' ? s.group.members.map((m) => m.userId) : [],
  }));
  const due = chargesDue(
    charges.map((c) => ({
      id: c.id,
      contractId: c.contract.id,
      beneficiaryId: c.contract.beneficiaryId,
      dueDay: dateToDay(c.dueDate),
      toPay: toPay(c),
      currency: c.currency,
      label: chargeLabel(c, locale),
      what: c.contract.offer.title,
      href: accountContractPath(c.contract.number),
    })),
    today,
  );

  const out = children.map((child): ChildDashboard => {
    const own = enrolments.filter((e) => e.userId === child.userId);
    own.sort((a, b) => compareSubjectCourses(a.course, b.course));
    return {
      childId: child.id,
      userId: child.userId,
      name: child.fullName,
      subjects: own.map((e) => {
        const total = e.course.modules.reduce((s, m) => s + m._count.lessons, 0);
        return {
          slug: e.course.slug,
          title: e.course.title,
          subject: subjectOfCourseSlug(e.course.slug),
          done: Math.min(e._count.progress, total),
          total,
          passed: e.attempts.length > 0,
        };
      }),
      weeks: countByWeek(
        completions.filter((p) => p.enrolment.userId === child.userId).map((p) => p.completedAt),
        weeks,
      ),
      nextClasses: nextClassesOf(facts, child.userId, NEXT_CLASSES).map((s) => ({
        sessionId: s.id,
        title: s.title,
        startsAt: s.startsAt,
        endsAt: s.endsAt,
        place: s.where,
        state: s.place,
      })),
      payments: due
        .filter((c) => c.beneficiaryId === child.userId)
        .map((c) => ({
          chargeId: c.id,
          label: c.label.text,
          ...(c.label.lang ? { labelLang: c.label.lang } : {}),
          what: c.what,
          dueDay: c.dueDay,
          toPay: c.toPay,
          currency: c.currency,
          overdue: c.overdue,
          href: c.href,
        })),
    };
  });
  const allPayments = out.flatMap((c) => c.payments);
  const firstClass = out
    .flatMap((c) => c.nextClasses.slice(0, 1).map((s) => ({ ...s, child: c.name })))
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())[0];
  return {
    children: out,
    lessonsThisWeek: out.reduce((s, c) => s + (c.weeks.at(-1)?.count ?? 0), 0),
    nextClass: firstClass ?? null,
    due: totalsByCurrency(allPayments),
    overdue: allPayments.filter((p) => p.overdue).length,
  };
}
