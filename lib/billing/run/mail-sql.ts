// The outbox rows of the daily run, written in the same statement as the step they report: props
// built from the contract, its charge and its payer, rendered when delivered (emails/billing/*).
// The onceKey is the one every billing e-mail uses, `billing:<contractId>:<chargeId>:<step>`, so a
// rerun, a second instance or a staff "send again" through queueEmailOnce never sends it twice.
import type { TemplateName } from '@/emails';
import { subjectSql } from '@/lib/mail/outbox';

export type BillingTemplate = Extract<TemplateName, `billing-${string}`>;

/** The onceKey of a step's e-mail, as SQL over a relation with "contractId", "chargeId", "step". */
export const onceKeySql = (m: string) =>
  `'billing:' || ${m}."contractId" || ':' || ${m}."chargeId" || ':' || ${m}."step"`;

/**
 * INSERT … SELECT of one e-mail per row of relation `rel` (aliased m: "contractId", "chargeId",
 * "step", "payerId", "number", "offerId"), with `extra` more jsonb_build_object pairs (over m and
 * the charge ch); rows where `where` fails are left out. RETURNING "id" for dispatching after commit.
 */
export function billingMailInsert(template: BillingTemplate, rel: string, extra = '', where = 'true'): string {
  const m = 'm';
  const subject = subjectSql(template, { contractNumber: `${m}."number"`, chargeLabel: 'ch."label"' });
  return `INSERT INTO "EmailMessage" ("id", "to", "subject", "template", "props", "onceKey")
    SELECT gen_random_uuid()::text, u."email", ${subject}, '${template}',
           jsonb_build_object('firstName', u."firstName", 'contractNumber', ${m}."number", 'offerTitle', o."title",
             'chargeId', ch."id", 'chargeLabel', ch."label", 'amount', ch."amount" - ch."discount",
             'currency', ch."currency", 'dueDate', to_char(ch."dueDate", 'YYYY-MM-DD')${extra ? `, ${extra}` : ''}),
           ${onceKeySql(m)}
      FROM ${rel} m
      JOIN "User" u ON u."id" = ${m}."payerId"
      JOIN "ContractCharge" ch ON ch."id" = ${m}."chargeId"
      JOIN "BillingOffer" o ON o."id" = ${m}."offerId"
     WHERE u."email" IS NOT NULL AND (${where})
    ON CONFLICT ("onceKey") DO NOTHING
    RETURNING "id"`;
}
