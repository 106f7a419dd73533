// What staff read about customers' contracts: the filtered list, the overdue charges with days
// overdue, and one contract with its charges, transfers, history and e-mails.
import type { ContractStatus } from '@/lib/db/generated/enums';
import type { Prisma } from '@/lib/db/generated/client';
import { db } from '@/lib/db/client';
import { chargeDueSelect } from './charge-state';

export const STAFF_LIST_LIMIT = 200;

export type ContractFilter = { status?: ContractStatus; product?: string; overdue?: boolean; q?: string };

export async function staffContracts(filter: ContractFilter, today: Date) {
  const overdueCharge: Prisma.ContractChargeWhereInput = { status: 'OPEN', dueDate: { lt: today } };
  const q = filter.q?.trim();
  const where: Prisma.ContractWhereInput = {
    ...(filter.status && { status: filter.status }),
    ...(filter.product && { offer: { product: filter.product } }),
    ...(filter.overdue && { charges: { some: overdueCharge } }),
    ...(q && {
      OR: [
        { number: { contains: q, mode: 'insensitive' } },
        { payer: { email: { contains: q, mode: 'insensitive' } } },
        { payer: { lastName: { contains: q, mode: 'insensitive' } } },
      ],
    }),
  };
  return db().contract.findMany({
    where,
    orderBy: { signedAt: 'desc' },
    take: STAFF_LIST_LIMIT,
    select: {
      id: true,
      number: true,
      status: true,
      currency: true,
      payer: { select: { firstName: true, lastName: true, email: true } },
      offer: { select: { title: true, product: true } },
      charges: {
        where: overdueCharge,
        orderBy: { dueDate: 'asc' },
        select: { amount: true, discount: true, dueDate: true },
      },
    },
  });
}

/** The products offers exist for, for the filter. */
export async function contractProducts(): Promise<string[]> {
  const rows = await db().billingOffer.findMany({ distinct: ['product'], select: { product: true } });
  return rows.map((r) => r.product).sort();
}

export async function overdueCharges(today: Date) {
  return db().contractCharge.findMany({
    where: { status: 'OPEN', dueDate: { lt: today } },
    orderBy: [{ dueDate: 'asc' }, { seq: 'asc' }],
    take: STAFF_LIST_LIMIT,
    select: {
      ...chargeDueSelect,
      contract: {
        select: {
          number: true,
          status: true,
          payer: { select: { firstName: true, lastName: true, email: true } },
          offer: { select: { title: true } },
        },
      },
    },
  });
}

export async function staffContract(number: string) {
  const contract = await db().contract.findUnique({
    where: { number },
    include: {
      offer: { select: { title: true, slug: true, product: true } },
      payer: { select: { id: true, firstName: true, lastName: true, email: true } },
      beneficiary: { select: { id: true, firstName: true, lastName: true } },
      discounts: { orderBy: { createdAt: 'asc' }, include: { code: { select: { code: true } } } },
      charges: {
        orderBy: { seq: 'asc' },
        include: {
          orderItems: { select: { order: { select: { id: true, number: true, status: true } } } },
          transfers: { select: { id: true, amount: true, bookedOn: true, reference: true } },
        },
      },
      events: { orderBy: { createdAt: 'desc' }, take: 200 },
    },
  });
  if (!contract) return null;
  const actorIds = [...new Set(contract.events.map((e) => e.actorId).filter((x): x is string => !!x))];
  const [actors, emails] = await Promise.all([
    db().user.findMany({ where: { id: { in: actorIds } }, select: { id: true, firstName: true, lastName: true } }),
    db().emailMessage.findMany({
      where: { onceKey: { startsWith: `billing:${contract.id}:` } },
      orderBy: { createdAt: 'desc' },
      take: 100,
      select: { id: true, subject: true, to: true, status: true, createdAt: true },
    }),
  ]);
  const actorName = new Map(actors.map((a) => [a.id, `${a.firstName} ${a.lastName}`]));
  return { contract, actorName, emails };
}

export type StaffContract = NonNullable<Awaited<ReturnType<typeof staffContract>>>;

export async function statementImports() {
  return db().bankStatementImport.findMany({
    orderBy: { createdAt: 'desc' },
    take: 20,
    select: { id: true, fileName: true, createdAt: true },
  });
}

export type StatementLine = {
  reference: string;
  valueDate?: string;
  amount: number;
  currency?: string;
  title: string;
  payerName?: string | null;
  matched: string | null;
  reason: string;
};

export async function statementImport(id: string) {
  const row = await db().bankStatementImport.findUnique({ where: { id } });
  if (!row) return null;
  const lines = (Array.isArray(row.lines) ? row.lines : []) as unknown as StatementLine[];
  return { id: row.id, fileName: row.fileName, createdAt: row.createdAt, lines };
}
