// KSeF submission: each numbered invoice and correction as a frozen FA(3) document, sent by a
// job with retries (offline while KSeF is down), its state for staff and its marks for the PDF.
export { ksefMarkOf, type KsefSubject } from './mark';
export { submitLater, type SubmitJob } from './enqueue';
export { submitDocument, submitJob } from './submit';
export { advanceDocument, type StepOutcome } from './send';
export { sweepKsef } from './sweep';
export { resendDocument } from './resend';
export { upoOf } from './upo';
export { invoiceXmlFor, correctionXmlFor, orderKsefView } from './buyer-files';
export { staffKsefList, ksefBacklog, type StaffKsefRow, type StaffKsefFilter } from './staff-list';
export { KSEF_STATES, type KsefState } from './rules/state';
