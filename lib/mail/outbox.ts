// Outbox: an e-mail is written in the same transaction as the change that causes it, and
// delivered by a job after the commit. A crash in between leaves a QUEUED row that the
// sweeper job picks up, so no message is lost and none is sent twice.
import type { Tx } from '@/lib/db/client';
import { templates, type TemplateName, type TemplateProps } from '@/emails';
import { newRowId, type Sql } from '@/lib/db/sql';
import { renderEmail } from './render';

export async function queueEmail<N extends TemplateName>(tx: Tx, to: string, template: N, props: TemplateProps<N>): Promise<string> {
  const rendered = await renderEmail(template, props);
  const row = await tx.emailMessage.create({ data: { to, template, ...rendered }, select: { id: true } });
  return row.id;
}

/** An outbox row holding only the subject and the props; the delivery job renders the body. */
export function unrenderedEmail<N extends TemplateName>(to: string, template: N, props: TemplateProps<N>) {
  const subject = (templates[template].subject as (p: TemplateProps<N>) => string)(props);
  return { id: newRowId(), to, subject, template, props: JSON.stringify(props) };
}

/** Queues an unrendered message inside a plain-SQL transaction (hot paths). */
export async function queueEmailUnrendered<N extends TemplateName>(sql: Sql, to: string, template: N, props: TemplateProps<N>): Promise<string> {
  const m = unrenderedEmail(to, template, props);
  await sql.query(
    `INSERT INTO "EmailMessage" ("id", "to", "subject", "template", "props") VALUES ($1, $2, $3, $4, $5::jsonb)`,
    [m.id, m.to, m.subject, m.template, m.props],
  );
  return m.id;
}
