// Deleting support records past their period (the retention table, lib/retention/rules/table.ts):
// contact messages a year after sending, complaints three years after the answer.
import { currentTime } from '@/lib/clock/clock';
import { db } from '@/lib/db/client';
import { retentionCutoffs } from '@/lib/legal/rules/retention';

export async function purgeContactMessages(now = currentTime()): Promise<number> {
  const cut = retentionCutoffs(now);
  return (await db().contactMessage.deleteMany({ where: { createdAt: { lt: cut.contactMessage } } })).count;
}

/** An unanswered complaint is never deleted: it is still owed an answer. */
export async function purgeAnsweredComplaints(now = currentTime()): Promise<number> {
  const cut = retentionCutoffs(now);
  return (await db().complaint.deleteMany({ where: { answeredAt: { lt: cut.complaintAnswered } } })).count;
}

export async function purgeSupportRecords(now = currentTime()) {
  return { contactMessages: await purgeContactMessages(now), complaints: await purgeAnsweredComplaints(now) };
}
