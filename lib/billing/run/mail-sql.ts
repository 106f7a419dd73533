// The outbox rows of the daily run, written in the same statement as the step they report: props
// from the candidate row (contract, charge, payer, offer: billing_due), rendered when delivered
// (emails/billing/*). The onceKey is the one every billing e-mail uses,
// `billing:<contractId>:<chargeId>:<step>`, so a rerun, a second instance or a staff "send again"
// through queueEmailOnce never sends it twice.
import type { TemplateName } from '@/emails';
import { recipientLocaleSql, subjectSql } from '@/lib/mail/outbox';

/** The run's own templates (emails/billing/*): every one takes BillingMailProps and more. */
export type BillingTemplate = Extract<
  TemplateName,
  | 'billing-pay-link'
  | 'billing-reminder'
  | 'billing-suspended'
  | 'billing-demand'
  | 'billing-termination-notice'
  | 'billing-terminated'
  | 'billing-voided'
>;

/** The onceKey of a step's e-mail, as SQL over a relation with "contractId", "chargeId", "step". */
export const onceKeySql = (m: string) =>
  `'billing:' || ${m}."contractId" || ':' || ${m}."chargeId" || ':' || ${m}."step"`;

/**
 * INSERT … SELECT of one e-mail per row of relation `rel` (aliased m), which carries the columns of
 * billing_due and "step"; `extra` adds jsonb_build_object pairs over m; rows where `where` fails
 * are left out. RETURNING "id" for dispatching after the commit. `desk`: the relation carries
 * billing_due's "deskPlace" (a DESK contract's centre address, else null), passed on as a prop.
 */
export function billingMailInsert(
  template: BillingTemplate,
  rel: string,
  extra = '',
  where = 'true',
  desk = true,
): string {
  // The payer's language (their account's): the message is rendered in it on delivery.
  const locale = recipientLocaleSql('m."email"');
  const subject = subjectSql(template, { contractNumber: 'm."number"', chargeLabel: 'm."label"' }, locale);
  return `INSERT INTO "EmailMessage" ("id", "to", "locale", "subject", "template", "props", "onceKey")
    SELECT gen_random_uuid()::text, m."email", ${locale}, ${subject}, '${template}',
           jsonb_build_object('firstName', m."firstName", 'contractNumber', m."number", 'offerTitle', m."offerTitle",
             'chargeId', m."chargeId", 'chargeLabel', m."label", 'amount', m."owed", 'currency', m."currency",
             'dueDate', to_char(m."dueDate", 'YYYY-MM-DD')${desk ? `, 'deskPlace', m."deskPlace"` : ''}${extra ? `, ${extra}` : ''}),
           ${onceKeySql('m')}
      FROM ${rel} m
     WHERE m."email" IS NOT NULL AND (${where})
    ON CONFLICT ("onceKey") DO NOTHING
    RETURNING "id"`;
}
