// A local stand-in for KSeF API 2.0 on node:http: the same paths (under /v2), bodies, status
// codes, error shapes and limits as open-api.json, real cryptography and real checks, so the app
// switches to the Ministry's TEST environment by configuration only. It also serves the public QR
// verification pages (/invoice/…, /certificate/…).
import { createPublicKey, type KeyObject } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createTimers } from '@/lib/payments/payu/simulator/timers';
import { applyMode, controlPage, setModeOverHttp, type ControlMode } from './control';
import { authStatus, challenge, ksefToken, newJwtSecret, redeem, refresh } from './auth';
import { BodyTooLarge, sendException, sendJson, sendProblem, sendTooMany } from './http';
import { invoiceStatus, upoByKsefNumber, upoByReference } from './invoice-reads';
import { sendInvoice } from './invoices';
import { simulatorKeys } from './keys';
import { createRateLimiter, KSEF_RATE_LIMITS, type Limit, type RateGroup } from './rate-limit';
import { closeSession, openSession, sessionStatus } from './sessions';
import { newReference, type SimContext, type SimInvoice, type SimSession } from './state';
import { certificatePage, invoicePage } from './verify-pages';

export type KsefSimulatorOptions = {
  /** 0 picks a free port. */
  port?: number;
  host?: string;
  /** The one taxpayer context the simulator knows, and the KSeF token that authenticates for it. */
  nip: string;
  token: string;
  /** Base URL browsers use for the QR pages; defaults to the bound address. */
  publicUrl?: string;
  accessTtlMs?: number;
  refreshTtlMs?: number;
  sessionTtlMs?: number;
  /** How long authentication stays "in progress" (status 100). */
  authDelayMs?: number;
  /** How long each processing step of an invoice takes (100 → 150 → final). */
  processingDelayMs?: number;
  /** Lower limits than KSeF's, so a test reaches a 429 in a few requests. */
  rateLimits?: Partial<Record<RateGroup, Limit>>;
  /** The simulator's clock, ms since epoch. */
  now?: () => number;
  log?: (line: string) => void;
};

/**
 * 'down': every KSeF request answers 503, as KSeF's gateway does during an outage or maintenance
 * (the connection itself still opens); 'up' ends it; 'reject-next' rejects the next invoice that
 * would otherwise be accepted. Also over HTTP: POST /simulator/mode.
 */
export type KsefSimMode = ControlMode;

export type KsefSimulator = {
  /** Origin, e.g. http://127.0.0.1:8104 (the QR pages live here). */
  url: string;
  /** The API root to use as KSEF_BASE_URL: `${url}/v2`. */
  apiUrl: string;
  port: number;
  /** 'reject-next' makes the next invoice that passes every check be rejected (450) instead. */
  setMode(mode: KsefSimMode): void;
  /** Adds an offline certificate whose key signs QR code II links (serial in hex). */
  registerOfflineCertificate(serial: string, publicKey: KeyObject | string): void;
  /** Live views for tests. */
  sessions: ReadonlyMap<string, SimSession>;
  invoices: ReadonlyMap<string, SimInvoice>;
  accepted: ReadonlyMap<string, SimInvoice>;
  /** Resolves once every invoice and session close in flight is processed. */
  idle(): Promise<void>;
  close(): Promise<void>;
};

type Handler = (
  ctx: SimContext,
  req: IncomingMessage,
  res: ServerResponse,
  ...params: string[]
) => void | Promise<void>;

const listPublicKeys: Handler = (ctx, _req, res) =>
  sendJson(
    res,
    200,
    Object.values(ctx.keys).map((k) => k.wire),
  );

const REF = '([0-9A-Z-]{36})';
const ROUTES: Array<[method: string, path: RegExp, group: RateGroup | null, handler: Handler]> = [
  ['GET', /^\/v2\/security\/public-key-certificates$/, 'publicKeys', listPublicKeys],
  ['POST', /^\/v2\/auth\/challenge$/, 'auth', challenge],
  ['POST', /^\/v2\/auth\/ksef-token$/, 'auth', ksefToken],
  ['POST', /^\/v2\/auth\/token\/redeem$/, 'auth', redeem],
  ['POST', /^\/v2\/auth\/token\/refresh$/, 'auth', refresh],
  ['GET', new RegExp(`^/v2/auth/${REF}$`), 'auth', authStatus],
  ['POST', /^\/v2\/sessions\/online$/, 'onlineSession', openSession],
  ['POST', new RegExp(`^/v2/sessions/online/${REF}/invoices/?$`), 'invoiceSend', sendInvoice],
  ['POST', new RegExp(`^/v2/sessions/online/${REF}/close$`), 'onlineSession', closeSession],
  ['GET', new RegExp(`^/v2/sessions/${REF}$`), 'sessionMisc', sessionStatus],
  ['GET', new RegExp(`^/v2/sessions/${REF}/invoices/ksef/([0-9A-F-]{35,36})/upo$`), 'sessionMisc', upoByKsefNumber],
  ['GET', new RegExp(`^/v2/sessions/${REF}/invoices/${REF}/upo$`), 'sessionMisc', upoByReference],
  ['GET', new RegExp(`^/v2/sessions/${REF}/invoices/${REF}$`), 'invoiceStatus', invoiceStatus],
  ['GET', /^\/invoice\/(\d{10})\/(\d{2}-\d{2}-\d{4})\/([A-Za-z0-9_-]{43})$/, null, invoicePage],
  [
    'GET',
    /^\/certificate\/.+$/,
    null,
    (ctx, req, res) => certificatePage(ctx, req, res, new URL(req.url ?? '/', 'http://x').pathname),
  ],
  [
    'GET',
    /^\/$/,
    null,
    (ctx, _req, res) => sendJson(res, 200, { service: 'ksef-simulator', nip: ctx.settings.nip, api: '/v2' }),
  ],
];

