// The run's steps that only tell the payer (or charge their card) and leave the contract as it
// is: the pay link when a charge's notifyAt comes (Live L6), the reminders at the plan's offsets,
// and for a stored card a charge attempt at those same offsets instead of the e-mail (razem: D−3,
// D−1, D0, then D+3, D+7, D+12; a declined card e-mails the link from billing.card-charge).
import { DUE_TABLE } from './candidates';
import { billingMailInsert } from './mail-sql';

const LIVE = `('PENDING', 'ACTIVE', 'SUSPENDED')`;

/**
 * The latest reminder offset whose day has come and is after the signing day (the signing e-mail
 * already asks for the first payment). Only the latest: a run that missed days sends one
 * reminder, not each one it missed.
 */
const latestOffset = `(SELECT max(k) AS "k" FROM unnest(d."reminderOffsets") k
                       WHERE d."dueDate" + k <= $2::date AND d."dueDate" + k > d."signedDay")`;

/** An e-mail with news about this charge already went out today (a link, suspension, demand …). */
const toldToday = `EXISTS (SELECT 1 FROM "BillingStep" t WHERE t."chargeId" = d."chargeId" AND t."runDay" = $2::date
                            AND t."step" IN ('link', 'void', 'terminate', 'notice', 'demand', 'suspend'))`;

type NoticeKind = 'link' | 'reminder' | 'card';

// A correlated probe of the (chargeId, step) index per candidate, not an anti-join: the planner
// would hash the whole step history (it only grows) to answer a few thousand lookups.
const notTaken = (rel: string) =>
  `(SELECT 1 FROM "BillingStep" s WHERE s."chargeId" = ${rel}."chargeId" AND s."step" = ${rel}."step" LIMIT 1) IS NULL`;

function candidates(kind: NoticeKind): string {
  if (kind === 'link')
    return `SELECT x.* FROM (SELECT d.*, 'link'::text AS "step"
                               FROM ${DUE_TABLE} d WHERE d."status" IN ${LIVE} AND d."notifyAt" <= $1) x
             WHERE ${notTaken('x')}`;
  const which =
    kind === 'card' ? `d."status" IN ('ACTIVE', 'SUSPENDED') AND d."card"` : `d."status" IN ${LIVE} AND NOT d."card"`;
  return `SELECT x.*
            FROM (SELECT d.*, '${kind === 'card' ? 'card' : 'reminder'}:' || o."k" AS "step", o."k"
                    FROM ${DUE_TABLE} d CROSS JOIN LATERAL ${latestOffset} o
                   WHERE ${which} AND o."k" IS NOT NULL) x
           WHERE ${notTaken('x')}`;
}

const stageProps = `'stage', CASE WHEN m."k" < 0 THEN 'before' WHEN m."k" = 0 THEN 'due' ELSE 'after' END, 'days', abs(m."k")`;

/** The statement of one kind; $1 = now, $2 = today. Same result row as the dunning steps. */
export function noticeStepSql(kind: NoticeKind): string {
  const event = { link: 'link-sent', reminder: 'reminder-sent', card: 'card-charge-requested' }[kind];
  const mails =
    kind === 'card'
      ? `SELECT NULL::text AS "id" WHERE false`
      : kind === 'link'
        ? billingMailInsert('billing-pay-link', 'moved')
        : billingMailInsert('billing-reminder', 'moved', stageProps, 'NOT m."quiet"');
  return `WITH cand AS (${candidates(kind)}),
    locked AS (
      SELECT ch."id" FROM "ContractCharge" ch
       WHERE ch."id" = ANY (ARRAY(SELECT "chargeId" FROM cand)) AND ch."status" = 'OPEN'
       ORDER BY ch."id" FOR UPDATE),
    step AS (
      INSERT INTO "BillingStep" ("id", "contractId", "chargeId", "step", "runDay", "createdAt")
      SELECT gen_random_uuid()::text, cand."contractId", cand."chargeId", cand."step", $2::date, $1
        FROM cand JOIN locked ON locked."id" = cand."chargeId"
      ON CONFLICT ("chargeId", "step") DO NOTHING
      RETURNING "contractId", "chargeId", "step"),
    moved AS (
      SELECT d.*, s."step", ${kind === 'link' ? '0' : `split_part(s."step", ':', 2)::int`} AS "k",
             ${kind === 'reminder' ? toldToday : 'false'} AS "quiet"
        FROM step s JOIN ${DUE_TABLE} d ON d."chargeId" = s."chargeId"),
    events AS (
      INSERT INTO "ContractEvent" ("id", "contractId", "kind", "chargeId", "detail", "createdAt")
      SELECT gen_random_uuid()::text, m."contractId", '${event}', m."chargeId",
             jsonb_build_object('step', m."step", 'runDay', $2::date, 'emailed', ${kind === 'card' ? 'false' : 'NOT m."quiet"'}), $1
        FROM moved m),
    mails AS (${mails})
    SELECT (SELECT count(*) FROM step)::int AS "steps",
           (SELECT coalesce(json_agg(json_build_object('contractId', m."contractId", 'chargeId', m."chargeId",
                     'step', m."step")), '[]') FROM moved m) AS "moved",
           (SELECT coalesce(array_agg("id"), '{}') FROM mails) AS "emailIds"`;
}
