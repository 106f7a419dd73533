// One desk receipt as staff print it: the receipt row with its charge, contract, payer, child,
// centre and the person who took the money, drawn as the KP PDF. Staff with the desk permission
// only (the route checks it); an unknown id is null (404).
import { db } from '@/lib/db/client';
import { seller } from '@/lib/invoices/seller';
import { messages } from '@/lib/i18n';
import { receiptPdf } from './receipt-pdf';

export async function deskReceiptDocument(receiptId: string): Promise<{ pdf: Buffer; fileName: string } | null> {
  const r = await db().deskReceipt.findUnique({
    where: { id: receiptId },
    select: {
      number: true,
      chargeId: true,
      method: true,
      amount: true,
      currency: true,
      createdAt: true,
      bookedById: true,
      centre: { select: { name: true, street: true, postalCode: true, city: true } },
    },
  });
  if (!r) return null;
  const [charge, staff] = await Promise.all([
    db().contractCharge.findUniqueOrThrow({
      where: { id: r.chargeId },
      select: {
        label: true,
        contract: {
          select: {
            number: true,
            offer: { select: { title: true } },
            payer: { select: { firstName: true, lastName: true, email: true } },
            beneficiary: { select: { firstName: true, lastName: true } },
          },
        },
      },
    }),
    db().user.findUnique({ where: { id: r.bookedById }, select: { firstName: true, lastName: true } }),
  ]);
  const t = messages().centresDesk;
  const s = seller();
  const c = charge.contract;
  const pdf = await receiptPdf({
    number: r.number,
    at: r.createdAt,
    seller: { name: s.name, nip: s.nip, addressLines: s.addressLines },
    centre: {
      name: r.centre?.name ?? '',
      address: r.centre ? `${r.centre.street}, ${r.centre.postalCode} ${r.centre.city}` : '',
    },
    payer: { name: `${c.payer.firstName} ${c.payer.lastName}`, email: c.payer.email },
    child: `${c.beneficiary.firstName} ${c.beneficiary.lastName}`,
    contractNumber: c.number,
    offerTitle: c.offer.title,
    chargeLabel: charge.label,
    amount: r.amount,
    currency: r.currency,
    method: t.methods[r.method] ?? r.method,
    staff: staff ? `${staff.firstName} ${staff.lastName}` : '—',
  });
  return { pdf, fileName: `${r.number.replaceAll('/', '-')}.pdf` };
}
