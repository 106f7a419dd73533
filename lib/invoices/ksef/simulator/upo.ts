// The UPO (official receipt) of one accepted invoice, in the structure of upo-v4-3.xsd. The real
// one carries the Ministry's XAdES signature; the schema itself has no place for it, and the
// simulator has no Ministry key to sign with, so its UPO is unsigned.
import { create } from 'xmlbuilder2';
import { wireTime } from './http';
import type { SimInvoice, SimSession } from './state';

const NS = 'http://upo.schematy.mf.gov.pl/KSeF/v4-3';

export function buildUpo(session: SimSession, invoice: SimInvoice, tokenReference: string): Buffer {
  const doc = create(
    { version: '1.0', encoding: 'UTF-8' },
    {
      Potwierdzenie: {
        '@xmlns': NS,
        '@wersjaSchemy': '4-3',
        NazwaPodmiotuPrzyjmujacego: 'Ministerstwo Finansów',
        NumerReferencyjnySesji: session.referenceNumber,
        Uwierzytelnienie: { IdKontekstu: { Nip: session.nip }, NumerReferencyjnyTokenaKSeF: tokenReference },
        NazwaStrukturyLogicznej: 'schemat_FA(3)_v1-0E.xsd',
        KodFormularza: 'FA (3)',
        Dokument: {
          NipSprzedawcy: invoice.sellerNip,
          NumerKSeFDokumentu: invoice.ksefNumber,
          NumerFaktury: invoice.invoiceNumber,
          DataWystawieniaFaktury: invoice.issueDate,
          DataPrzeslaniaDokumentu: wireTime(invoice.invoicingDate),
          DataNadaniaNumeruKSeF: wireTime(invoice.acquisitionDate!),
          SkrotDokumentu: invoice.invoiceHash,
          TrybWysylki: invoice.invoicingMode,
        },
      },
    },
  );
  return Buffer.from(doc.end({ prettyPrint: true }), 'utf8');
}
