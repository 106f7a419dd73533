// The seller's part of the configuration (PLANETA_SELLER_*, documented in .env.example, sample
// defaults for development): composed into lib/config/env.ts, so a bad value stops the start-up.
import { z } from 'zod';
import { isValidNip, normaliseNip } from '@/lib/invoices/tax/nip';
import { messages } from '@/lib/i18n';
import {
  SAMPLE_SELLER_ADDRESS,
  SAMPLE_SELLER_NAME,
  SAMPLE_SELLER_REGISTRY_COURT,
  SAMPLE_SELLER_SHARE_CAPITAL,
} from './sample-seller';

export type Seller = {
  name: string;
  nip: string;
  addressLines: string[];
  email: string;
  /** KRS number (National Court Register), shown in the terms and the footer of legal texts. */
  krs: string;
  phone: string;
  /** Where complaints (reklamacje) go; staff are notified here. */
  complaintsEmail: string;
  bankAccount?: string;
  /**
   * Art. 206 § 1 KSH (a company's website, forms and letters): the registry court keeping its
   * file with the KRS division, and the share capital in grosze (PLN). Absent: not printed.
   */
  registryCourt?: string;
  shareCapital?: number;
};

// Checksum-valid but fictitious, so a dev invoice can never pass for a real firm's.
export const SAMPLE_SELLER_NIP = '1234563218';
export const SAMPLE_SELLER_KRS = '0000123456';

/** The value that leaves an optional seller line out. */
const OMITTED = '-';

const text = (fallback: string) => z.preprocess((v) => (v === '' ? undefined : v), z.string().trim().default(fallback));

export const sellerEnvSchema = z.object({
  PLANETA_SELLER_NAME: text(SAMPLE_SELLER_NAME),
  PLANETA_SELLER_NIP: text(SAMPLE_SELLER_NIP).transform(normaliseNip).refine(isValidNip, messages().ops.sellerNip),
  // One line of text; commas separate the printed lines ("ul. Przykładowa 1, 00-001 Warszawa").
  PLANETA_SELLER_ADDRESS: text(SAMPLE_SELLER_ADDRESS),
  PLANETA_SELLER_EMAIL: text('kursy@planeta.edu.pl').pipe(z.email()),
  // Fictitious samples like the NIP: a dev page never names a real company's register entry.
  PLANETA_SELLER_KRS: text(SAMPLE_SELLER_KRS).pipe(z.string().regex(/^\d{10}$/, messages().ops.sellerKrs)),
  PLANETA_SELLER_PHONE: text('+48 22 100 20 30'),
  PLANETA_SELLER_COMPLAINTS_EMAIL: text('reklamacje@planeta.edu.pl').pipe(z.email()),
  PLANETA_SELLER_BANK_ACCOUNT: z.preprocess((v) => (v === '' ? undefined : v), z.string().trim().optional()),
  // "-" leaves a line out (a seller that is no company has neither); unset is the sample.
  PLANETA_SELLER_REGISTRY_COURT: text(SAMPLE_SELLER_REGISTRY_COURT),
  // In złoty as written ("5000", "5 000,00 zł"); kept in grosze like every amount.
  PLANETA_SELLER_SHARE_CAPITAL: text(SAMPLE_SELLER_SHARE_CAPITAL).transform((v, ctx) => {
    if (v === OMITTED) return null;
    const m = /^(\d{1,13})(?:[.,](\d{2}))?$/.exec(v.replace(/[\s\u00a0]/g, '').replace(/zł$/i, ''));
    if (!m) ctx.addIssue({ code: 'custom', message: messages().ops.sellerShareCapital });
    return m ? Number(m[1]) * 100 + Number(m[2] ?? '0') : null;
  }),
});

export type SellerEnv = z.output<typeof sellerEnvSchema>;

/** Seller data from an env-like record; throws naming the bad variable. */
export function parseSeller(source: Record<string, string | undefined>): Seller {
  const r = sellerEnvSchema.safeParse(source);
  if (!r.success) {
    const issues = r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(messages().ops.badSeller(issues));
  }
  return sellerFromEnv(r.data);
}

/** The Seller of validated PLANETA_SELLER_* values. */
export function sellerFromEnv(e: SellerEnv): Seller {
  return {
    name: e.PLANETA_SELLER_NAME,
    nip: e.PLANETA_SELLER_NIP,
    addressLines: e.PLANETA_SELLER_ADDRESS.split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    email: e.PLANETA_SELLER_EMAIL,
    krs: e.PLANETA_SELLER_KRS,
    phone: e.PLANETA_SELLER_PHONE,
    complaintsEmail: e.PLANETA_SELLER_COMPLAINTS_EMAIL,
    ...(e.PLANETA_SELLER_BANK_ACCOUNT ? { bankAccount: e.PLANETA_SELLER_BANK_ACCOUNT } : {}),
    ...(e.PLANETA_SELLER_REGISTRY_COURT !== OMITTED ? { registryCourt: e.PLANETA_SELLER_REGISTRY_COURT } : {}),
    ...(e.PLANETA_SELLER_SHARE_CAPITAL !== null ? { shareCapital: e.PLANETA_SELLER_SHARE_CAPITAL } : {}),
  };
}
