// What the staff queue and the order page show of a complaint: the deadline as a countdown
// (pure, unit-tested) and the loaders the pages call.
import { currentTime } from '@/lib/clock/clock';
import { db } from '@/lib/db/client';
import { messages } from '@/lib/i18n';
import { formatDateTime, formatLastDay } from '@/lib/format/time';
import { daysLeft } from './rules/answer-deadline';

export type ComplaintRecord = {
  id: string;
  number: string;
  name: string;
  email: string;
  description: string;
  demand: string;
  receivedAt: Date;
  dueAt: Date;
  answer: string | null;
  answeredAt: Date | null;
  order: { id: string; number: string } | null;
  /** A15: the school a planner licence complaint is about. */
  school?: { name: string } | null;
  answeredBy: { firstName: string; lastName: string } | null;
};

export type ComplaintView = {
  id: string;
  number: string;
  name: string;
  email: string;
  description: string;
  demand: string;
  orderNumber: string | null;
  orderId: string | null;
  schoolName: string | null;
  received: string;
  lastDay: string;
  /** Countdown while unanswered ("zostało 3 dni", "po terminie o 1 dzień"), null once answered. */
  countdown: { text: string; tone: 'ok' | 'soon' | 'overdue' } | null;
  answer: { text: string; at: string; by: string } | null;
};

/** A complaint as shown, at `now`, in the reader's `locale`. Three days or fewer left is "soon". */
export function complaintView(c: ComplaintRecord, now: Date, locale?: string): ComplaintView {
  const t = messages(locale).support.panel;
  const left = daysLeft(c.dueAt, now);
  return {
    id: c.id,
    number: c.number,
    name: c.name,
    email: c.email,
    description: c.description,
    demand: c.demand,
    orderNumber: c.order?.number ?? null,
    orderId: c.order?.id ?? null,
    schoolName: c.school?.name ?? null,
    received: formatDateTime(c.receivedAt, locale),
    lastDay: formatLastDay(c.dueAt, locale),
    countdown: c.answeredAt
      ? null
      : left < 0
        ? { text: t.overdue(-left), tone: 'overdue' }
        : { text: t.daysLeft(left), tone: left <= 3 ? 'soon' : 'ok' },
    answer:
      c.answeredAt && c.answer
        ? {
            text: c.answer,
            at: formatDateTime(c.answeredAt, locale),
            by: c.answeredBy ? `${c.answeredBy.firstName} ${c.answeredBy.lastName}` : '',
          }
        : null,
  };
}

const SELECT = {
  id: true,
  number: true,
  name: true,
  email: true,
  description: true,
  demand: true,
  receivedAt: true,
  dueAt: true,
  answer: true,
  answeredAt: true,
  order: { select: { id: true, number: true } },
  school: { select: { name: true } },
  answeredBy: { select: { firstName: true, lastName: true } },
} as const;

/** The staff queue: unanswered by deadline (most urgent first), then the latest answered. */
export async function complaintQueue(locale?: string, now = currentTime()) {
  const [open, answered] = await Promise.all([
    db().complaint.findMany({ where: { answeredAt: null }, orderBy: { dueAt: 'asc' }, select: SELECT }),
    db().complaint.findMany({
      where: { answeredAt: { not: null } },
      orderBy: { answeredAt: 'desc' },
      take: 50,
      select: SELECT,
    }),
  ]);
  return {
    open: open.map((c) => complaintView(c, now, locale)),
    answered: answered.map((c) => complaintView(c, now, locale)),
  };
}

/** One complaint for staff, or null. */
export async function complaintForStaff(
  id: string,
  locale?: string,
  now = currentTime(),
): Promise<ComplaintView | null> {
  const c = await db().complaint.findUnique({ where: { id }, select: SELECT });
  return c ? complaintView(c, now, locale) : null;
}

/** The complaints about one of the viewer's orders (owner in the where: someone else's → none). */
export async function orderComplaints(
  userId: string,
  orderId: string,
  locale?: string,
  now = currentTime(),
): Promise<ComplaintView[]> {
  const rows = await db().complaint.findMany({
    where: { orderId, order: { userId } },
    orderBy: { receivedAt: 'desc' },
    select: SELECT,
  });
  return rows.map((c) => complaintView(c, now, locale));
}

/** The signed-in buyer's orders to choose from in the complaint form, newest first. */
export async function complaintOrderChoices(userId: string, locale?: string) {
  const orders = await db().order.findMany({
    where: { userId },
    orderBy: { createdAt: 'desc' },
    take: 30,
    select: { id: true, number: true, createdAt: true, items: { select: { name: true }, take: 1 } },
  });
  return orders.map((o) => ({
    value: o.id,
    label: `${o.number} — ${o.items[0]?.name ?? ''} (${formatDateTime(o.createdAt, locale)})`,
  }));
}
