// The FA(3) documents the platform sends to KSeF (schemas/FA3.xsd): a paid order's VAT invoice
// and a refund's correcting invoice. Deterministic UTF-8 XML, valid against the schema
// (validate.ts); data it must refuse throws Fa3InputError, which retrying will not cure.
export { buildInvoiceXml } from './invoice';
export { buildCorrectionXml, type Fa3CorrectionMeta } from './correction';
export { FA3_NAMESPACE, type Fa3Meta } from './parts';
export { Fa3InputError } from './text';
