// The contract confirmation in words, the same in the e-mail and on the order page: the consent
// state, what each item's withdrawal right is, and the documents that go with it.
import { withdrawalWindow } from '@/lib/families/rules/withdrawal';
import { formatDateTime, formatLastDay } from '@/lib/format/time';
import { messages } from '@/lib/i18n';
import { findVersion } from '@/lib/legal/registry';
import {
  contractConfirmation,
  type ContractDocument,
  type ContractStatement,
} from '@/lib/orders/rules/contract-confirmation';
import type { WithdrawalItemKind } from '@/lib/orders/rules/withdrawal';

export type ContractTerms = {
  buyerType: 'PERSON' | 'COMPANY';
  consent: boolean;
  termsVersion: string;
  termsAcceptedAt: Date;
  paidAt: Date | null;
  kinds: readonly WithdrawalItemKind[];
};

/**
 * The end of the 14-day withdrawal term (exclusive), counted from the conclusion of the contract
 * (the click, as the terms say), the same reckoning as lib/orders/rules/withdrawal.ts enforces.
 */
export function withdrawalEnd(f: { termsAcceptedAt: Date }): Date {
  return withdrawalWindow(f.termsAcceptedAt).until;
}

export type ContractSummary = {
  terms: string;
  consent: string;
  statements: string[];
  documents: { kind: ContractDocument; label: string }[];
};

/**
 * `familyUrl`: the absolute address of the family page, where parents withdraw per child;
 * `locale`: the reader's language (the e-mail's recipient, the page's viewer).
 */
export function contractSummary(c: ContractTerms, familyUrl: string, locale?: string): ContractSummary {
  const t = messages(locale).contract;
  const at = formatDateTime(c.termsAcceptedAt, locale);
  const lastDay = formatLastDay(withdrawalEnd(c), locale);
  const confirmation = contractConfirmation(
    c.kinds.map((kind) => ({ kind, buyerType: c.buyerType, consent: c.consent })),
  );
  const said: Record<ContractStatement, () => string> = {
    rightLost: () => t.statements.rightLost,
    serviceProRata: () => t.statements.serviceProRata(lastDay),
    withdrawalRight: () => t.statements.withdrawalRight(lastDay),
    familyProcedure: () => t.statements.familyProcedure(lastDay, familyUrl),
    business: () => t.statements.business,
  };
  const onlyFamily = c.kinds.length > 0 && c.kinds.every((k) => k === 'family');
  return {
    terms: t.page.terms(c.termsVersion, at),
    consent:
      c.buyerType !== 'PERSON'
        ? t.consent.notApplicable
        : onlyFamily
          ? t.consent.family
          : c.consent
            ? t.consent.given(at)
            : t.consent.notGiven,
    statements: confirmation.statements.map((s) => said[s]()),
    // A version missing from lib/legal/registry cannot be rendered, so it is not offered.
    documents: confirmation.documents
      .filter((kind) => kind !== 'terms' || findVersion('terms', c.termsVersion))
      .map((kind) => ({ kind, label: kind === 'terms' ? t.documents.terms(c.termsVersion) : t.documents[kind] })),
  };
}