async function dispatch(ctx: SimContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const path = new URL(req.url ?? '/', 'http://localhost').pathname;
  if (path === '/simulator' && req.method === 'GET') return controlPage(ctx, req, res);
  if (path === '/simulator/mode' && req.method === 'POST') return setModeOverHttp(ctx, req, res);
  if (ctx.mode === 'down') return sendProblem(req, res, 503, 'Usługa KSeF jest chwilowo niedostępna.');
  let pathMatched = false;
  for (const [method, pattern, group, handler] of ROUTES) {
    const m = pattern.exec(path);
    if (!m) continue;
    pathMatched = true;
    if (method !== req.method) continue;
    if (group) {
      const limited = ctx.limiter.take(group, ctx.now());
      if (limited) return sendTooMany(req, res, limited.retryAfterSeconds, limited.detail);
    }
    return handler(ctx, req, res, ...m.slice(1).map(decodeURIComponent));
  }
  if (pathMatched) return sendProblem(req, res, 405, `Metoda ${req.method} nie jest obsługiwana.`);
  sendProblem(req, res, 404, `Nie ma zasobu ${path}.`);
}

export async function startKsefSimulator(options: KsefSimulatorOptions): Promise<KsefSimulator> {
  const log = options.log ?? (() => {});
  const now = options.now ?? Date.now;
  const timers = createTimers();
  const ctx: SimContext = {
    settings: {
      nip: options.nip,
      token: options.token,
      tokenReference: newReference('EC', now()),
      accessTtlMs: options.accessTtlMs ?? 15 * 60_000,
      refreshTtlMs: options.refreshTtlMs ?? 7 * 24 * 3600_000,
      sessionTtlMs: options.sessionTtlMs ?? 12 * 3600_000,
      authDelayMs: options.authDelayMs ?? 30,
      processingDelayMs: options.processingDelayMs ?? 30,
    },
    keys: await simulatorKeys(),
    jwtSecret: newJwtSecret(),
    challenges: new Map(),
    operations: new Map(),
    tokens: new Map(),
    sessions: new Map(),
    invoices: new Map(),
    accepted: new Map(),
    acceptedByHash: new Map(),
    acceptedByIdentity: new Map(),
    corrected: new Set(),
    offlineCertificates: new Map(),
    limiter: createRateLimiter({ ...KSEF_RATE_LIMITS, ...options.rateLimits }),
    timers,
    pending: new Set(),
    mode: 'up',
    rejectNext: 0,
    publicUrl: '',
    now,
    log,
  };

  const server = createServer((req, res) => {
    dispatch(ctx, req, res).catch((e: unknown) => {
      const tooLarge = e instanceof BodyTooLarge;
      if (!tooLarge) log(`error ${req.method} ${req.url}: ${e instanceof Error ? e.stack : String(e)}`);
      if (res.headersSent) return void res.end();
      if (tooLarge)
        return sendException(req, res, 21405, 'Błąd walidacji danych wejściowych.', ['Treść żądania jest zbyt duża.']);
      sendJson(res, 500, { status: { code: 500, description: 'Nieznany błąd (500)' } });
    });
  });

  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  ctx.publicUrl = (options.publicUrl ?? url).replace(/\/+$/, '');

  return {
    url,
    apiUrl: `${url}/v2`,
    port,
    setMode: (mode) => applyMode(ctx, mode),
    registerOfflineCertificate(serial, publicKey) {
      ctx.offlineCertificates.set(
        serial.toUpperCase(),
        typeof publicKey === 'string' ? createPublicKey(publicKey) : publicKey,
      );
    },
    sessions: ctx.sessions,
    invoices: ctx.invoices,
    accepted: ctx.accepted,
    async idle() {
      do {
        await timers.deferredDone();
        await Promise.all(ctx.pending);
      } while (timers.hasDeferred() || ctx.pending.size);
    },
    close() {
      timers.clear();
      return new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
