// What the desk looks up: payers of centre contracts found by name, e-mail, a child's name or the
// contract number, each with the contracts' open charges (due or overdue) — and the receipts the
// desk issued lately. Staff only (the page checks centres:desk); plain data for the page.
import { currentTime } from '@/lib/clock/clock';
import { db } from '@/lib/db/client';
import type { Prisma } from '@/lib/db/generated/client';
import { chargeDueSelect, chargeState, warsawDay } from '@/lib/billing/queries/charge-state';
import { chargeDue } from '@/lib/billing/payments/charge-due';

export type DeskPayer = Awaited<ReturnType<typeof findDeskPayers>>[number];
export type DeskCharge = DeskPayer['contracts'][number]['charges'][number];

const LIVE_STATUSES = ['PENDING', 'ACTIVE', 'SUSPENDED'] as const;
const MAX_CONTRACTS = 30;

/** Every word of the query matches the number, the payer's name or e-mail, or the child's name. */
function matching(q: string): Prisma.ContractWhereInput[] {
  return q
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 4)
    .map((w) => ({
      OR: [
        { number: { contains: w, mode: 'insensitive' } },
        { payer: { email: { contains: w, mode: 'insensitive' } } },
        { payer: { firstName: { contains: w, mode: 'insensitive' } } },
        { payer: { lastName: { contains: w, mode: 'insensitive' } } },
        { beneficiary: { firstName: { contains: w, mode: 'insensitive' } } },
        { beneficiary: { lastName: { contains: w, mode: 'insensitive' } } },
      ],
    }));
}

export async function findDeskPayers(query: string, now = currentTime()) {
  const q = query.trim().slice(0, 100);
  if (q.length < 2) return [];
  const contracts = await db().contract.findMany({
    where: {
      offer: { product: 'centre' },
      // A live contract, or an ended one still owing (a settlement's shortfall).
      OR: [{ status: { in: [...LIVE_STATUSES] } }, { charges: { some: { status: 'OPEN' } } }],
      AND: matching(q),
    },
    orderBy: [{ payerId: 'asc' }, { signedAt: 'desc' }],
    take: MAX_CONTRACTS,
    select: {
      id: true,
      number: true,
      status: true,
      payMethod: true,
      offer: { select: { title: true } },
      payer: { select: { id: true, firstName: true, lastName: true, email: true, phone: true } },
      beneficiary: { select: { firstName: true, lastName: true } },
      charges: {
        where: { status: 'OPEN' },
        orderBy: { seq: 'asc' },
        select: {
          ...chargeDueSelect,
          status: true,
          paidAt: true,
        },
      },
    },
  });
  const today = warsawDay(now);
  const payers = new Map<
    string,
    { id: string; name: string; email: string | null; phone: string | null; contracts: ReturnType<typeof shape>[] }
  >();
  function shape(c: (typeof contracts)[number]) {
    return {
      number: c.number,
      status: c.status,
      payMethod: c.payMethod,
      title: c.offer.title,
      child: `${c.beneficiary.firstName} ${c.beneficiary.lastName}`,
      charges: c.charges.map((ch, i) => {
        const state = chargeState(ch, today);
        // Due by today, or the next one to come: what a parent usually pays; later ones are folded.
        const firstAhead = c.charges.findIndex((x) => x.dueDate > today);
        return {
          later: firstAhead >= 0 && i > firstAhead,
          id: ch.id,
          label: ch.label,
          dueDate: ch.dueDate,
          due: chargeDue(ch),
          currency: ch.currency,
          overdueDays: state.kind === 'overdue' ? state.days : 0,
        };
      }),
    };
  }
  for (const c of contracts) {
    const p = payers.get(c.payer.id) ?? {
      id: c.payer.id,
      name: `${c.payer.firstName} ${c.payer.lastName}`,
      email: c.payer.email,
      phone: c.payer.phone,
      contracts: [],
    };
    p.contracts.push(shape(c));
    payers.set(c.payer.id, p);
  }
  return [...payers.values()];
}

export type DeskReceiptRow = Awaited<ReturnType<typeof recentDeskReceipts>>[number];

/** The desk's latest receipts, newest first, with whom and what for. */
export async function recentDeskReceipts(limit = 15) {
  const receipts = await db().deskReceipt.findMany({
    orderBy: { createdAt: 'desc' },
    take: limit,
    select: {
      id: true,
      number: true,
      chargeId: true,
      method: true,
      amount: true,
      currency: true,
      createdAt: true,
      centre: { select: { name: true } },
    },
  });
  const charges = await db().contractCharge.findMany({
    where: { id: { in: receipts.map((r) => r.chargeId) } },
    select: {
      id: true,
      label: true,
      contract: { select: { number: true, payer: { select: { firstName: true, lastName: true } } } },
    },
  });
  const byId = new Map(charges.map((c) => [c.id, c]));
  return receipts.map((r) => {
    const c = byId.get(r.chargeId);
    return {
      id: r.id,
      number: r.number,
      method: r.method,
      amount: r.amount,
      currency: r.currency,
      createdAt: r.createdAt,
      centre: r.centre?.name ?? null,
      label: c?.label ?? '',
      contractNumber: c?.contract.number ?? '',
      payer: c ? `${c.contract.payer.firstName} ${c.contract.payer.lastName}` : '',
    };
  });
}

/** What the desk page shows: the payers found for `q`, the latest receipts, the one just booked. */
export async function deskPage(q: string, bookedId?: string) {
  const [payers, recent] = await Promise.all([findDeskPayers(q), recentDeskReceipts()]);
  const booked = bookedId
    ? (recent.find((r) => r.id === bookedId) ??
      (await db().deskReceipt.findUnique({ where: { id: bookedId }, select: { id: true, number: true } })))
    : null;
  return { q: q.trim(), payers, recent, booked };
}
