// Enqueuing background jobs, callable from any area: by name, with the retry policy of
// lib/jobs/names.ts. No handler is imported here (they are registered in lib/jobs/registry.ts).
import { boss } from './boss';
import { JOB_RETRY_LIMITS, type JobName } from './names';

export type { JobName } from './names';

export async function enqueue(name: JobName, data: Record<string, unknown>, singletonKey?: string): Promise<void> {
  const b = await boss();
  await b.send(name, data, { retryLimit: JOB_RETRY_LIMITS[name], retryBackoff: true, retryDelay: 5, singletonKey });
}

/** Many jobs of one name in one INSERT (each with its own singleton key), as after a numbering burst. */
export async function enqueueMany(
  name: JobName,
  jobs: readonly { data: Record<string, unknown>; singletonKey?: string }[],
): Promise<void> {
  if (jobs.length === 0) return;
  const b = await boss();
  const retryLimit = JOB_RETRY_LIMITS[name];
  await b.insert(jobs.map((j) => ({ name, ...j, retryLimit, retryBackoff: true, retryDelay: 5 })));
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
    const retryLimit = JOB_RETRY_LIMITS['email.deliver'];
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
