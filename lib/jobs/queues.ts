// Every background job the platform runs: its queue, retry policy and handler.
import type PgBoss from 'pg-boss';
import { db } from '@/lib/db/client';
import { deliverEmail } from '@/lib/mail/transport';
import { reconcileOpenPayments } from '@/lib/settlement/reconcile';
import { boss } from './boss';

type Handler = (data: Record<string, unknown>) => Promise<void>;
type QueueDef = { handler: Handler; retryLimit: number; cron?: string };

export const QUEUES: Record<string, QueueDef> = {
  'email.deliver': {
    retryLimit: 10,
    handler: async (data) => {
      await deliverEmail(String(data.id));
    },
  },
  // Picks up outbox rows whose delivery job was never created (a crash right after commit).
  'email.sweep': {
    retryLimit: 0,
    cron: '* * * * *',
    handler: async () => {
      const stale = await db().emailMessage.findMany({
        where: { status: 'QUEUED', createdAt: { lt: new Date(Date.now() - 60_000) }, attempts: { lt: 10 } },
        select: { id: true },
        take: 500,
      });
      for (const { id } of stale) await enqueue('email.deliver', { id }, id);
    },
  },
  // Numbers invoices a crash left unnumbered between a payment's commit and its numbering.
  'invoices.number': {
    retryLimit: 0,
    cron: '* * * * *',
    handler: async () => {
      const { numberInvoices } = await import('@/lib/invoices/issue');
      await numberInvoices();
    },
  },
  // Asks PayU about payments left open (a notification lost, or a crash before our commit).
  'payments.reconcile': {
    retryLimit: 0,
    cron: '*/5 * * * *',
    handler: async () => {
      await reconcileOpenPayments();
    },
  },
  // Final reports of group uploads whose 2 months are over (idempotent: one report per upload).
  'groups.final-reports': {
    retryLimit: 0,
    cron: '*/15 * * * *',
    handler: async () => {
      const { buildDueReports } = await import('@/lib/groups/final-reports');
      await buildDueReports();
    },
  },
};

export type QueueName = keyof typeof QUEUES;

export async function enqueue(name: QueueName, data: Record<string, unknown>, singletonKey?: string): Promise<void> {
  const b = await boss();
  await b.send(name, data, { retryLimit: QUEUES[name].retryLimit, retryBackoff: true, retryDelay: 5, singletonKey });
}

// Outbox ids waiting to be handed to pg-boss: a burst of commits (PayU's notifications under
// load) becomes one INSERT into the job table instead of one round trip each.
const BATCH_DELAY_MS = 20;
const waiting: { ids: string[]; done: Promise<void> | null } = { ids: [], done: null };

async function flushDispatch(): Promise<void> {
  const ids = waiting.ids.splice(0);
  waiting.done = null;
  if (ids.length === 0) return;
  try {
    const b = await boss();
    const { retryLimit } = QUEUES['email.deliver'];
    await b.insert(
      ids.map((id) => ({
        name: 'email.deliver',
        data: { id },
        singletonKey: id,
        retryLimit,
        retryBackoff: true,
        retryDelay: 5,
      })),
    );
  } catch (e) {
    // Not fatal: the sweeper delivers them within a minute.
    console.error('[mail] enqueue failed', e instanceof Error ? e.message : e);
  }
}

/** Sends the outbox messages that a just-committed transaction queued (resolves once enqueued). */
export function dispatchEmails(ids: string[]): Promise<void> {
  if (ids.length === 0) return Promise.resolve();
  waiting.ids.push(...ids);
  waiting.done ??= new Promise((resolve) => setTimeout(resolve, BATCH_DELAY_MS)).then(flushDispatch);
  return waiting.done;
}

/** Resolves once every id handed to dispatchEmails so far has been enqueued (shutdown, benches). */
export function emailsDispatched(): Promise<void> {
  return waiting.done ?? Promise.resolve();
}

export async function startWorkers(b: PgBoss): Promise<void> {
  for (const [name, def] of Object.entries(QUEUES)) {
    await b.createQueue(name);
    await b.work(name, { pollingIntervalSeconds: 0.5 }, async (jobs) => {
      for (const job of jobs) await def.handler((job.data ?? {}) as Record<string, unknown>);
    });
    if (def.cron) await b.schedule(name, def.cron, {}, { tz: 'Europe/Warsaw' });
  }
}
