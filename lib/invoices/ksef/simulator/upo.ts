// The UPO (official receipt) of one accepted invoice, in the structure of upo-v4-3.xsd. The real
// one carries the Ministry's XAdES signature; the schema itself has no place for it, and the
// simulator has no Ministry key to sign with, so its UPO is unsigned.
import { create } from 'xmlbuilder2';
import { wireTime } from './http';
import type { SimInvoice, SimSession } from './state';

const NS = 'http://upo.schematy.mf.gov.pl/KSeF/v4-3';

export function buildUpo(session: SimSession, invoice: SimInvoice, tokenReference: string): Buffer {
  const doc = create({ version: '1.0', encoding: 'UTF-8' })
    .ele(NS, 'Potwierdzenie', { wersjaSchemy: '4-3' })
    .ele('NazwaPodmiotuPrzyjmujacego')
    .txt('Ministerstwo Finansów')
    .up()
    .ele('NumerReferencyjnySesji')
    .txt(session.referenceNumber)
    .up()
    .ele('Uwierzytelnienie')
    .ele('IdKontekstu')
    .ele('Nip')
    .txt(session.nip)
    .up()
    .up()
    .ele('NumerReferencyjnyTokenaKSeF')
    .txt(tokenReference)
    .up()
    .up()
    .ele('NazwaStrukturyLogicznej')
    .txt('schemat_FA(3)_v1-0E.xsd')
    .up()
    .ele('KodFormularza')
    .txt('FA (3)')
    .up()
    .ele('Dokument')
    .ele('NipSprzedawcy')
    .txt(invoice.sellerNip!)
    .up()
    .ele('NumerKSeFDokumentu')
    .txt(invoice.ksefNumber!)
    .up()
    .ele('NumerFaktury')
    .txt(invoice.invoiceNumber!)
    .up()
    .ele('DataWystawieniaFaktury')
    .txt(invoice.issueDate!)
    .up()
    .ele('DataPrzeslaniaDokumentu')
    .txt(wireTime(invoice.invoicingDate))
    .up()
    .ele('DataNadaniaNumeruKSeF')
    .txt(wireTime(invoice.acquisitionDate!))
    .up()
    .ele('SkrotDokumentu')
    .txt(invoice.invoiceHash)
    .up()
    .ele('TrybWysylki')
    .txt(invoice.invoicingMode!)
    .up()
    .up()
    .doc();
  return Buffer.from(doc.end({ prettyPrint: true }), 'utf8');
}
