// What a PDF prints about KSeF (lib/invoices/pdf.ts KsefMark): the KSeF number and QR code I
// once KSeF accepted the document; for an offline one still to be sent, QR code I labelled
// OFFLINE and QR code II (the issuer's certificate, kody-qr.md). Nothing while an online
// document waits for KSeF's answer: it has no KSeF identity to print yet.
import { db } from '@/lib/db/client';
import { ksefConfig } from '@/lib/invoices/ksef/env';
import { certificateVerificationUrl, invoiceVerificationUrl, type KsefMark } from '@/lib/invoices/ksef/qr';

export type KsefSubject = { invoiceId: string } | { correctionId: string };

export async function ksefMarkOf(subject: KsefSubject): Promise<KsefMark | null> {
  const doc = await db().ksefDocument.findUnique({
    where: 'invoiceId' in subject ? { invoiceId: subject.invoiceId } : { correctionId: subject.correctionId },
    select: {
      status: true,
      offline: true,
      ksefNumber: true,
      xmlSha256: true,
      invoice: { select: { issuedAt: true, snapshot: true } },
      correction: { select: { issuedAt: true, snapshot: true } },
    },
  });
  if (!doc) return null;
  const subjectRow = doc.invoice ?? doc.correction;
  const sellerNip = (subjectRow?.snapshot as { seller?: { nip?: string } } | null)?.seller?.nip;
  if (!subjectRow?.issuedAt || !sellerNip) return null;
  const cfg = ksefConfig();
  const verifyUrl = invoiceVerificationUrl({
    qrBaseUrl: cfg.qrBaseUrl,
    sellerNip,
    issueDate: subjectRow.issuedAt,
    xmlSha256Base64Url: doc.xmlSha256,
  });
  if (doc.status === 'ACCEPTED' && doc.ksefNumber)
    return { ksefNumber: doc.ksefNumber, verifyUrl, certificateUrl: null };
  if (!doc.offline || doc.status === 'REJECTED') return null;
  const cert = cfg.offlineCertificate;
  return {
    ksefNumber: null,
    verifyUrl,
    certificateUrl: cert
      ? certificateVerificationUrl({
          qrBaseUrl: cfg.qrBaseUrl,
          contextNip: cfg.nip,
          sellerNip,
          certificateSerial: cert.serial,
          xmlSha256Base64Url: doc.xmlSha256,
          privateKeyPem: cert.privateKeyPem,
        })
      : null,
  };
}
