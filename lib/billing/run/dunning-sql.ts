// The dunning steps of the daily run as SQL, one statement each: the steps whose day has come on
// the contracts' oldest OPEN charges (billing_due), recorded in "BillingStep" with ON CONFLICT DO
// NOTHING, and — for exactly the rows that insert returned — the contract's state change, its
// history (ContractEvent) and the outbox e-mail. A rerun or a second instance finds the (charge,
// step) key taken and does nothing; the charge row is locked first, so a payment committing at
// the same moment is either seen (no step) or waits (BILLING.md, issue 19).
import { DUE_TABLE } from './candidates';
import { billingMailInsert, type BillingTemplate } from './mail-sql';

type Status = 'PENDING' | 'ACTIVE' | 'SUSPENDED';
type Prior = 'suspend' | 'demand' | 'notice';

const PRIOR_OFFSET: Record<Prior, string> = {
  suspend: 'd."suspendOffset"',
  demand: 'd."demandOffset"',
  notice: 'd."noticeOffset"',
};

const inList = (xs: readonly string[]) => `(${xs.map((x) => `'${x}'`).join(', ')})`;

/**
 * A step with offset `offset` waits for every earlier step the plan has: it comes no sooner than
 * the plan's gap after that step was actually done (a notice gives its 7 days even when the run
 * sent it late; stationary S8 → S12). A contract suspended by staff counts as suspended since then.
 */
function gate(prior: Prior, offset: string): string {
  const p = PRIOR_OFFSET[prior];
  const done = `EXISTS (SELECT 1 FROM "BillingStep" s WHERE s."chargeId" = d."chargeId" AND s."step" = '${prior}'
                          AND s."runDay" + (${offset} - ${p}) <= $2::date)`;
  const suspendedByHand =
    prior === 'suspend' ? ` OR (d."status" = 'SUSPENDED' AND d."suspendedDay" + (${offset} - ${p}) <= $2::date)` : '';
  return `(${p} IS NULL OR ${p} >= ${offset} OR ${done}${suspendedByHand})`;
}

export type DunningStep = {
  /** The BillingStep.step; `event` is the ContractEvent kind. */
  step: string;
  event: string;
  statuses: readonly Status[];
  /** SQL of the offset in days from the due date (over the candidate row d). */
  offset: string;
  priors: readonly Prior[];
  /** The contract's new status and the rest of its SET list, or null for an e-mail alone. */
  to: { status: string; set: string } | null;
  /** Which of the contract's OPEN charges x the change cancels (m = the moved candidate row). */
  cancels?: string;
  template: BillingTemplate;
  /** More props (jsonb_build_object pairs over the moved row m). */
  props?: string;
  /** The contract's beneficiary loses access: their future live bookings are cancelled after commit. */
  endsAccess: boolean;
};

const later = `(x."dueDate" > m."dueDate" OR (x."dueDate" = m."dueDate" AND x."seq" > m."seq"))`;
const notDelivered = `(m."status" = 'SUSPENDED' OR m."terminateOffset" <= 0)`;

/** In the order the run takes them: the harshest first, so a late run does not warn about what it ends. */
export const DUNNING_STEPS: readonly DunningStep[] = [
  {
    step: 'void',
    event: 'voided',
    statuses: ['PENDING'],
    // PENDING contracts only ever void (a plan with no void offset voids at its termination offset).
    offset: 'coalesce(d."voidOffset", d."terminateOffset")',
    priors: [],
    to: { status: 'VOID', set: `"endedAt" = $1, "endReason" = 'void-deadline'` },
    cancels: 'true',
    template: 'billing-voided',
    endsAccess: false,
  },
  {
    step: 'terminate',
    event: 'terminated',
    statuses: ['ACTIVE', 'SUSPENDED'],
    offset: 'd."terminateOffset"',
    priors: ['suspend', 'demand', 'notice'],
    to: { status: 'ENDED', set: `"endedAt" = $1, "endReason" = 'unpaid'` },
    // Later charges are no longer owed; the unpaid one too when its period was never delivered
    // (suspended since, or ended at its start: Live L6), else it stays owed (stationary S13).
    cancels: `(${later} OR (x."id" = m."chargeId" AND ${notDelivered}))`,
    template: 'billing-terminated',
    props: `'reason', 'unpaid', 'owes', NOT ${notDelivered}`,
    endsAccess: true,
  },
  {
    step: 'notice',
    event: 'notice-sent',
    statuses: ['ACTIVE', 'SUSPENDED'],
    offset: 'd."noticeOffset"',
    priors: ['suspend', 'demand'],
    to: null,
    template: 'billing-termination-notice',
    props: `'endsOn', to_char($2::date + coalesce(m."terminateOffset" - m."noticeOffset", 7), 'YYYY-MM-DD')`,
    endsAccess: false,
  },
  {
    step: 'demand',
    event: 'demand-sent',
    statuses: ['ACTIVE', 'SUSPENDED'],
    offset: 'd."demandOffset"',
    priors: ['suspend'],
    to: null,
    template: 'billing-demand',
    props: `'payBy', to_char($2::date + coalesce(m."noticeOffset" - m."demandOffset", 7), 'YYYY-MM-DD')`,
    endsAccess: false,
  },
  {
    step: 'suspend',
    event: 'suspended',
    statuses: ['ACTIVE'],
    offset: 'd."suspendOffset"',
    priors: [],
    to: { status: 'SUSPENDED', set: `"suspendedAt" = $1` },
    template: 'billing-suspended',
    props: `'terminatesOn', CASE WHEN m."terminateOffset" IS NULL THEN NULL ELSE to_char(greatest(
              m."dueDate" + m."terminateOffset", $2::date + (m."terminateOffset" - m."suspendOffset")), 'YYYY-MM-DD') END`,
    endsAccess: true,
  },
];

