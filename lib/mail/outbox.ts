// Outbox: an e-mail is written in the same transaction as the change that causes it, and
// delivered by a job after the commit. A crash in between leaves a QUEUED row that the
// sweeper job picks up, so no message is lost and none is sent twice.
import type { Tx } from '@/lib/db/client';
import type { TemplateName, TemplateProps } from '@/emails';
import { renderEmail } from './render';

export async function queueEmail<N extends TemplateName>(tx: Tx, to: string, template: N, props: TemplateProps<N>): Promise<string> {
  const rendered = await renderEmail(template, props);
  const row = await tx.emailMessage.create({ data: { to, template, ...rendered }, select: { id: true } });
  return row.id;
}
