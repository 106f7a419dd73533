// The staff's /panel/faktury: every numbered invoice and correction with its KSeF state, filtered
// by state and searched by number (invoice, correction, order or KSeF number), newest first, and
// the daily count of documents not yet in KSeF.
import type { Prisma } from '@/lib/db/generated/client';
import { db } from '@/lib/db/client';
import { currentTime } from '@/lib/clock/clock';
import { warsawDateKey } from '@/lib/format/time';
import { backlog, type Backlog } from './rules/backlog';
import { ksefState, type KsefState } from './rules/state';
import { KSEF_MANDATORY_FROM } from './rules/scope';
import { offlineOverdue } from './rules/offline-deadline';

export type StaffKsefRow = {
  kind: 'invoice' | 'correction';
  id: string;
  number: string;
  issuedAt: Date;
  buyerName: string;
  order: { id: string; number: string };
  /** The corrected invoice's number (corrections only). */
  corrects: string | null;
  state: KsefState;
  /** A correction with no document yet, waiting for its original's KSeF number. */
  waitsForOriginal: boolean;
  document: {
    id: string;
    ksefNumber: string | null;
    offlineDeadline: Date | null;
    /** The offline deadline has passed (tryby-offline.md): the law's term is missed. */
    overdue: boolean;
    errorCode: number | null;
    errorMessage: string | null;
    errorDetails: string[];
    attempts: number;
    hasUpo: boolean;
  } | null;
};

export type StaffKsefFilter = { state?: KsefState; q?: string };

const LIMIT = 100;

const DOC_SELECT = {
  id: true,
  status: true,
  offline: true,
  ksefNumber: true,
  offlineDeadline: true,
  errorCode: true,
  errorMessage: true,
  errorDetails: true,
  attempts: true,
  upoKey: false,
} satisfies Prisma.KsefDocumentSelect;

type DocRow = Prisma.KsefDocumentGetPayload<{ select: typeof DOC_SELECT }>;

/** The documents in a state, as a filter on the subject's optional document. */
function stateWhere(state: KsefState | undefined): Prisma.KsefDocumentNullableScalarRelationFilter | undefined {
  switch (state) {
    case undefined:
      return undefined;
    case 'waiting':
      return undefined; // both "no document yet" and PENDING online: filtered below
    case 'offline':
      return { is: { status: 'PENDING', offline: true } };
    case 'sent':
      return { is: { status: 'SENT' } };
    case 'accepted':
      return { is: { status: 'ACCEPTED' } };
    case 'rejected':
      return { is: { status: 'REJECTED' } };
  }
}

const WAITING = { OR: [{ ksef: { is: null } }, { ksef: { is: { status: 'PENDING' as const, offline: false } } }] };

function documentOf(d: DocRow | null, now: Date): StaffKsefRow['document'] {
  if (!d) return null;
  const details = Array.isArray(d.errorDetails) ? d.errorDetails.map(String) : [];
  return {
    id: d.id,
    ksefNumber: d.ksefNumber,
    offlineDeadline: d.offlineDeadline,
    overdue: d.status === 'PENDING' && !!d.offlineDeadline && offlineOverdue(d.offlineDeadline, now),
    errorCode: d.errorCode,
    errorMessage: d.errorMessage,
    errorDetails: details,
    attempts: d.attempts,
    hasUpo: false,
  };
}

