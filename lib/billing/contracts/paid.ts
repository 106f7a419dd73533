// A contract's charge was paid (PayU's notification, a booked transfer, a stored card): the charge
// OPEN→PAID once, and what that means for the contract — the first payment brings it into force
// with its grants (B3, A8, L8), a payment during a suspension restores access and restarts the
// billing month on the payment day (B10), the paid period extends paidThrough, and MONTHLY and
// SESSIONS plans get their next period's charge. One call inside the payer's payment transaction.
import { randomUUID } from 'node:crypto';
import type { BillingPayMethod } from '@/lib/db/generated/enums';
import { formatDate } from '@/lib/format/time';
import { absoluteUrl } from '@/lib/url';
import {
  addDays,
  addMonthsClamped,
  dayToDate,
  daysBetween,
  maxDay,
  minDay,
  warsawToday,
  type Day,
} from '@/lib/billing/rules/days';
import { nextPeriodCharge, type ChargeDraft } from '@/lib/billing/rules/schedule';
import { messages } from '@/lib/i18n';
import { LIVE_LEARNER_PATH } from '@/lib/live/paths';
import { queryOf, type Conn, type Query } from './conn';
import { periodChargeDiscount } from './discounts';
import { recordEvent } from './events';
import { activatePayerAccount } from './activate-account';
import { bookGroupAhead, grantContract } from './grants';
import { billingOnceKey, queueBillingEmail } from './mail';
import { ACCOUNT_CONTRACTS_PATH } from './sign';

export type PaidInput = {
  paidAt: Date;
  via: BillingPayMethod;
  orderId?: string;
  cardToken?: string;
  cardLabel?: string;
};
export type PaidResult = {
  emailIds: string[];
  changed: boolean;
  contractId?: string;
  effect?: 'activated' | 'resumed' | 'paid';
};

type PaidCharge = {
  id: string;
  contractId: string;
  seq: number;
  kind: string;
  label: string;
  amount: number;
  discount: number;
  periodStart: Day | null;
  periodEnd: Day | null;
};

type ContractRow = {
  id: string;
  number: string;
  status: string;
  planKind: string;
  planCode: string;
  amount: number;
  currency: string;
  anchorDate: Day | null;
  paidThrough: Day | null;
  periodSessions: number | null;
  endsOn: Day | null;
  beneficiaryId: string;
  payerId: string;
  suspendOffset: number | null;
  title: string;
  courseId: string | null;
  liveGroupId: string | null;
  email: string | null;
  firstName: string;
};

const fmt = (day: Day) => formatDate(dayToDate(day));

/** B5/B10: the month-long period a MONTHLY charge covers once paid, from its anchor. */
const monthFrom = (anchor: Day) => ({ start: anchor, end: addDays(addMonthsClamped(anchor, 1), -1) });

