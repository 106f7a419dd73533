// Deleting support records past the period the privacy policy gives them (lib/legal/rules/retention.ts):
// contact messages a year after sending, complaints three years after the answer.
import { currentTime } from '@/lib/clock/clock';
import { db } from '@/lib/db/client';
import { retentionCutoffs } from '@/lib/legal/rules/retention';

export async function purgeSupportRecords(now = currentTime()) {
  const cut = retentionCutoffs(now);
  const contact = await db().contactMessage.deleteMany({ where: { createdAt: { lt: cut.contactMessage } } });
  // An unanswered complaint is never deleted: it is still owed an answer.
  const complaints = await db().complaint.deleteMany({ where: { answeredAt: { lt: cut.complaintAnswered } } });
  return { contactMessages: contact.count, complaints: complaints.count };
}
