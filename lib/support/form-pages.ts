// What the contact and complaint pages prefill: the signed-in person's name and e-mail, the
// topics, the buyer's orders to pick from, and the seller's contact details.
import { messages } from '@/lib/i18n';
import { seller } from '@/lib/invoices/seller';
import { CONTACT_TOPICS } from './contact';
import { complaintOrderChoices } from './complaint-view';

type Viewer = { id: string; firstName: string; lastName: string; email: string | null } | null;

const nameOf = (v: Viewer) => (v ? `${v.firstName} ${v.lastName}`.trim() : '');

export function contactPage(viewer: Viewer, locale?: string) {
  const topics = messages(locale).support.contact.topics;
  return {
    name: nameOf(viewer),
    email: viewer?.email ?? '',
    topics: CONTACT_TOPICS.map((value) => ({ value, label: topics[value] })),
    seller: seller(),
  };
}

export async function complaintPage(viewer: Viewer, orderId: string | undefined, locale?: string) {
  const orders = viewer ? await complaintOrderChoices(viewer.id, locale) : null;
  return {
    name: nameOf(viewer),
    email: viewer?.email ?? '',
    orders,
    orderId: orders?.some((o) => o.value === orderId) ? orderId! : '',
  };
}
