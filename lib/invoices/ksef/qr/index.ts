// The KSeF verification codes printed on an invoice's PDF (kody-qr.md): KOD I for every invoice
// sent to KSeF, KOD II as well for one issued offline. What the PDF needs is one KsefMark.
export { invoiceVerificationUrl, sha256Base64Url } from './invoice-url';
export {
  certificateVerificationUrl,
  parseCertificateUrl,
  verifyCertificateUrl,
  type CertificateUrlParts,
  type ContextIdentifierType,
} from './certificate-url';

/**
 * What the PDF prints for KSeF: the KSeF number (null until KSeF gives one: "OFFLINE" is printed
 * under KOD I then), KOD I's link, and KOD II's link for an invoice issued offline.
 */
export type KsefMark = { ksefNumber: string | null; verifyUrl: string; certificateUrl: string | null };
