// The withdrawal instruction and the model form as the visitor reads them before signing (B2: the
// sign-up confirms they were received): the same PDFs the confirmation e-mail carries, for a
// contract concluded today, its number and party not known yet. `?lang=en|uk` gives the courtesy
// translation (lib/orders/confirmation/courtesy.ts), linked beside the Polish original.
import { currentTime } from '@/lib/clock/clock';
import { messages } from '@/lib/i18n';
import { seller } from '@/lib/invoices/seller';
import type { ContractFacts } from '@/lib/orders/confirmation/facts';
import { renderFormPdf, renderInstructionPdf } from '@/lib/orders/confirmation/withdrawal-pdf';
import { copyFileName, copyLocaleFor, type CopyLocale } from '@/lib/orders/confirmation/courtesy';
import { defaultProgramme } from '@/lib/language/programme';
import { ACCOUNT_CONTRACTS_PATH } from '@/lib/billing/queries/paths';

export const PREVIEW_DOCUMENTS = { pouczenie: 'withdrawalInstruction', formularz: 'withdrawalForm' } as const;
export type PreviewSlug = keyof typeof PREVIEW_DOCUMENTS;

export const previewDocumentPath = (slug: PreviewSlug, copy?: CopyLocale) =>
  `/jezyk-polski/zapisy/dokumenty/${slug}${copy ? `?lang=${copy}` : ''}`;

export async function previewDocument(slug: string, lang?: string | null, now = currentTime()) {
  if (!Object.hasOwn(PREVIEW_DOCUMENTS, slug)) return null;
  const kind = PREVIEW_DOCUMENTS[slug as PreviewSlug];
  const programme = await defaultProgramme();
  if (!programme) return null;
  const copy = copyLocaleFor(lang);
  const locale = copy ?? 'pl';
  const t = messages(locale).languageSignup;
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
      ? await renderInstructionPdf(facts, seller(), locale)
      : await renderFormPdf(facts, seller(), locale);
  const fileName = messages().languageSignup.preview.fileNames[kind];
  return { fileName: copy ? copyFileName(fileName, copy) : fileName, pdf };
}
