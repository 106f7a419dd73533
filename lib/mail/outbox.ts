// Outbox: an e-mail is written in the same transaction as the change that causes it, and
// delivered by a job after the commit. A crash in between leaves a QUEUED row that the
// sweeper job picks up, so no message is lost and none is sent twice.
import type { Tx } from '@/lib/db/client';
import { templates, type TemplateName, type TemplateProps } from '@/emails';
import { randomUUID } from 'node:crypto';
import { LOCALES } from '@/lib/i18n';
import { attachmentsColumn, mailLocale, renderEmail } from './render';

/**
 * The recipient's language: the caller's when it knows better (a sign-up in the visitor's
 * language, before the account has one), else the one the account with this address chose
 * (lib/locale/choose.ts), else Polish (a shared office address, an account that never chose).
 * Looked up here, in the queueing transaction, so that no call site can pass the sender's.
 */
async function recipientLocale(tx: Tx, to: string, given: string | undefined): Promise<string> {
  if (given !== undefined) return mailLocale(given);
  const user = await tx.user.findUnique({ where: { email: to.toLowerCase() }, select: { locale: true } });
  return mailLocale(user?.locale);
}

export async function queueEmail<N extends TemplateName>(
  tx: Tx,
  to: string,
  template: N,
  props: TemplateProps<N>,
  /** The recipient's language, when the caller knows it; otherwise their account's (recipientLocale). */
  given?: string,
): Promise<string> {
  const locale = await recipientLocale(tx, to, given);
  const { attachments, ...rendered } = await renderEmail(template, props, locale);
  const row = await tx.emailMessage.create({
    data: { to, template, locale, ...rendered, attachments: attachmentsColumn(attachments) },
    select: { id: true },
  });
  return row.id;
}

/**
 * Queues a message sent once per event, named by `onceKey`: when a message with that key already
 * exists (a repeated action, a retried job, a second instance) nothing is written and null is
 * returned. ON CONFLICT DO NOTHING, so the caller's transaction stays usable.
 */
export async function queueEmailOnce<N extends TemplateName>(
  tx: Tx,
  onceKey: string,
  to: string,
  template: N,
  props: TemplateProps<N>,
  given?: string,
): Promise<string | null> {
  const locale = await recipientLocale(tx, to, given);
  const { attachments, ...rendered } = await renderEmail(template, props, locale);
  const id = randomUUID();
  const { count } = await tx.emailMessage.createMany({
    data: [{ id, to, template, onceKey, locale, ...rendered, attachments: attachmentsColumn(attachments) }],
    skipDuplicates: true,
  });
  return count === 1 ? id : null;
}

const MARK = '\u0000';

/** One language's subject of a template as a concat() over the given columns. */
function subjectConcat(template: TemplateName, columns: Record<string, string | undefined>, locale: string): string {
  const marked = new Proxy({}, { get: (_, key) => `${MARK}${String(key)}${MARK}` });
  const subject = (templates[template].subject as (p: unknown, locale: string) => string)(marked, locale);
  const parts = subject.split(MARK).map((part, i) => {
    if (i % 2 === 0) return `'${part.replace(/'/g, "''")}'`;
    const column = columns[part];
    if (!column) throw new Error(`The subject of template ${template} uses "${part}", which was not given`);
    return column;
  });
  return `concat(${parts.join(', ')})`;
}

/**
 * A template's subject as an SQL expression, for hot paths that queue a message (template +
 * props, rendered on delivery) from within one statement. The template's own subject function
 * is called with markers in place of the props, so its wording stays in one place:
 * `subjectSql('order-paid', { orderNumber: 'o."number"' })` →
 * `concat('Płatność przyjęta — zamówienie ', o."number")`; with `localeSql` (the row's "locale"
 * expression) a CASE over every language, Polish for anything else.
 */
export function subjectSql<N extends TemplateName>(
  template: N,
  columns: Partial<Record<keyof TemplateProps<N> & string, string>>,
  localeSql?: string,
): string {
  const cols = columns as Record<string, string | undefined>;
  const pl = subjectConcat(template, cols, 'pl');
  if (!localeSql) return pl;
  const others = LOCALES.filter((l) => l !== 'pl').map((l) => `WHEN '${l}' THEN ${subjectConcat(template, cols, l)}`);
  return `(CASE ${localeSql} ${others.join(' ')} ELSE ${pl} END)`;
}

/** The recipient's language as SQL, for an outbox row written in SQL: their account's, else Polish. */
export const recipientLocaleSql = (emailSql: string) =>
  `coalesce((SELECT ru."locale" FROM "User" ru WHERE ru."email" = lower(${emailSql})), 'pl')`;
