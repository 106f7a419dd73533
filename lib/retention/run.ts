// The daily `retention.run`: walks the retention table, runs each rule's runner, and logs the
// counts per record type — to the server log and as one system entry in the audit log. Every
// runner deletes only what is past its period, so a second run the same day removes nothing.
import { currentTime } from '@/lib/clock/clock';
import { db } from '@/lib/db/client';
import { recordAudit } from '@/lib/audit';
import { warsawDateKey } from '@/lib/format/time';
import { RETENTION_TABLE, type RecordType } from './rules/table';
import { RUNNERS, type Runner } from './runners';

export type RetentionRun = { at: Date; counts: Partial<Record<RecordType, number>>; failed: RecordType[] };

export async function runRetention(now = currentTime(), runners: Record<RecordType, Runner | null> = RUNNERS) {
  const counts: Partial<Record<RecordType, number>> = {};
  const failed: RecordType[] = [];
  for (const rule of RETENTION_TABLE) {
    const run = runners[rule.type];
    if (!run) continue;
    try {
      counts[rule.type] = await run(now);
    } catch (e) {
      // One failing type must not stop the others; the job is retried tomorrow.
      failed.push(rule.type);
      console.error(`[retention] ${rule.type} failed`, e instanceof Error ? e.message : e);
    }
  }
  const removed = Object.entries(counts).filter(([, n]) => n);
  console.log(
    `[retention] ${warsawDateKey(now)}: ${removed.length ? removed.map(([t, n]) => `${t} ${n}`).join(', ') : 'nothing due'}`,
  );
  await db().$transaction((tx) =>
    recordAudit(tx, {
      actorId: null,
      action: 'retention.run',
      objectType: 'retention',
      objectId: warsawDateKey(now),
      after: { counts, ...(failed.length ? { failed } : {}) },
    }),
  );
  return { at: now, counts, failed } satisfies RetentionRun;
}
