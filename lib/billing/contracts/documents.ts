// A signed contract's documents on a durable medium (razem B2, art. 21 u.p.k.): the terms as
// accepted, the withdrawal instruction and the model form (and the early-start request when made),
// rendered from the contract's own records by the same PDF code as an order's confirmation, and
// with a `locale` as their courtesy translations (lib/orders/confirmation/courtesy.ts).
import { db } from '@/lib/db/client';
import { messages, type Locale } from '@/lib/i18n';
import type { CopyLocale } from '@/lib/orders/confirmation/courtesy';
import { findVersion } from '@/lib/legal/registry';
import { schoolLicenceTerms } from '@/lib/legal/terms/school-licence';
import type { ContractFacts } from '@/lib/orders/confirmation/facts';
import { fileNameOf, renderContractDocument, type ContractFile } from '@/lib/orders/confirmation/documents';
import type { ContractDocument } from '@/lib/orders/rules/contract-confirmation';
import { isPlanCode, planPolicy } from '@/lib/billing/rules/plans';
import { accountContractPath, contractSlug } from '@/lib/billing/queries/paths';

/** The documents a contract's confirmation carries: a consumer's the withdrawal kit, a business's the terms. */
export function contractDocuments(c: { planCode: string; immediateStartConsent: boolean }): ContractDocument[] {
  const consumer = isPlanCode(c.planCode) ? planPolicy(c.planCode).consumer : true;
  if (!consumer) return ['terms'];
  return c.immediateStartConsent
    ? ['terms', 'earlyStart', 'withdrawalInstruction', 'withdrawalForm']
    : ['terms', 'withdrawalInstruction', 'withdrawalForm'];
}

/** The contract as the order-confirmation PDFs read it: one service, concluded at signing. */
async function contractFacts(
  contractId: string,
  locale: Locale,
): Promise<(ContractFacts & { documents: ContractDocument[]; planCode: string }) | null> {
  const c = await db().contract.findUnique({
    where: { id: contractId },
    select: {
      id: true,
      number: true,
      planCode: true,
      termsVersion: true,
      signedAt: true,
      activatedAt: true,
      immediateStartConsent: true,
      currency: true,
      amount: true,
      offer: { select: { title: true } },
      payer: { select: { firstName: true, lastName: true } },
    },
  });
  if (!c) return null;
  return {
    id: c.id,
    number: c.number,
    buyerType: 'PERSON',
    buyerName: `${c.payer.firstName} ${c.payer.lastName}`,
    consent: c.immediateStartConsent,
    termsVersion: c.termsVersion,
    termsAcceptedAt: c.signedAt,
    paidAt: c.activatedAt,
    currency: c.currency,
    totalGross: c.amount,
    items: [{ name: c.offer.title, quantity: 1, totalGross: c.amount, kind: 'service' }],
    familyPackages: [],
    contract: {
      path: accountContractPath(c.number),
      earlyStartText: messages(locale).languageSignup.immediateStart,
    },
    documents: contractDocuments(c),
    planCode: c.planCode,
  };
}

/** One document of a contract as a file (its copy in `copy`); null when the contract or the document is not there. */
export async function contractFile(
  kind: ContractDocument,
  contractId: string,
  copy?: CopyLocale,
): Promise<ContractFile | null> {
  const locale = copy ?? 'pl';
  const f = await contractFacts(contractId, locale);
  if (!f || !f.documents.includes(kind)) return null;
  // A school licence is bought on the licence's own terms (seed §2.8), not the site's.
  const terms = f.planCode === 'licence-proforma' ? schoolLicenceTerms : findVersion('terms', f.termsVersion);
  const pdf = await renderContractDocument(kind, f, terms, locale);
  const termsVersion = terms?.version ?? f.termsVersion;
  return pdf ? { fileName: fileNameOf(kind, { number: contractSlug(f.number), termsVersion }, copy), pdf } : null;
}