export async function applyChargePaid(conn: Conn, chargeId: string, input: PaidInput): Promise<PaidResult> {
  const q = queryOf(conn);
  // The contract's row first, then the charge: the order every contract change takes its locks in
  // (lib/billing/contracts/state.ts, the daily run), so a payment and a notice never deadlock.
  const [owner] = await q<{ contractId: string }>(`SELECT "contractId" FROM "ContractCharge" WHERE "id" = $1`, [
    chargeId,
  ]);
  if (!owner) return { emailIds: [], changed: false };
  const [c] = await q<ContractRow>(
    `SELECT k."id", k."number", k."status"::text AS "status", k."planKind"::text AS "planKind", k."planCode",
            k."amount", k."currency", k."anchorDate"::text AS "anchorDate", k."paidThrough"::text AS "paidThrough",
            k."periodSessions", k."endsOn"::text AS "endsOn", k."beneficiaryId", k."payerId", k."suspendOffset",
            o."title", o."courseId", o."liveGroupId", p."email", p."firstName"
       FROM "Contract" k JOIN "BillingOffer" o ON o."id" = k."offerId" JOIN "User" p ON p."id" = k."payerId"
      WHERE k."id" = $1 FOR UPDATE OF k`,
    [owner.contractId],
  );
  const [charge] = await q<PaidCharge>(
    `UPDATE "ContractCharge" SET "status" = 'PAID', "paidAt" = $2, "paidVia" = $3::"BillingPayMethod"
      WHERE "id" = $1 AND "status" = 'OPEN'
      RETURNING "id", "contractId", "seq", "kind"::text AS "kind", "label", "amount", "discount",
                "periodStart"::text AS "periodStart", "periodEnd"::text AS "periodEnd"`,
    [chargeId, input.paidAt, input.via],
  );
  if (!charge) return { emailIds: [], changed: false };
  const payDay = warsawToday(input.paidAt);
  const stillOverdue = c.status === 'SUSPENDED' && (await otherChargeOverdue(q, c, charge.id, payDay));
  const effect = c.status === 'PENDING' ? 'activated' : c.status === 'SUSPENDED' && !stillOverdue ? 'resumed' : 'paid';
  const live = c.status === 'PENDING' || c.status === 'SUSPENDED' || c.status === 'ACTIVE';

  // The period this payment covers: MONTHLY starts on the first payment's day (B5) or, after a
  // suspension, on the payment day (B10); FULL moves with a late first payment, keeping its length.
  let { periodStart, periodEnd } = charge;
  let anchor = c.anchorDate;
  if (charge.kind === 'PERIOD' && periodStart && periodEnd && effect !== 'paid') {
    if (c.planKind === 'MONTHLY') {
      anchor = effect === 'activated' ? maxDay(payDay, periodStart) : payDay;
      ({ start: periodStart, end: periodEnd } = monthFrom(anchor));
    } else if (c.planKind === 'FULL' && payDay > periodStart) {
      const shift = daysBetween(periodStart, payDay);
      periodStart = payDay;
      periodEnd = addDays(periodEnd, shift);
    }
    if (periodStart !== charge.periodStart) {
      const label =
        c.planKind === 'MONTHLY' ? messages().billing.charge.month(fmt(periodStart), fmt(periodEnd)) : charge.label;
      await q(
        `UPDATE "ContractCharge" SET "periodStart" = $2::date, "periodEnd" = $3::date, "label" = $4 WHERE "id" = $1`,
        [charge.id, periodStart, periodEnd, label],
      );
      charge.label = label;
    }
  }
  const covered = periodEnd && live ? maxDay(periodEnd, c.paidThrough ?? periodEnd) : c.paidThrough;
  // After a notice, access never runs past the contract's end (S10: charges due until then are paid).
  const paidThrough = covered && c.endsOn ? minDay(covered, c.endsOn) : covered;
  await q(
    `UPDATE "Contract" SET
        "status" = CASE WHEN $7 THEN 'ACTIVE'::"ContractStatus" ELSE "status" END,
        "activatedAt" = COALESCE("activatedAt", $2), "suspendedAt" = CASE WHEN $7 THEN NULL ELSE "suspendedAt" END,
        "paidThrough" = $3::date, "anchorDate" = $4::date,
        "cardToken" = COALESCE($5, "cardToken"), "cardLabel" = COALESCE($6, "cardLabel"), "updatedAt" = $2
      WHERE "id" = $1`,
    [c.id, input.paidAt, paidThrough, anchor, input.cardToken ?? null, input.cardLabel ?? null, effect !== 'paid'],
  );
  if (effect === 'activated') await grantContract(conn, c, input.paidAt);
  // A sign-up without an account (razem B4): the account opens with the contract.
  const activationMail = effect === 'activated' ? await activatePayerAccount(conn, c.id, input.paidAt) : [];
  if (effect !== 'paid') await bookGroupAhead(conn, c, input.paidAt);

  const net = charge.amount - charge.discount;
  await recordEvent(conn, c.id, 'charge-paid', {
    chargeId: charge.id,
    at: input.paidAt,
    detail: { via: input.via, orderId: input.orderId ?? null, amount: net, paidThrough },
  });
  if (effect !== 'paid') {
    await recordEvent(conn, c.id, effect, {
      chargeId: charge.id,
      at: input.paidAt,
      detail: { anchorDate: anchor, paidThrough },
    });
  }
  const next =
    live && !c.endsOn && charge.kind === 'PERIOD' && periodEnd
      ? await createNextPeriod(q, conn, { ...c, anchorDate: anchor }, { periodStart, periodEnd }, input.paidAt)
      : null;
  const emailId = await queueBillingEmail(conn, billingOnceKey(c.id, charge.id, 'paid'), c.email, 'billing-paid', {
    firstName: c.firstName,
    number: c.number,
    title: c.title,
    label: charge.label,
    amount: net,
    currency: c.currency,
    effect,
    // L8: the access e-mail of a class group — the classes are joined from /zajecia.
    classesLink: c.liveGroupId && effect === 'activated' ? absoluteUrl(LIVE_LEARNER_PATH) : null,
    paidThrough: paidThrough ?? null,
    next: next ? { amount: next.amount - next.discount, dueDate: next.dueDate } : null,
    link: absoluteUrl(ACCOUNT_CONTRACTS_PATH),
  });
  return { emailIds: [...(emailId ? [emailId] : []), ...activationMail], changed: true, contractId: c.id, effect };
}