/**
 * One step's statement. $1 = now (timestamptz), $2 = today (Warsaw date). Returns one row: the
 * steps taken, the contracts moved (with who loses access) and the outbox ids.
 */
export function dunningStepSql(s: DunningStep): string {
  const cand = `SELECT d.* FROM ${DUE_TABLE} d
     WHERE d."status" IN ${inList(s.statuses)} AND ${s.offset} IS NOT NULL
       AND d."dueDate" + ${s.offset} <= $2::date
       ${s.priors.map((p) => `AND ${gate(p, s.offset)}`).join('\n       ')}
       AND (SELECT 1 FROM "BillingStep" s WHERE s."chargeId" = d."chargeId" AND s."step" = '${s.step}' LIMIT 1) IS NULL`;
  // The inserted steps' rows are found again in billing_due by its index (the row as it was: the
  // status before this statement's change).
  const moved = s.to
    ? `UPDATE "Contract" c SET "status" = '${s.to.status}', ${s.to.set}, "updatedAt" = $1
         FROM step s JOIN ${DUE_TABLE} d ON d."chargeId" = s."chargeId"
        WHERE c."id" = s."contractId" AND c."status" IN ${inList(s.statuses)}
       RETURNING d.*, s."step"`
    : `SELECT d.*, s."step" FROM step s JOIN ${DUE_TABLE} d ON d."chargeId" = s."chargeId"`;
  const after = s.to
    ? `,
    cancelled AS (
      UPDATE "ContractCharge" x SET "status" = 'CANCELLED', "cancelledAt" = $1
        FROM moved m
       WHERE x."contractId" = m."contractId" AND x."status" = 'OPEN' AND ${s.cancels ?? 'false'}
      RETURNING x."id"),
    seen AS (
      UPDATE ${DUE_TABLE} d SET "status" = '${s.to.status}' FROM moved m WHERE d."chargeId" = m."chargeId"
      RETURNING d."chargeId")`
    : '';
  return `WITH cand AS (${cand}),
    locked AS (
      SELECT ch."id" FROM "ContractCharge" ch
       WHERE ch."id" = ANY (ARRAY(SELECT "chargeId" FROM cand)) AND ch."status" = 'OPEN'
       ORDER BY ch."id" FOR UPDATE),
    step AS (
      INSERT INTO "BillingStep" ("id", "contractId", "chargeId", "step", "runDay", "createdAt")
      SELECT gen_random_uuid()::text, cand."contractId", cand."chargeId", '${s.step}', $2::date, $1
        FROM cand JOIN locked ON locked."id" = cand."chargeId"
      ON CONFLICT ("chargeId", "step") DO NOTHING
      RETURNING "contractId", "chargeId", "step"),
    moved AS (${moved})${after},
    events AS (
      INSERT INTO "ContractEvent" ("id", "contractId", "kind", "chargeId", "detail", "createdAt")
      SELECT gen_random_uuid()::text, m."contractId", '${s.event}', m."chargeId",
             jsonb_build_object('step', m."step", 'runDay', $2::date), $1
        FROM moved m),
    mails AS (${billingMailInsert(s.template, 'moved', s.props)})
    SELECT (SELECT count(*) FROM step)::int AS "steps",
           (SELECT coalesce(json_agg(json_build_object('contractId', m."contractId", 'beneficiaryId', m."beneficiaryId",
                     'offerId', m."offerId")), '[]') FROM moved m) AS "moved",
           (SELECT coalesce(array_agg("id"), '{}') FROM mails) AS "emailIds"`;
}
