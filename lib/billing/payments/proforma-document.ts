// The pro-forma PDF of a charge for whoever may see it: the payer (owner in the where clause) or
// staff; anyone else, or a charge without a pro-forma number, gets null (404).
import { db } from '@/lib/db/client';
import type { Currency } from '@/lib/format/money';
import { seller } from '@/lib/invoices/seller';
import { messages } from '@/lib/i18n';
import { renderProformaPdf } from './proforma-pdf';
import { contractBuyer } from './contract-buyer';

export async function proformaDocumentFor(
  chargeId: string,
  viewer: { id: string; staff: boolean },
): Promise<{ fileName: string; pdf: Buffer } | null> {
  const c = await db().contractCharge.findFirst({
    where: {
      id: chargeId,
      proformaNumber: { not: null },
      ...(viewer.staff ? {} : { contract: { payerId: viewer.id } }),
    },
    select: {
      proformaNumber: true,
      label: true,
      amount: true,
      discount: true,
      currency: true,
      dueDate: true,
      createdAt: true,
      contract: {
        select: {
          id: true,
          number: true,
          vatRate: true,
          payerId: true,
          offer: { select: { title: true } },
          payer: { select: { firstName: true, lastName: true, email: true } },
        },
      },
    },
  });
  if (!c?.proformaNumber) return null;
  const invoiceData = await contractBuyer(db(), c.contract.id, c.contract.payerId);
  const company = invoiceData?.buyerType === 'COMPANY' && invoiceData.companyName;
  const s = seller();
  const pdf = await renderProformaPdf({
    number: c.proformaNumber,
    contractNumber: c.contract.number,
    issueDate: c.createdAt,
    deadline: c.dueDate,
    seller: { name: s.name, nip: s.nip, addressLines: s.addressLines, bankAccount: s.bankAccount },
    buyer: {
      name: company ? invoiceData.companyName! : `${c.contract.payer.firstName} ${c.contract.payer.lastName}`,
      nip: company ? invoiceData.nip : null,
      addressLines: [
        invoiceData?.street,
        [invoiceData?.postalCode, invoiceData?.city].filter(Boolean).join(' '),
        company ? null : c.contract.payer.email,
      ].filter((l): l is string => !!l),
    },
    line: {
      name: `${c.contract.offer.title} — ${c.label}`,
      gross: c.amount,
      discount: c.discount,
      vatRate: c.contract.vatRate,
    },
    currency: c.currency as Currency,
  });
  return { fileName: messages().billingPay.proforma.fileName(c.proformaNumber), pdf };
}
