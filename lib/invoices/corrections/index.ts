// Correcting invoices (faktury korygujące, art. 106j of the VAT Act) for refunds: issued in the
// transaction that records a refund FINALIZED, numbered in their own "FK" series after it,
// e-mailed to the buyer, listed on the order pages and downloadable as PDFs.
export { issueCorrection, correctionAmount } from './issue';
export { numberCorrections, numberCorrectionsAfterCommit } from './numbering';
export { correctionsOfOrder, type CorrectionRow } from './list';
export { issueMissingCorrections, issueCorrectionInRefund } from './sweep';
