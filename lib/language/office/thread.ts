// Reading the office thread: the learner's own (only a language learner has one), the office's
// inbox and one learner's thread for the office, and the files of a message for its two sides only.
// Opening a thread marks what the other side wrote as read.
import { currentTime } from '@/lib/clock/clock';
import { db } from '@/lib/db/client';

export type ThreadFile = { id: string; fileName: string; mimeType: string; size: number };
export type ThreadMessage = {
  id: string;
  fromOffice: boolean;
  authorName: string | null;
  body: string;
  createdAt: Date;
  /** Unread by the viewer until this view (what the other side wrote). */
  isNew: boolean;
  /** For what the viewer wrote: read by the other side. */
  readByOther: boolean;
  files: ThreadFile[];
};
export type Side = 'learner' | 'office';

async function threadMessages(learnerId: string, viewer: Side, now: Date): Promise<ThreadMessage[]> {
  const rows = await db().officeMessage.findMany({
    where: { learnerId },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: {
      id: true,
      fromOffice: true,
      body: true,
      createdAt: true,
      readAt: true,
      author: { select: { firstName: true, lastName: true } },
      files: { orderBy: { createdAt: 'asc' }, select: { id: true, fileName: true, mimeType: true, size: true } },
    },
  });
  const theirs = (fromOffice: boolean) => fromOffice === (viewer === 'learner');
  const unreadIds = rows.filter((r) => theirs(r.fromOffice) && !r.readAt).map((r) => r.id);
  // readAt stays null only on messages still unread: a second view (or a concurrent one) changes nothing.
  if (unreadIds.length)
    await db().officeMessage.updateMany({ where: { id: { in: unreadIds }, readAt: null }, data: { readAt: now } });
  return rows.map((r) => ({
    id: r.id,
    fromOffice: r.fromOffice,
    authorName: r.author ? `${r.author.firstName} ${r.author.lastName}` : null,
    body: r.body,
    createdAt: r.createdAt,
    isNew: unreadIds.includes(r.id),
    readByOther: !theirs(r.fromOffice) && r.readAt !== null,
    files: r.files,
  }));
}

/** Whether the user is a language learner (has a thread with the office). */
export async function isLanguageLearner(userId: string): Promise<boolean> {
  return (await db().languageLearner.count({ where: { userId } })) > 0;
}

/** The learner's own thread; null for anyone who is no language learner (their page is 404). */
export async function learnerThread(userId: string, now = currentTime()): Promise<ThreadMessage[] | null> {
  if (!(await isLanguageLearner(userId))) return null;
  return threadMessages(userId, 'learner', now);
}

export type InboxRow = {
  learnerId: string;
  name: string;
  email: string | null;
  count: number;
  unread: number;
  lastAt: Date;
  lastFromOffice: boolean;
};

/** Every thread with a message: those with unread learner messages first, then by the latest message. */
export async function officeInbox(): Promise<InboxRow[]> {
  const [counts, unread, latest] = await Promise.all([
    db().officeMessage.groupBy({ by: ['learnerId'], _count: { _all: true }, _max: { createdAt: true } }),
    db().officeMessage.groupBy({
      by: ['learnerId'],
      where: { fromOffice: false, readAt: null },
      _count: { _all: true },
    }),
    db().officeMessage.findMany({
      distinct: ['learnerId'],
      orderBy: [{ learnerId: 'asc' }, { createdAt: 'desc' }, { id: 'desc' }],
      select: { learnerId: true, fromOffice: true },
    }),
  ]);
  const users = await db().user.findMany({
    where: { id: { in: counts.map((c) => c.learnerId) } },
    select: { id: true, firstName: true, lastName: true, email: true },
  });
  const userOf = new Map(users.map((u) => [u.id, u]));
  const unreadOf = new Map(unread.map((u) => [u.learnerId, u._count._all]));
  const lastFrom = new Map(latest.map((l) => [l.learnerId, l.fromOffice]));
  const rows = counts.map((c) => {
    const u = userOf.get(c.learnerId);
    return {
      learnerId: c.learnerId,
      name: u ? `${u.firstName} ${u.lastName}` : c.learnerId,
      email: u?.email ?? null,
      count: c._count._all,
      unread: unreadOf.get(c.learnerId) ?? 0,
      lastAt: c._max.createdAt!,
      lastFromOffice: lastFrom.get(c.learnerId) ?? false,
    };
  });
  return rows.sort((a, b) => Number(b.unread > 0) - Number(a.unread > 0) || b.lastAt.getTime() - a.lastAt.getTime());
}

export type OfficeThread = {
  learner: { id: string; name: string; email: string | null };
  messages: ThreadMessage[];
};

/** One learner's thread as the office sees it; null when the id is no language learner. */
export async function officeThread(learnerId: string, now = currentTime()): Promise<OfficeThread | null> {
  const learner = await db().languageLearner.findFirst({
    where: { userId: learnerId },
    select: { user: { select: { id: true, firstName: true, lastName: true, email: true } } },
  });
  if (!learner) return null;
  const u = learner.user;
  return {
    learner: { id: u.id, name: `${u.firstName} ${u.lastName}`, email: u.email },
    messages: await threadMessages(learnerId, 'office', now),
  };
}

/** A message's file for one of its two sides: the learner whose thread it is, or the office; else null (404). */
export async function threadFile(fileId: string, viewer: { side: 'learner'; userId: string } | { side: 'office' }) {
  return db().officeMessageFile.findFirst({
    where: { id: fileId, ...(viewer.side === 'learner' ? { message: { learnerId: viewer.userId } } : {}) },
    select: { fileName: true, mimeType: true, size: true, fileKey: true },
  });
}

/** How many office answers the learner has not read yet (a badge beside the zone's link to the thread). */
export async function unreadForLearner(userId: string): Promise<number> {
  return db().officeMessage.count({ where: { learnerId: userId, fromOffice: true, readAt: null } });
}
