// What the staff queue /panel/wnioski-rodo shows: open requests by deadline (overdue first, as
// the earliest deadline is first), then the decided ones; and one request with its decision.
import { currentTime } from '@/lib/clock/clock';
import { db } from '@/lib/db/client';
import { messages } from '@/lib/i18n';
import { formatDateTime, formatLastDay } from '@/lib/format/time';
import { daysLeft } from '@/lib/support/rules/answer-deadline';
import type { PrivacyRequestKind, PrivacyRequestStatus } from '@/lib/db/generated/enums';

export type RequestRecord = {
  id: string;
  number: string;
  kind: PrivacyRequestKind;
  details: string;
  name: string;
  email: string;
  receivedAt: Date;
  dueAt: Date;
  status: PrivacyRequestStatus;
  reply: string | null;
  decidedAt: Date | null;
};

export type RequestView = {
  id: string;
  number: string;
  kind: string;
  details: string;
  name: string;
  email: string;
  received: string;
  lastDay: string;
  status: string;
  open: boolean;
  refused: boolean;
  countdown: { text: string; tone: 'ok' | 'soon' | 'overdue' } | null;
  reply: string | null;
  decided: string | null;
};

/** A request as shown at `now`; seven days or fewer left is "soon". */
export function requestView(r: RequestRecord, now: Date): RequestView {
  const t = messages().privacy.requests;
  const left = daysLeft(r.dueAt, now);
  const open = r.status === 'OPEN';
  return {
    id: r.id,
    number: r.number,
    kind: t.kinds[r.kind] ?? r.kind,
    details: r.details,
    name: r.name,
    email: r.email,
    received: formatDateTime(r.receivedAt),
    lastDay: formatLastDay(r.dueAt),
    status: t.statuses[r.status] ?? r.status,
    open,
    refused: r.status === 'REFUSED',
    countdown: open ? { text: t.countdown(left), tone: left < 0 ? 'overdue' : left <= 7 ? 'soon' : 'ok' } : null,
    reply: r.reply,
    decided: r.decidedAt ? formatDateTime(r.decidedAt) : null,
  };
}

const select = {
  id: true,
  number: true,
  kind: true,
  details: true,
  name: true,
  email: true,
  receivedAt: true,
  dueAt: true,
  status: true,
  reply: true,
  decidedAt: true,
} as const;

export async function requestQueue(now = currentTime()): Promise<{ open: RequestView[]; decided: RequestView[] }> {
  const [open, decided] = await Promise.all([
    db().privacyRequest.findMany({ where: { status: 'OPEN' }, orderBy: { dueAt: 'asc' }, select }),
    db().privacyRequest.findMany({
      where: { status: { not: 'OPEN' } },
      orderBy: { decidedAt: 'desc' },
      take: 50,
      select,
    }),
  ]);
  return { open: open.map((r) => requestView(r, now)), decided: decided.map((r) => requestView(r, now)) };
}

export async function requestForStaff(id: string, now = currentTime()): Promise<RequestView | null> {
  const r = await db().privacyRequest.findUnique({ where: { id }, select });
  return r ? requestView(r, now) : null;
}

/** The person's own requests, for /konto. */
export async function ownRequests(userId: string, now = currentTime()): Promise<RequestView[]> {
  const rows = await db().privacyRequest.findMany({ where: { userId }, orderBy: { receivedAt: 'desc' }, select });
  return rows.map((r) => requestView(r, now));
}
