// The staff mailbox: what the platform sent (or, without SMTP, only stored).
import { db } from '@/lib/db/client';

export function listMail(opts: { to?: string; take?: number } = {}) {
  return db().emailMessage.findMany({
    where: opts.to ? { to: { contains: opts.to.toLowerCase(), mode: 'insensitive' } } : undefined,
    orderBy: { createdAt: 'desc' },
    take: opts.take ?? 100,
    select: { id: true, to: true, subject: true, status: true, createdAt: true },
  });
}

export function getMail(id: string) {
  return db().emailMessage.findUnique({
    where: { id },
    select: { id: true, to: true, subject: true, status: true, createdAt: true, sentAt: true, html: true, text: true, lastError: true },
  });
}
