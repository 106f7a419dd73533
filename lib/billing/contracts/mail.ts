// Contract e-mails queued once per event (onceKey `billing:<contract>:<charge>:<step>`) from
// either kind of transaction: the row carries the template and its props and is rendered on
// delivery, like the payment notification's own confirmation (lib/settlement/order-paid-mail.ts),
// in the language of the account with the address (Polish when none chose one).
import { randomUUID } from 'node:crypto';
import { templates, type TemplateName, type TemplateProps } from '@/emails';
import { mailLocale } from '@/lib/mail/render';
import { queryOf, type Conn } from './conn';

export const billingOnceKey = (contractId: string, chargeId: string | null, step: string) =>
  `billing:${contractId}:${chargeId ?? '-'}:${step}`;

/** Queues the message unless one with the key exists; returns its id, or null when it did. */
export async function queueBillingEmail<N extends TemplateName>(
  conn: Conn,
  onceKey: string,
  to: string | null,
  template: N,
  props: TemplateProps<N>,
): Promise<string | null> {
  if (!to) return null;
  const q = queryOf(conn);
  const [user] = await q<{ locale: string | null }>(`SELECT "locale" FROM "User" WHERE "email" = lower($1)`, [to]);
  const locale = mailLocale(user?.locale);
  const subject = (templates[template].subject as (p: TemplateProps<N>, locale: string) => string)(props, locale);
  const rows = await q<{ id: string }>(
    `INSERT INTO "EmailMessage" ("id", "to", "locale", "subject", "template", "props", "onceKey")
     VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7) ON CONFLICT ("onceKey") DO NOTHING RETURNING "id"`,
    [randomUUID(), to, locale, subject, template, JSON.stringify(props), onceKey],
  );
  return rows[0]?.id ?? null;
}
