// The withdrawal instruction and the model form as the visitor reads them before signing (B2: the
// sign-up confirms they were received): the same PDFs the confirmation e-mail carries, for a
// contract concluded today, its number and party not known yet.
import { currentTime } from '@/lib/clock/clock';
import { messages } from '@/lib/i18n';
import { seller } from '@/lib/invoices/seller';
import type { ContractFacts } from '@/lib/orders/confirmation/facts';
import { renderFormPdf, renderInstructionPdf } from '@/lib/orders/confirmation/withdrawal-pdf';
import { defaultProgramme } from '@/lib/language/programme';
import { ACCOUNT_CONTRACTS_PATH } from '@/lib/billing/queries/paths';

export const PREVIEW_DOCUMENTS = { pouczenie: 'withdrawalInstruction', formularz: 'withdrawalForm' } as const;
export type PreviewSlug = keyof typeof PREVIEW_DOCUMENTS;

export const previewDocumentPath = (slug: PreviewSlug) => `/jezyk-polski/zapisy/dokumenty/${slug}`;

export async function previewDocument(slug: string, now = currentTime()) {
  if (!Object.hasOwn(PREVIEW_DOCUMENTS, slug)) return null;
  const kind = PREVIEW_DOCUMENTS[slug as PreviewSlug];
  const programme = await defaultProgramme();
  if (!programme) return null;
  const t = messages().languageSignup;
  const facts: ContractFacts = {
    id: '',
    number: t.preview.number,
    buyerType: 'PERSON',
    buyerName: t.preview.buyer,
    consent: false,
    termsVersion: '',
    termsAcceptedAt: now,
    paidAt: null,
    currency: 'PLN',
    totalGross: 0,
    items: [{ name: programme.title, quantity: 1, totalGross: 0, kind: 'service' }],
    familyPackages: [],
    contract: { path: ACCOUNT_CONTRACTS_PATH, earlyStartText: t.immediateStart },
  };
  const pdf =
    kind === 'withdrawalInstruction'
      ? await renderInstructionPdf(facts, seller())
      : await renderFormPdf(facts, seller());
  return { fileName: t.preview.fileNames[kind], pdf };
}
