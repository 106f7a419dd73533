// Live periods are counted in classes, not days (L1): when a class of the group is cancelled the
// periods not yet paid of every running SESSIONS contract on it are laid out again over the classes
// still scheduled, so their dates and due dates (and the link e-mail) move. A paid period keeps its
// dates: its cancelled class is refunded pro rata instead (L13, lib/live-maths/class-refunds.ts).
// Called in the session-cancel transaction (lib/live/sessions/cancel.ts).
import type { Tx } from '@/lib/db/client';
import type { Prisma } from '@/lib/db/generated/client';
import { addDays, dateToDay, dayToDate, warsawToday } from '@/lib/billing/rules/days';
import { recordEvent } from './events';

type Block = { start: string; end: string; notifyAt: Date | null };

/** Consecutive blocks of `n` classes from `from` on; each knows when its successor's link goes out. */
export function sessionBlocks(sessions: { startsAt: Date; endsAt: Date }[], from: string, n: number): Block[] {
  const ahead = sessions.filter((s) => warsawToday(s.startsAt) >= from);
  const blocks: Block[] = [];
  for (let i = 0; i < ahead.length; i += n) {
    const part = ahead.slice(i, i + n);
    const prev = i > 0 ? ahead.slice(i - n, i) : [];
    blocks.push({
      start: warsawToday(part[0].startsAt),
      end: warsawToday(part[part.length - 1].startsAt),
      notifyAt: prev.length > 0 ? prev[Math.min(n - 2, prev.length - 1)].endsAt : null,
    });
  }
  return blocks;
}

export async function recomputeSessionPeriods(tx: Tx, liveGroupId: string, now?: Date): Promise<{ changed: number }> {
  const running: Prisma.ContractWhereInput = {
    planKind: 'SESSIONS',
    status: { in: ['PENDING', 'ACTIVE', 'SUSPENDED'] },
    offer: { liveGroupId },
  };
  const ids = (await tx.contract.findMany({ where: running, select: { id: true } })).map((c) => c.id).sort();
  if (ids.length === 0) return { changed: 0 };
  // Contracts before their charges, in one order, as every contract change locks them; read after.
  await tx.$queryRaw`SELECT 1 FROM "Contract" WHERE "id" = ANY(${ids}::text[]) ORDER BY "id" FOR UPDATE`;
  const contracts = await tx.contract.findMany({
    where: { id: { in: ids }, ...running },
    select: {
      id: true,
      periodSessions: true,
      paidThrough: true,
      charges: {
        where: { kind: 'PERIOD', status: { in: ['OPEN', 'PAID'] } },
        orderBy: { seq: 'asc' },
        select: {
          id: true,
          seq: true,
          status: true,
          dueDate: true,
          periodStart: true,
          periodEnd: true,
          notifyAt: true,
        },
      },
    },
  });
  const sessions = await tx.liveSession.findMany({
    where: { groupId: liveGroupId, status: 'SCHEDULED' },
    select: { startsAt: true, endsAt: true },
    orderBy: { startsAt: 'asc' },
  });
  let changed = 0;
  for (const c of contracts) {
    const n = c.periodSessions ?? 4;
    const lastPaid = c.charges.findLast((ch) => ch.status === 'PAID' && ch.periodEnd);
    const open = c.charges.filter((ch) => ch.status === 'OPEN' && (!lastPaid || ch.seq > lastPaid.seq));
    const from = lastPaid?.periodEnd ? addDays(dateToDay(lastPaid.periodEnd), 1) : open[0]?.periodStart;
    if (!from || open.length === 0) continue;
    const blocks = sessionBlocks(sessions, typeof from === 'string' ? from : dateToDay(from), n);
    // The first open period's link goes out when the paid period's 3rd class still scheduled ends.
    const paidClasses = lastPaid
      ? sessions.filter((x) => {
          const d = warsawToday(x.startsAt);
          return d >= dateToDay(lastPaid.periodStart ?? lastPaid.periodEnd!) && d <= dateToDay(lastPaid.periodEnd!);
        })
      : [];
    const moved: { chargeId: string; periodEnd: string }[] = [];
    for (const [i, ch] of open.entries()) {
      const b = blocks[i];
      if (!b) break;
      const notifyAt =
        i === 0 && lastPaid
          ? (paidClasses[Math.min(n - 2, paidClasses.length - 1)]?.endsAt ?? ch.notifyAt)
          : b.notifyAt;
      const first = i === 0 && !lastPaid && ch.seq === c.charges[0].seq;
      const same =
        ch.periodStart &&
        ch.periodEnd &&
        dateToDay(ch.periodStart) === b.start &&
        dateToDay(ch.periodEnd) === b.end &&
        (first || (dateToDay(ch.dueDate) === b.start && ch.notifyAt?.getTime() === notifyAt?.getTime()));
      if (same) continue;
      await tx.contractCharge.update({
        where: { id: ch.id },
        data: {
          periodStart: dayToDate(b.start),
          periodEnd: dayToDate(b.end),
          // The first charge stays due at signing; a later one is due at its period's first class.
          ...(first ? {} : { dueDate: dayToDate(b.start), notifyAt }),
        },
      });
      moved.push({ chargeId: ch.id, periodEnd: b.end });
    }
    if (moved.length === 0) continue;
    changed += 1;
    await recordEvent(tx, c.id, 'periods-recomputed', { at: now, detail: { moved } });
  }
  return { changed };
}
