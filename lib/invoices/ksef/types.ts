// The contract between invoicing and KSeF (the national e-invoice system, API 2.0): what a
// submission carries, what KSeF answers, and the two ways a send can fail. The typed client in
// lib/invoices/ksef/client/ implements `KsefGateway`; the local simulator speaks the same wire
// format, so nothing above this line knows which one it talks to.

/** One invoice's XML as it will be stored and sent: the bytes are frozen, their hash is its identity. */
export type KsefSubmission = {
  /** The FA(3) document, UTF-8, exactly the bytes whose SHA-256 is printed in QR code I. */
  xml: Buffer;
  /** Issued while KSeF could not be reached (tryby-offline.md): sent later with `offlineMode: true`. */
  offlineMode: boolean;
  /** A technical correction of an offline invoice KSeF rejected (offline/korekta-techniczna.md). */
  hashOfCorrectedInvoice?: string;
};

/** Where a sent invoice can be asked about: its online session and its own reference number. */
export type KsefSent = { sessionReference: string; invoiceReference: string };

export type KsefInvoiceStatus =
  | { state: 'PROCESSING' }
  | {
      state: 'ACCEPTED';
      ksefNumber: string;
      acquisitionDate: string;
      /**
       * The mode KSeF recorded: 'Offline' also for one sent online but received on a later day than
       * its issue date (offline/automatyczne-okreslanie-trybu-offline.md). Absent when not told.
       */
      invoicingMode?: 'Online' | 'Offline' | null;
    }
  | {
      state: 'REJECTED';
      /** KSeF's status code (e.g. 450 "invalid document semantics") and its description. */
      code: number;
      description: string;
      details: string[];
    };

export interface KsefGateway {
  /** Sends one invoice in an online session (opened or reused by the client). */
  send(submission: KsefSubmission): Promise<KsefSent>;
  /** The invoice's processing status in its session. */
  status(sent: KsefSent): Promise<KsefInvoiceStatus>;
  /** The invoice's UPO (official receipt, XML) once it is accepted. */
  upo(sent: KsefSent, ksefNumber: string): Promise<Buffer>;
}

/** KSeF did not answer, answered 5xx, or kept rate-limiting after the client's retries: try later / offline. */
export class KsefUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'KsefUnavailableError';
  }
}

/** KSeF refused the request itself (4xx other than 429): retrying the same bytes will not help. */
export class KsefRequestError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: number | null,
    readonly details: string[] = [],
  ) {
    super(message);
    this.name = 'KsefRequestError';
  }
}
