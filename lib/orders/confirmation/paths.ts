// Where an order's contract documents are downloaded from: one route per document under the
// order's page, named in Polish like every URL of the site.
import type { ContractDocument } from '@/lib/orders/rules/contract-confirmation';

export const DOCUMENT_FILE: Record<ContractDocument, string> = {
  terms: 'regulamin.pdf',
  earlyStart: 'potwierdzenie.pdf',
  withdrawalInstruction: 'pouczenie.pdf',
  withdrawalForm: 'formularz-odstapienia.pdf',
};

export const documentPath = (orderId: string, kind: ContractDocument) =>
  `/zamowienia/${orderId}/${DOCUMENT_FILE[kind]}`;
