// Reading the audit log: one object's history (on its staff page) and the filterable list for
// administrators (/panel/audyt). Actors are named by joining User at read time, so an anonymised
// person shows as "Usunięty użytkownik #id" and a removed account still gets that name.
import { db } from '@/lib/db/client';
import type { Prisma } from '@/lib/db/generated/client';
import { DEFAULT_LOCALE, messages } from '@/lib/i18n';
import { fromWarsaw } from '@/lib/format/time';
import { shortIdOf } from '@/lib/privacy/rules/deletion';
import { describeChange, type ChangeLine } from './rules/describe';

export type AuditRow = {
  id: string;
  at: Date;
  actorId: string | null;
  actorName: string;
  action: string;
  actionLabel: string;
  objectType: string;
  objectTypeLabel: string;
  objectId: string;
  objectHref: string | null;
  lines: ChangeLine[];
  note: string | null;
};

const OBJECT_PAGES: Record<string, (id: string) => string> = {
  order: (id) => `/panel/zamowienia/${id}`,
  group: (id) => `/grupy/${id}`, // staff open a group on its own page
  family: (id) => `/panel/rodziny/${id}`,
  course: (id) => `/panel/kursy/${id}`,
  complaint: (id) => `/panel/reklamacje/${id}`,
  privacyRequest: (id) => `/panel/wnioski-rodo/${id}`,
  user: (id) => `/panel/uzytkownicy/${id}`, // the account page of staff roles' user lookup
};

type Stored = Prisma.AuditEntryGetPayload<object>;

async function present(rows: Stored[], locale: string): Promise<AuditRow[]> {
  const m = messages(locale);
  const t = m.audit;
  const ids = [...new Set(rows.map((r) => r.actorId).filter((x): x is string => !!x))];
  const users = ids.length
    ? await db().user.findMany({ where: { id: { in: ids } }, select: { id: true, firstName: true, lastName: true } })
    : [];
  const names = new Map(users.map((u) => [u.id, `${u.firstName} ${u.lastName}`]));
  // Role codes (a role change's before/after) are named as everywhere else.
  const texts = {
    fields: t.fields,
    values: { ...m.roles, ...t.values },
    yes: m.panel.yes,
    no: m.panel.no,
    empty: t.empty,
    records: t.records,
  };
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    actorId: r.actorId,
    actorName: r.actorId
      ? (names.get(r.actorId) ?? `${m.privacy.deletedFirstName} #${shortIdOf(r.actorId)}`)
      : t.system,
    action: r.action,
    actionLabel: t.actions[r.action] ?? r.action,
    objectType: r.objectType,
    objectTypeLabel: t.objectTypes[r.objectType] ?? r.objectType,
    objectId: r.objectId,
    objectHref: OBJECT_PAGES[r.objectType]?.(r.objectId) ?? null,
    lines: describeChange(r.before, r.after, texts),
    note: r.note,
  }));
}

/** The history of one or more objects (e.g. a family and its orders), newest first. */
export async function objectHistory(
  objects: { type: string; id: string }[],
  locale: string = DEFAULT_LOCALE,
  take = 100,
): Promise<AuditRow[]> {
  if (objects.length === 0) return [];
  const rows = await db().auditEntry.findMany({
    where: { OR: objects.map((o) => ({ objectType: o.type, objectId: o.id })) },
    orderBy: [{ at: 'desc' }, { id: 'desc' }],
    take,
  });
  return present(rows, locale);
}

export type AuditFilters = {
  actor?: string;
  action?: string;
  objectType?: string;
  objectId?: string;
  /** Warsaw calendar days, inclusive: YYYY-MM-DD. */
  from?: string;
  to?: string;
};

export const AUDIT_PAGE_SIZE = 50;
const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

function warsawDay(day: string | undefined, plusDays = 0): Date | null {
  const m = day ? DAY_RE.exec(day) : null;
  if (!m) return null;
  return fromWarsaw(Number(m[1]), Number(m[2]), Number(m[3]) + plusDays);
}

/** The filtered list, newest first, one page at a time; `actor` is an e-mail, a login or an id. */
export async function auditList(filters: AuditFilters, page = 1, locale: string = DEFAULT_LOCALE) {
  const where: Prisma.AuditEntryWhereInput = {};
  const actor = filters.actor?.trim().toLowerCase();
  if (actor) {
    const u = await db().user.findFirst({
      where: { OR: [{ email: actor }, { login: actor }, { id: filters.actor!.trim() }] },
      select: { id: true },
    });
    where.actorId = u?.id ?? filters.actor!.trim();
  }
  if (filters.action) where.action = filters.action;
  if (filters.objectType) where.objectType = filters.objectType;
  if (filters.objectId) where.objectId = filters.objectId.trim();
  const from = warsawDay(filters.from);
  const to = warsawDay(filters.to, 1);
  if (from || to) where.at = { ...(from ? { gte: from } : {}), ...(to ? { lt: to } : {}) };
  const total = await db().auditEntry.count({ where });
  const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pages);
  const rows = await db().auditEntry.findMany({
    where,
    orderBy: [{ at: 'desc' }, { id: 'desc' }],
    skip: (current - 1) * AUDIT_PAGE_SIZE,
    take: AUDIT_PAGE_SIZE,
  });
  return { rows: await present(rows, locale), total, page: current, pages };
}

/** The codes offered in the list's filters: the known ones plus any stored that are not. */
export async function auditFilterChoices(locale: string = DEFAULT_LOCALE) {
  const t = messages(locale).audit;
  const stored = await db().auditEntry.findMany({ distinct: ['action'], select: { action: true } });
  const actions = [...new Set([...Object.keys(t.actions), ...stored.map((s) => s.action)])];
  return {
    actions: actions.map((code) => ({ code, label: t.actions[code] ?? code })),
    objectTypes: Object.entries(t.objectTypes).map(([code, label]) => ({ code, label })),
  };
}
