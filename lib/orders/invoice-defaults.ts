// A returning buyer does not retype their invoice data: the checkout form starts from what
// their last order carried (a company's name, NIP and address; a person's address if given).
import { db } from '@/lib/db/client';

export type InvoiceDefaults = {
  buyerType: 'PERSON' | 'COMPANY';
  companyName?: string;
  nip?: string;
  street?: string;
  postalCode?: string;
  city?: string;
};

/** The invoice data of the buyer's latest order that had any, or null for a first order. */
export async function lastInvoiceData(userId: string): Promise<InvoiceDefaults | null> {
  const o = await db().order.findFirst({
    where: { userId, OR: [{ nip: { not: null } }, { street: { not: null } }] },
    orderBy: { createdAt: 'desc' },
    select: { buyerType: true, companyName: true, nip: true, street: true, postalCode: true, city: true },
  });
  if (!o) return null;
  const present = (v: string | null) => v ?? undefined;
  return {
    buyerType: o.buyerType,
    companyName: present(o.companyName),
    nip: present(o.nip),
    street: present(o.street),
    postalCode: present(o.postalCode),
    city: present(o.city),
  };
}
