// The run's steps that only tell the payer (or charge their card) and leave the contract as it
// is: the pay link when a charge's notifyAt comes (Live L6), the reminders at the plan's offsets,
// and for a stored card a charge attempt at those same offsets instead of the e-mail (razem: D−3,
// D−1, D0, then D+3, D+7, D+12; a declined card e-mails the link from billing.card-charge).
import { DUE_TABLE } from './candidates';
import { billingMailInsert } from './mail-sql';

const LIVE = `('PENDING', 'ACTIVE', 'SUSPENDED')`;
const CARD = `(c."payMethod" = 'CARD' AND c."cardToken" IS NOT NULL)`;

/**
 * The latest reminder offset whose day has come and is after the signing day (the signing e-mail
 * already asks for the first payment). Only the latest: a run that missed days sends one
 * reminder, not each one it missed.
 */
const latestOffset = `(SELECT max(k) FROM unnest(c."reminderOffsets") k
                       WHERE d."dueDate" + k <= $2::date
                         AND d."dueDate" + k > (c."signedAt" AT TIME ZONE 'Europe/Warsaw')::date)`;

/** An e-mail with news about this charge already went out today (a link, suspension, demand …). */
const toldToday = `EXISTS (SELECT 1 FROM "BillingStep" s WHERE s."chargeId" = d."chargeId" AND s."runDay" = $2::date
                            AND s."step" IN ('link', 'void', 'terminate', 'notice', 'demand', 'suspend'))`;

type NoticeKind = 'link' | 'reminder' | 'card';

function candidates(kind: NoticeKind): string {
  if (kind === 'link')
    return `SELECT d."contractId", d."chargeId", 'link'::text AS "step", 0 AS "k", false AS "quiet"
              FROM ${DUE_TABLE} d JOIN "Contract" c ON c."id" = d."contractId"
             WHERE c."status" IN ${LIVE} AND d."notifyAt" <= $1`;
  return `SELECT x."contractId", x."chargeId", '${kind === 'card' ? 'card' : 'reminder'}:' || x."k" AS "step", x."k",
                 x."quiet"
            FROM (SELECT d."contractId", d."chargeId", ${latestOffset} AS "k", ${toldToday} AS "quiet"
                    FROM ${DUE_TABLE} d JOIN "Contract" c ON c."id" = d."contractId"
                   WHERE ${kind === 'card' ? `c."status" IN ('ACTIVE', 'SUSPENDED') AND ${CARD}` : `c."status" IN ${LIVE} AND NOT ${CARD}`}
                 ) x
           WHERE x."k" IS NOT NULL`;
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
       WHERE ch."id" IN (SELECT "chargeId" FROM cand) AND ch."status" = 'OPEN'
       ORDER BY ch."id" FOR UPDATE),
    step AS (
      INSERT INTO "BillingStep" ("id", "contractId", "chargeId", "step", "runDay", "createdAt")
      SELECT gen_random_uuid()::text, cand."contractId", cand."chargeId", cand."step", $2::date, $1
        FROM cand JOIN locked ON locked."id" = cand."chargeId"
      ON CONFLICT ("chargeId", "step") DO NOTHING
      RETURNING "contractId", "chargeId", "step"),
    moved AS (
      SELECT s."contractId", s."chargeId", s."step", cand."k", cand."quiet", c."payerId", c."beneficiaryId",
             c."number", c."offerId"
        FROM step s JOIN cand ON cand."chargeId" = s."chargeId" JOIN "Contract" c ON c."id" = s."contractId"),
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
