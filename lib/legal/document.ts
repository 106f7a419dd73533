// A legal document (terms, privacy policy) as typed data: versioned modules render it on the
// site, and the version id is what registration and orders record as accepted.
import type { Seller } from '@/lib/invoices/seller-env';

/** One numbered clause (ustęp); `points` are its lettered/numbered points. */
export type Clause = string | { text: string; points: string[] };

export type LegalSection = {
  /** Anchor on the page (`/regulamin#reklamacje`). */
  id: string;
  title: string;
  clauses: Clause[];
  /** Marks a section that applies only to a product not sold yet. */
  later?: boolean;
};

/** A form to be filled in and sent (the model withdrawal form of annex 2 to the act). */
export type LegalAnnex = { id: string; title: string; lines: string[] };

export type LegalDocument = {
  kind: 'terms' | 'privacy';
  /** Stable id, also the URL segment: "2026-12-01". */
  version: string;
  /** First day (Europe/Warsaw) the version applies to contracts made from then on. */
  effectiveFrom: string;
  title: string;
  intro?: string;
  /** What changed against the previous version, shown on top and linked from the notice e-mail. */
  changes?: string[];
  sections: LegalSection[];
  annexes: LegalAnnex[];
};

/** What a document's text needs from the configuration. */
export type LegalContext = {
  seller: Seller;
  /** Absolute URLs of the pages the text names. */
  urls: { site: string; terms: string; privacy: string; familyTerms: string; complaints: string; contact: string };
};

/** A versioned module: its id and date, and its text from the context. */
export type LegalVersion = {
  kind: LegalDocument['kind'];
  version: string;
  effectiveFrom: string;
  render: (ctx: LegalContext) => LegalDocument;
  /**
   * Courtesy translations of this version, by language: shown to a reader of that language
   * above the Polish original, which alone binds (the contracts are made in Polish).
   */
  translations?: Partial<Record<'en', (ctx: LegalContext) => LegalDocument>>;
};