/**
 * A suspension lasts while another charge is past its suspension day: paying one of two overdue
 * instalments does not restore access (the run would suspend again the next morning).
 */
async function otherChargeOverdue(q: Query, c: ContractRow, paidId: string, today: Day): Promise<boolean> {
  const [row] = await q<{ overdue: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM "ContractCharge"
                     WHERE "contractId" = $1 AND "id" <> $2 AND "status" = 'OPEN'
                       AND "dueDate" + $3::int <= $4::date) AS "overdue"`,
    [c.id, paidId, c.suspendOffset ?? 1, today],
  );
  return row.overdue;
}

/**
 * The next period's charge of a MONTHLY or SESSIONS contract, unless one is already there (a
 * later OPEN period). Percent discounts in force apply to it (BILLING.md "Discounts on a plan").
 */
async function createNextPeriod(
  q: Query,
  conn: Conn,
  c: ContractRow,
  last: { periodStart: Day | null; periodEnd: Day },
  now: Date,
): Promise<(ChargeDraft & { discount: number }) | null> {
  if (c.planKind !== 'MONTHLY' && c.planKind !== 'SESSIONS') return null;
  const [state] = await q<{ maxSeq: number; ahead: boolean }>(
    `SELECT max("seq")::int AS "maxSeq",
            bool_or("kind" = 'PERIOD' AND "status" = 'OPEN' AND "periodStart" > $2::date) AS "ahead"
       FROM "ContractCharge" WHERE "contractId" = $1`,
    [c.id, last.periodEnd],
  );
  if (state.ahead) return null;
  const sessions =
    c.planKind === 'SESSIONS' && c.liveGroupId
      ? await q<{ startsAt: Date; endsAt: Date }>(
          `SELECT "startsAt", "endsAt" FROM "LiveSession" WHERE "groupId" = $1 AND "status" = 'SCHEDULED' ORDER BY "startsAt"`,
          [c.liveGroupId],
        )
      : undefined;
  const draft = nextPeriodCharge(c, { seq: state.maxSeq, ...last }, sessions);
  if (!draft) return null;
  const discounts = await q<{ id: string; kind: 'PERCENT' | 'AMOUNT'; value: number }>(
    `SELECT "id", "kind"::text AS "kind", "value" FROM "ContractDiscount"
      WHERE "contractId" = $1 AND "status" IN ('PENDING', 'ACCEPTED') ORDER BY "createdAt", "id"`,
    [c.id],
  );
  const discount = periodChargeDiscount(draft.amount, discounts);
  const id = randomUUID();
  const inserted = await q(
    `INSERT INTO "ContractCharge" ("id", "contractId", "seq", "kind", "label", "amount", "discount", "currency",
                                   "dueDate", "periodStart", "periodEnd", "refundable", "notifyAt", "createdAt", "labelKey")
     VALUES ($1, $2, $3, 'PERIOD', $4, $5, $6, $7, $8::date, $9::date, $10::date, $11, $12, $13, $14::jsonb)
     ON CONFLICT ("contractId", "seq") DO NOTHING RETURNING "id"`,
    [
      id,
      c.id,
      draft.seq,
      draft.label,
      draft.amount,
      discount,
      c.currency,
      draft.dueDate,
      draft.periodStart ?? null,
      draft.periodEnd ?? null,
      draft.refundable,
      draft.notifyAt ?? null,
      now,
      JSON.stringify(draft.labelKey),
    ],
  );
  if (inserted.length === 0) return null;
  await addToDiscountTotals(q, discounts, draft.amount);
  await recordEvent(conn, c.id, 'charge-created', {
    chargeId: id,
    at: now,
    detail: { seq: draft.seq, dueDate: draft.dueDate, amount: draft.amount - discount },
  });
  return { ...draft, discount };
}

async function addToDiscountTotals(q: Query, discounts: { id: string; kind: string; value: number }[], amount: number) {
  let left = amount;
  for (const d of discounts) {
    if (d.kind !== 'PERCENT') continue;
    const off = periodChargeDiscount(left, [{ kind: 'PERCENT', value: d.value }]);
    left -= off;
    if (off > 0) await q(`UPDATE "ContractDiscount" SET "total" = "total" + $2 WHERE "id" = $1`, [d.id, off]);
  }
}
