// Typed client for KSeF API 2.0 on fetch, implementing KsefGateway: token authentication, one
// reused online session, invoice status and UPO. The same code talks to the local simulator and
// to the Ministry's TEST, DEMO and production environments: only baseUrl, NIP and token differ.
import { isKsefNumber } from '../number';
import {
  KsefRequestError,
  KsefUnavailableError,
  type KsefGateway,
  type KsefInvoiceStatus,
  type KsefSent,
} from '../types';
import { createApi, field, type ApiCall } from './api';
import { createAccessTokens } from './auth';
import { encryptInvoice } from './crypto';
import { ksefCodeOf } from './errors';
import { createOnlineSessions, SESSION_GONE_CODES } from './online-session';
import { createPublicKeys } from './public-keys';
import { DEFAULT_RETRY, type FetchLike, type KsefResponse, type RetryPolicy } from './transport';

export type KsefClientOptions = {
  /** API root with its version, e.g. https://api-test.ksef.mf.gov.pl/v2. */
  baseUrl: string;
  nip: string;
  token: string;
  fetchImpl?: FetchLike;
  /** Clock for token and session expiry, ms since epoch (tests move it). */
  now?: () => number;
  timeoutMs?: number;
  retry?: Partial<RetryPolicy>;
  /** Waits between authentication status polls, and how to wait (real time unless a test says otherwise). */
  authPollDelaysMs?: number[];
  pollSleep?: (ms: number) => Promise<void>;
};

export type KsefClient = KsefGateway & {
  /** Closes the open online session, if any (shutdown, tests). */
  closeSession(): Promise<void>;
  /** The current session's reference number, opening one if needed. */
  sessionReference(): Promise<string>;
};

type WireStatus = {
  ksefNumber?: string | null;
  acquisitionDate?: string | null;
  invoicingMode?: 'Online' | 'Offline' | null;
  status: { code: number; description: string; details?: string[] | null; extensions?: Record<string, string | null> };
};

/** KSeF's invoice status codes (SessionInvoiceStatusResponse): 100/150 still working, 200 accepted, ≥ 400 rejected. */
export function toInvoiceStatus(body: WireStatus): KsefInvoiceStatus {
  const { code, description, details } = body.status;
  if (code === 100 || code === 150) return { state: 'PROCESSING' };
  if (code === 200) {
    if (!body.ksefNumber || !isKsefNumber(body.ksefNumber) || !body.acquisitionDate) {
      throw new KsefUnavailableError(`KSeF reported success without a valid KSeF number (${body.ksefNumber})`);
    }
    return {
      state: 'ACCEPTED',
      ksefNumber: body.ksefNumber,
      acquisitionDate: body.acquisitionDate,
      invoicingMode: body.invoicingMode ?? null,
    };
  }
  return { state: 'REJECTED', code, description, details: details ?? [] };
}

export function createKsefClient(options: KsefClientOptions): KsefClient {
  const now = options.now ?? Date.now;
  const retry = { ...DEFAULT_RETRY, ...options.retry };
  const api = createApi({
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    fetchImpl: options.fetchImpl ?? fetch,
    timeoutMs: options.timeoutMs ?? 30_000,
    retry,
  });
  const keys = createPublicKeys(api, now);
  const tokens = createAccessTokens({
    api,
    keys,
    nip: options.nip,
    token: options.token,
    now,
    pollDelaysMs: options.authPollDelaysMs ?? [100, 200, 400, 800, 1600, 3200, 5000, 5000, 5000, 5000],
    sleep: options.pollSleep ?? DEFAULT_RETRY.sleep,
  });
  const sessions = createOnlineSessions(api, keys, now);
  const bearer = () => tokens.get();

  /** An authorised call; one retry with a fresh token if KSeF says 401 (expired early, revoked). */
  async function authed(call: Omit<ApiCall, 'bearer'>): Promise<KsefResponse> {
    const token = await tokens.get();
    try {
      return await api({ ...call, bearer: token });
    } catch (e) {
      if (!(e instanceof KsefRequestError && e.status === 401)) throw e;
      tokens.invalidate(token);
      return api({ ...call, bearer: await tokens.get() });
    }
  }

  const sessionPath = (sent: KsefSent) =>
    `/sessions/${encodeURIComponent(sent.sessionReference)}/invoices/${encodeURIComponent(sent.invoiceReference)}`;

  return {
    async send(submission) {
      for (let attempt = 0; ; attempt++) {
        const session = await sessions.current(bearer);
        const body = {
          ...encryptInvoice(session, submission.xml),
          offlineMode: submission.offlineMode,
          ...(submission.hashOfCorrectedInvoice ? { hashOfCorrectedInvoice: submission.hashOfCorrectedInvoice } : {}),
        };
        try {
          const res = await authed({
            method: 'POST',
            path: `/sessions/online/${encodeURIComponent(session.referenceNumber)}/invoices`,
            body,
            ok: [202],
          });
          session.sent++;
          return {
            sessionReference: session.referenceNumber,
            invoiceReference: field(res, 'referenceNumber', 'the invoice'),
          };
        } catch (e) {
          // The session was closed, expired or filled up at KSeF: open another, once.
          if (attempt > 0 || !SESSION_GONE_CODES.has(ksefCodeOf(e) ?? 0)) throw e;
          sessions.drop(session.referenceNumber);
        }
      }
    },

    async status(sent) {
      const res = await authed({ method: 'GET', path: sessionPath(sent), ok: [200] });
      return toInvoiceStatus(res.body as WireStatus);
    },

    async upo(sent, ksefNumber) {
      const res = await authed({
        method: 'GET',
        path: `/sessions/${encodeURIComponent(sent.sessionReference)}/invoices/ksef/${encodeURIComponent(ksefNumber)}/upo`,
        ok: [200],
        accept: 'application/xml',
      });
      return res.raw;
    },

    closeSession: () => sessions.close(bearer),
    sessionReference: async () => (await sessions.current(bearer)).referenceNumber,
  };
}
