// The simulator's in-memory KSeF: one taxpayer context (NIP + KSeF token), its authentication
// operations and tokens, online sessions, the invoices sent in them and the registry of accepted
// invoices that decides duplicates and answers the QR verification pages.
import { createHmac, randomBytes, type KeyObject } from 'node:crypto';
import { crc8Hex } from '../number';
import type { KeyUsage, SimKey } from './keys';
import type { RateLimiter } from './rate-limit';
import type { Timers } from '@/lib/payments/payu/simulator/timers';

export type Status = { code: number; description: string; details?: string[]; extensions?: Record<string, string> };

export type AuthOperation = {
  referenceNumber: string;
  startDate: number;
  authenticationToken: string;
  /** When the asynchronous check finishes (status 100 until then). */
  readyAt: number;
  outcome: Status;
  redeemed: boolean;
  refreshToken?: string;
  nip: string;
};

export type IssuedToken = {
  kind: 'authentication' | 'access' | 'refresh';
  operation: string;
  expiresAt: number;
  nip: string;
};

export type SimInvoice = {
  ordinalNumber: number;
  referenceNumber: string;
  sessionReference: string;
  invoiceHash: string;
  invoiceSize: number;
  encrypted: Buffer;
  offlineMode: boolean;
  hashOfCorrectedInvoice?: string;
  invoicingDate: number;
  status: Status;
  invoiceNumber?: string;
  sellerNip?: string;
  /** P_1, YYYY-MM-DD. */
  issueDate?: string;
  invoicingMode?: 'Online' | 'Offline';
  ksefNumber?: string;
  acquisitionDate?: number;
  xml?: Buffer;
  upo?: Buffer;
};

export type SimSession = {
  referenceNumber: string;
  nip: string;
  authOperation: string;
  key: Buffer;
  iv: Buffer;
  dateCreated: number;
  dateUpdated: number;
  validUntil: number;
  /** 100 open, 170 closed, 200 processed, 440 cancelled (no invoices), 445 none correct. */
  status: Status;
  invoices: SimInvoice[];
};

export type SimMode = 'up' | 'down';

export type SimSettings = {
  nip: string;
  token: string;
  /** The KSeF token's own reference number, printed in every UPO. */
  tokenReference: string;
  accessTtlMs: number;
  refreshTtlMs: number;
  sessionTtlMs: number;
  authDelayMs: number;
  processingDelayMs: number;
};

export type SimContext = {
  settings: SimSettings;
  keys: Record<KeyUsage, SimKey>;
  jwtSecret: Buffer;
  challenges: Map<string, { timestampMs: number; expiresAt: number; used: boolean }>;
  operations: Map<string, AuthOperation>;
  tokens: Map<string, IssuedToken>;
  sessions: Map<string, SimSession>;
  invoices: Map<string, SimInvoice>;
  /** Accepted invoices by KSeF number, by SHA-256 (Base64) and by seller + kind + number. */
  accepted: Map<string, SimInvoice>;
  acceptedByHash: Map<string, SimInvoice>;
  acceptedByIdentity: Map<string, SimInvoice>;
  /** Hashes of rejected offline invoices already replaced by an accepted technical correction. */
  corrected: Set<string>;
  /** Offline certificates (serial → public key) that QR code II links are checked against. */
  offlineCertificates: Map<string, KeyObject>;
  limiter: RateLimiter;
  timers: Timers;
  /** Asynchronous processing under way (schema validation), awaited by idle(). */
  pending: Set<Promise<void>>;
  mode: SimMode;
  /** Invoices still to be rejected by `setMode('reject-next')`. */
  rejectNext: number;
  publicUrl: string;
  now: () => number;
  log: (line: string) => void;
};

const hex = (bytes: number) => randomBytes(bytes).toString('hex').toUpperCase();

/** A KSeF reference number, e.g. 20250625-SO-2C3E6C8000-B675CF5D68-07 (36 characters, CRC-8 at the end). */
export function newReference(kind: 'CR' | 'AU' | 'SO' | 'EE' | 'EU' | 'EC', now: number): string {
  const date = new Date(now).toISOString().slice(0, 10).replaceAll('-', '');
  const data = `${date}-${kind}-${hex(5)}-${hex(5)}`;
  return `${data}-${crc8Hex(data)}`;
}

const b64url = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');

/** A JWT-shaped token (HS256 with the simulator's secret), recorded so it can be checked and revoked. */
export function issueToken(ctx: SimContext, kind: IssuedToken['kind'], operation: string, ttlMs: number, nip: string) {
  const now = ctx.now();
  const payload = {
    'token-type': { authentication: 'OperationToken', access: 'ContextToken', refresh: 'RefreshToken' }[kind],
    'operation-reference-number': operation,
    'context-identifier-type': 'Nip',
    'context-identifier-value': nip,
    jti: randomBytes(8).toString('hex'),
    iat: Math.floor(now / 1000),
    exp: Math.floor((now + ttlMs) / 1000),
    iss: 'ksef-simulator',
    aud: 'ksef-simulator',
  };
  const head = `${b64url({ alg: 'HS256', typ: 'JWT' })}.${b64url(payload)}`;
  const token = `${head}.${createHmac('sha256', ctx.jwtSecret).update(head).digest('base64url')}`;
  const expiresAt = now + ttlMs;
  ctx.tokens.set(token, { kind, operation, expiresAt, nip });
  return { token, validUntil: expiresAt };
}
