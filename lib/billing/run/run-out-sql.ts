// The end of a contract the payer gave notice on (B7, S10): once its last day (endsOn, or the paid
// period for a plan ended at the end of the paid month) has passed, it is ENDED, charges due after
// that day are no longer owed, the beneficiary's future bookings go, and the payer is told — once,
// keyed on the contract's last charge like every step. Ended notices are looked at for 60 days
// after their last day, so a run that was down for weeks still finishes them.
import { billingMailInsert } from './mail-sql';

export const RUN_OUT_SQL = `WITH ended AS (
    SELECT c."id" AS "contractId", coalesce(c."endsOn", c."paidThrough") AS "lastDay", c."payerId", c."beneficiaryId",
           c."number", c."offerId"
      FROM "Contract" c
     WHERE (c."status" IN ('ACTIVE', 'SUSPENDED') AND c."endsOn" < $2::date)
        OR (c."status" = 'ENDED' AND c."endReason" = 'payer-notice'
            AND coalesce(c."endsOn", c."paidThrough") < $2::date
            AND coalesce(c."endsOn", c."paidThrough") >= $2::date - 60)),
  cand AS (
    SELECT e.*, ch."id" AS "chargeId", ch."label", ch."amount" - ch."discount" AS "owed", ch."currency", ch."dueDate",
           u."email", u."firstName", o."title" AS "offerTitle"
      FROM ended e
      CROSS JOIN LATERAL (SELECT * FROM "ContractCharge" x WHERE x."contractId" = e."contractId"
                           ORDER BY x."seq" DESC LIMIT 1) ch
      JOIN "User" u ON u."id" = e."payerId"
      JOIN "BillingOffer" o ON o."id" = e."offerId"
     WHERE NOT EXISTS (SELECT 1 FROM "BillingStep" s WHERE s."chargeId" = ch."id" AND s."step" = 'run-out')),
  step AS (
    INSERT INTO "BillingStep" ("id", "contractId", "chargeId", "step", "runDay", "createdAt")
    SELECT gen_random_uuid()::text, cand."contractId", cand."chargeId", 'run-out', $2::date, $1 FROM cand
    ON CONFLICT ("chargeId", "step") DO NOTHING
    RETURNING "contractId", "chargeId", "step"),
  moved AS (
    UPDATE "Contract" c SET "status" = 'ENDED', "endedAt" = coalesce(c."endedAt", $1),
           "endReason" = coalesce(c."endReason", 'payer-notice'), "updatedAt" = $1
      FROM step s JOIN cand ON cand."contractId" = s."contractId"
     WHERE c."id" = s."contractId" AND c."status" IN ('ACTIVE', 'SUSPENDED', 'ENDED')
    RETURNING cand.*, s."step"),
  cancelled AS (
    UPDATE "ContractCharge" x SET "status" = 'CANCELLED', "cancelledAt" = $1
      FROM moved m WHERE x."contractId" = m."contractId" AND x."status" = 'OPEN' AND x."dueDate" > m."lastDay"
    RETURNING x."id"),
  events AS (
    INSERT INTO "ContractEvent" ("id", "contractId", "kind", "chargeId", "detail", "createdAt")
    SELECT gen_random_uuid()::text, m."contractId", 'ran-out', m."chargeId",
           jsonb_build_object('step', m."step", 'runDay', $2::date, 'lastDay', m."lastDay"), $1
      FROM moved m),
  mails AS (${billingMailInsert('billing-terminated', 'moved', `'reason', 'notice'`, 'true', false)})
  SELECT (SELECT count(*) FROM step)::int AS "steps",
         (SELECT coalesce(json_agg(json_build_object('contractId', m."contractId", 'beneficiaryId', m."beneficiaryId",
                   'offerId', m."offerId")), '[]') FROM moved m) AS "moved",
         (SELECT coalesce(array_agg("id"), '{}') FROM mails) AS "emailIds"`;
