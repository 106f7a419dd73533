// Outbox: an e-mail is written in the same transaction as the change that causes it, and
// delivered by a job after the commit. A crash in between leaves a QUEUED row that the
// sweeper job picks up, so no message is lost and none is sent twice.
import type { Tx } from '@/lib/db/client';
import { templates, type TemplateName, type TemplateProps } from '@/emails';
import { randomUUID } from 'node:crypto';
import { attachmentsColumn, renderEmail } from './render';

export async function queueEmail<N extends TemplateName>(
  tx: Tx,
  to: string,
  template: N,
  props: TemplateProps<N>,
  /** The recipient's language (lib/locale/choose.ts localeOfUser), kept for rendering on delivery. */
  locale = 'pl',
): Promise<string> {
  const { attachments, ...rendered } = await renderEmail(template, props);
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
  locale = 'pl',
): Promise<string | null> {
  const { attachments, ...rendered } = await renderEmail(template, props);
  const id = randomUUID();
  const { count } = await tx.emailMessage.createMany({
    data: [{ id, to, template, onceKey, locale, ...rendered, attachments: attachmentsColumn(attachments) }],
    skipDuplicates: true,
  });
  return count === 1 ? id : null;
}

const MARK = '\u0000';

/**
 * A template's subject as an SQL expression, for hot paths that queue a message (template +
 * props, rendered on delivery) from within one statement. The template's own subject function
 * is called with markers in place of the props, so its wording stays in one place:
 * `subjectSql('order-paid', { orderNumber: 'o."number"' })` →
 * `concat('Płatność przyjęta — zamówienie ', o."number")`.
 */
export function subjectSql<N extends TemplateName>(
  template: N,
  columns: Partial<Record<keyof TemplateProps<N> & string, string>>,
): string {
  const marked = new Proxy({}, { get: (_, key) => `${MARK}${String(key)}${MARK}` });
  const subject = (templates[template].subject as (p: unknown) => string)(marked);
  const parts = subject.split(MARK).map((part, i) => {
    if (i % 2 === 0) return `'${part.replace(/'/g, "''")}'`;
    const column = (columns as Record<string, string | undefined>)[part];
    if (!column) throw new Error(`The subject of template ${template} uses "${part}", which was not given`);
    return column;
  });
  return `concat(${parts.join(', ')})`;
}