export async function staffKsefList(filter: StaffKsefFilter, now = currentTime()): Promise<StaffKsefRow[]> {
  const q = filter.q?.trim().slice(0, 60) || undefined;
  const rel = stateWhere(filter.state);
  const waiting = filter.state === 'waiting';
  const contains = (s: string) => ({ contains: s, mode: 'insensitive' as const });
  const [invoices, corrections, upos] = await Promise.all([
    db().invoice.findMany({
      where: {
        kind: 'INVOICE',
        number: { not: null },
        issuedAt: { gte: KSEF_MANDATORY_FROM },
        ...(rel ? { ksef: rel } : {}),
        ...(waiting ? WAITING : {}),
        ...(q
          ? {
              AND: [
                {
                  OR: [
                    { number: contains(q) },
                    { order: { number: contains(q) } },
                    { ksef: { is: { ksefNumber: contains(q) } } },
                  ],
                },
              ],
            }
          : {}),
      },
      orderBy: { issuedAt: 'desc' },
      take: LIMIT,
      select: {
        id: true,
        number: true,
        issuedAt: true,
        order: { select: { id: true, number: true, buyerName: true } },
        ksef: { select: DOC_SELECT },
      },
    }),
    db().invoiceCorrection.findMany({
      where: {
        number: { not: null },
        ...(rel ? { ksef: rel } : {}),
        ...(waiting ? WAITING : {}),
        ...(q
          ? {
              AND: [
                {
                  OR: [
                    { number: contains(q) },
                    { invoice: { number: contains(q) } },
                    { invoice: { order: { number: contains(q) } } },
                    { ksef: { is: { ksefNumber: contains(q) } } },
                  ],
                },
              ],
            }
          : {}),
      },
      orderBy: { issuedAt: 'desc' },
      take: LIMIT,
      select: {
        id: true,
        number: true,
        issuedAt: true,
        invoice: {
          select: {
            number: true,
            order: { select: { id: true, number: true, buyerName: true } },
            ksef: { select: { ksefNumber: true } },
          },
        },
        ksef: { select: DOC_SELECT },
      },
    }),
    // Which accepted documents already hold their UPO (the bytes themselves are not read here).
    db().ksefDocument.findMany({ where: { upoKey: { not: null } }, select: { id: true } }),
  ]);
  const withUpo = new Set(upos.map((u) => u.id));
  const rows: StaffKsefRow[] = [
    ...invoices.map((i) => ({
      kind: 'invoice' as const,
      id: i.id,
      number: i.number!,
      issuedAt: i.issuedAt!,
      buyerName: i.order.buyerName,
      order: { id: i.order.id, number: i.order.number },
      corrects: null,
      state: ksefState(i.ksef),
      waitsForOriginal: false,
      document: documentOf(i.ksef, now),
    })),
    ...corrections.map((c) => ({
      kind: 'correction' as const,
      id: c.id,
      number: c.number!,
      issuedAt: c.issuedAt!,
      buyerName: c.invoice.order.buyerName,
      order: { id: c.invoice.order.id, number: c.invoice.order.number },
      corrects: c.invoice.number,
      state: ksefState(c.ksef),
      waitsForOriginal: !c.ksef && !c.invoice.ksef?.ksefNumber,
      document: documentOf(c.ksef, now),
    })),
  ];
  for (const r of rows) if (r.document) r.document.hasUpo = withUpo.has(r.document.id);
  return rows.sort((a, b) => b.issuedAt.getTime() - a.issuedAt.getTime()).slice(0, LIMIT);
}

/** Every numbered document not yet accepted by KSeF, by the Warsaw day it was issued. */
export async function ksefBacklog(now = currentTime()): Promise<Backlog> {
  const notIn = { OR: [{ ksef: { is: null } }, { ksef: { isNot: { status: 'ACCEPTED' as const } } }] };
  const [invoices, corrections] = await Promise.all([
    db().invoice.findMany({
      where: { kind: 'INVOICE', number: { not: null }, issuedAt: { gte: KSEF_MANDATORY_FROM }, ...notIn },
      select: { issuedAt: true },
    }),
    db().invoiceCorrection.findMany({ where: { number: { not: null }, ...notIn }, select: { issuedAt: true } }),
  ]);
  const issued = [...invoices, ...corrections].map((r) => r.issuedAt!).filter(Boolean);
  return backlog(issued, warsawDateKey(now), warsawDateKey);
}
