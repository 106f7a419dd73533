// Builders for the billing run's integration tests: an offer and a contract with its frozen
// dunning policy and charges, written directly, as signing would leave them (lib/billing/contracts).
import { db } from '@/lib/db/client';
import { fromWarsaw } from '@/lib/format/time';

let seq = 0;
const next = () => `${process.pid}${++seq}${Math.floor(Math.random() * 1e6)}`;

/** Warsaw wall-clock time of a day 'YYYY-MM-DD' (06:00, when the cron runs, unless given). */
export const at = (day: string, hour = 6, minute = 0) => {
  const [y, m, d] = day.split('-').map(Number);
  return fromWarsaw(y, m, d, hour, minute);
};
/** A @db.Date value: UTC midnight of the calendar day. */
export const date = (day: string) => new Date(`${day}T00:00:00Z`);

export async function makePayer(firstName = 'Ola') {
  const n = next();
  return db().user.create({
    data: { email: `payer${n}@example.pl`, firstName, lastName: `Nowak${n}`, passwordHash: 'x' },
    select: { id: true, email: true },
  });
}

export type Policy = {
  planKind: 'FULL' | 'MONTHLY' | 'SESSIONS' | 'INSTALMENTS' | 'PROFORMA';
  planCode: string;
  termination: 'END_OF_PAID_MONTH' | 'MONTH_NOTICE' | 'NO_REFUND' | 'PRO_RATA';
  payMethod?: 'LINK' | 'CARD' | 'TRANSFER';
  reminderOffsets: number[];
  suspendOffset?: number;
  demandOffset?: number;
  noticeOffset?: number;
  terminateOffset?: number;
  voidOffset?: number;
};

// The seeds' policies (BILLING.md's table), as core's plans.ts copies them onto a contract.
export const RAZEM: Policy = {
  planKind: 'MONTHLY',
  planCode: 'razem-monthly',
  termination: 'END_OF_PAID_MONTH',
  reminderOffsets: [-3, -1, 0, 3, 7, 12],
  suspendOffset: 1,
  terminateOffset: 14,
};
export const LIVE: Policy = {
  planKind: 'SESSIONS',
  planCode: 'live-4',
  termination: 'NO_REFUND',
  reminderOffsets: [-1],
  terminateOffset: 0,
};
export const LICENCE: Policy = {
  planKind: 'PROFORMA',
  planCode: 'licence-proforma',
  termination: 'PRO_RATA',
  payMethod: 'TRANSFER',
  reminderOffsets: [-3],
  voidOffset: 1,
};
export const CENTRE: Policy = {
  planKind: 'INSTALMENTS',
  planCode: 'centre-ten',
  termination: 'MONTH_NOTICE',
  reminderOffsets: [-2, 0],
  demandOffset: 7,
  noticeOffset: 14,
  terminateOffset: 21,
};

export type ChargeSpec = {
  dueDate: string;
  amount?: number;
  status?: 'OPEN' | 'PAID' | 'CANCELLED';
  notifyAt?: Date;
  periodStart?: string;
  periodEnd?: string;
};

export async function makeOffer(p: Policy, o: { courseId?: string; liveGroupId?: string } = {}) {
  return db().billingOffer.create({
    data: {
      slug: `offer-${next()}`,
      title: `Oferta ${p.planCode}`,
      product: p.planCode.split('-')[0],
      planKind: p.planKind,
      planCode: p.planCode,
      amount: 19900,
      courseId: o.courseId ?? null,
      liveGroupId: o.liveGroupId ?? null,
    },
    select: { id: true },
  });
}

export async function makeContract(a: {
  policy: Policy;
  offerId?: string;
  payerId?: string;
  beneficiaryId?: string;
  status: 'PENDING' | 'ACTIVE' | 'SUSPENDED' | 'ENDED';
  signedAt: Date;
  charges: ChargeSpec[];
  paidThrough?: string;
  endsOn?: string;
  endReason?: string;
  cardToken?: string;
}) {
  const p = a.policy;
  const payerId = a.payerId ?? (await makePayer()).id;
  const offerId = a.offerId ?? (await makeOffer(p)).id;
  const n = next();
  return db().contract.create({
    data: {
      number: `UM/T/${n}`,
      offerId,
      payerId,
      beneficiaryId: a.beneficiaryId ?? payerId,
      status: a.status,
      planKind: p.planKind,
      planCode: p.planCode,
      payMethod: p.payMethod ?? (a.cardToken ? 'CARD' : 'LINK'),
      termination: p.termination,
      currency: 'PLN',
      amount: 19900,
      reminderOffsets: p.reminderOffsets,
      suspendOffset: p.suspendOffset ?? null,
      demandOffset: p.demandOffset ?? null,
      noticeOffset: p.noticeOffset ?? null,
      terminateOffset: p.terminateOffset ?? null,
      voidOffset: p.voidOffset ?? null,
      cardToken: a.cardToken ?? null,
      termsVersion: 't1',
      signedAt: a.signedAt,
      activatedAt: a.status === 'PENDING' ? null : a.signedAt,
      paidThrough: a.paidThrough ? date(a.paidThrough) : null,
      endsOn: a.endsOn ? date(a.endsOn) : null,
      endReason: a.endReason ?? null,
      charges: {
        create: a.charges.map((c, i) => ({
          seq: i + 1,
          kind: p.planKind === 'MONTHLY' || p.planKind === 'SESSIONS' ? 'PERIOD' : 'INSTALMENT',
          label: `Rata ${i + 1}`,
          amount: c.amount ?? 19900,
          currency: 'PLN',
          dueDate: date(c.dueDate),
          periodStart: c.periodStart ? date(c.periodStart) : null,
          periodEnd: c.periodEnd ? date(c.periodEnd) : null,
          notifyAt: c.notifyAt ?? null,
          status: c.status ?? 'OPEN',
          paidAt: c.status === 'PAID' ? a.signedAt : null,
        })),
      },
    },
    select: { id: true, number: true, payerId: true, beneficiaryId: true },
  });
}

export const chargesOf = (contractId: string) =>
  db().contractCharge.findMany({ where: { contractId }, orderBy: { seq: 'asc' } });

export const contractRow = (id: string) => db().contract.findUniqueOrThrow({ where: { id } });

/** The run's e-mails to this contract's payer, oldest first: template and props. */
export const mailsOf = (contractId: string) =>
  db().emailMessage.findMany({
    where: { onceKey: { startsWith: `billing:${contractId}:` } },
    orderBy: { createdAt: 'asc' },
    select: { template: true, props: true, onceKey: true, subject: true, to: true },
  });

export const eventsOf = (contractId: string) =>
  db().contractEvent.findMany({ where: { contractId }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
