// The mail area's background jobs: delivering one outbox message, and sweeping up the messages
// whose delivery job was never created (their retention is part of retention.run, lib/retention).
import { db } from '@/lib/db/client';
import type { JobDefs } from '@/lib/jobs/names';
import { enqueue } from '@/lib/jobs/queues';
import { deliverEmail } from './transport';

export const mailJobs: JobDefs<'email.deliver' | 'email.sweep'> = {
  'email.deliver': {
    handler: async (data) => {
      await deliverEmail(String(data.id));
    },
  },
  // Picks up outbox rows whose delivery job was never created (a crash right after commit).
  'email.sweep': {
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
};
