// Live periods are counted in classes, not days (L1): when a class of the group is cancelled the
// periods of every running SESSIONS contract on it are laid out again over the classes still
// scheduled, so the period's end and the next charge's due date (and its link e-mail) move.
// Called in the session-cancel transaction (lib/live/sessions/cancel.ts).
import type { Tx } from '@/lib/db/client';
import type { Prisma } from '@/lib/db/generated/client';
import { dateToDay, dayToDate, warsawToday } from '@/lib/billing/rules/days';
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
    const first = c.charges[0];
    if (!first?.periodStart) continue;
    const blocks = sessionBlocks(sessions, dateToDay(first.periodStart), c.periodSessions ?? 4);
    const moved: { chargeId: string; periodEnd: string }[] = [];
    let paidThrough: string | null = null;
    for (const [i, ch] of c.charges.entries()) {
      const b = blocks[i];
      if (!b) break;
      if (ch.status === 'PAID') paidThrough = b.end;
      const same =
        ch.periodStart && ch.periodEnd && dateToDay(ch.periodStart) === b.start && dateToDay(ch.periodEnd) === b.end;
      if (same) continue;
      const open = ch.status === 'OPEN' && i > 0;
      await tx.contractCharge.update({
        where: { id: ch.id },
        data: {
          periodStart: dayToDate(b.start),
          periodEnd: dayToDate(b.end),
          ...(open ? { dueDate: dayToDate(b.start), notifyAt: b.notifyAt } : {}),
        },
      });
      moved.push({ chargeId: ch.id, periodEnd: b.end });
    }
    if (moved.length === 0) continue;
    changed += 1;
    if (paidThrough) await tx.contract.update({ where: { id: c.id }, data: { paidThrough: dayToDate(paidThrough) } });
    await recordEvent(tx, c.id, 'periods-recomputed', { at: now, detail: { moved } });
  }
  return { changed };
}
