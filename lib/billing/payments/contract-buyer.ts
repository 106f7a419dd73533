// Whom a contract's pro-forma and VAT invoice name: a school licence's school (A4, A5, A10: the
// school buys, its staff member only orders), else the payer's invoice data of their last order.
import type { Tx } from '@/lib/db/client';

export type BuyerData = {
  buyerType: 'PERSON' | 'COMPANY';
  companyName: string | null;
  nip: string | null;
  street: string | null;
  postalCode: string | null;
  city: string | null;
};

type Reader = Pick<Tx, 'schoolLicence' | 'order'>;

export async function contractBuyer(q: Reader, contractId: string, payerId: string): Promise<BuyerData | null> {
  const licence = await q.schoolLicence.findUnique({
    where: { contractId },
    select: { school: { select: { name: true, nip: true, street: true, postalCode: true, city: true } } },
  });
  if (licence) {
    const s = licence.school;
    return {
      buyerType: 'COMPANY',
      companyName: s.name,
      nip: s.nip,
      street: s.street,
      postalCode: s.postalCode,
      city: s.city,
    };
  }
  return q.order.findFirst({
    where: { userId: payerId, OR: [{ nip: { not: null } }, { street: { not: null } }] },
    orderBy: { createdAt: 'desc' },
    select: { buyerType: true, companyName: true, nip: true, street: true, postalCode: true, city: true },
  });
}
