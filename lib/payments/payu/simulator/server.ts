// A local stand-in for PayU (REST API v2.1, Poland) on node:http: same URLs, bodies, status
// codes and signed notifications, so the app switches to the real sandbox by configuration only.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { PayuPayByLink } from '../types';
import { BodyTooLarge, readBody, sendJson } from './http';
import { createNotifier, PAYU_RETRY_DELAYS_MS, type Delivery } from './notifier';
import { authorize } from './oauth';
import { cancelOrder, createOrder, retrieveOrder } from './orders';
import { showPayPage, submitPayment } from './pay';
import { DEFAULT_PAY_BY_LINKS, listPayMethods } from './paymethods';
import { createRefund } from './refunds';
import type { SimCard, SimContext, SimOrder } from './state';
import { createTimers } from './timers';

export type PayuSimulatorOptions = {
  /** 0 picks a free port. */
  port?: number;
  host?: string;
  posId: string;
  clientId: string;
  clientSecret: string;
  secondKey: string;
  /** Base URL browsers use to reach /pay/…; defaults to the bound address. */
  publicUrl?: string;
  /** Delays between notification tries; the last repeats up to 20 tries. Default: PayU's schedule. */
  retryDelaysMs?: number[];
  /** Currencies the POS accepts (the public sandbox POS is PLN-only). */
  currencies?: string[];
  /** The POS's methods (GET /api/v2_1/paymethods); default: card form, BLIK and the pay page's banks. */
  payByLinks?: PayuPayByLink[];
  tokenTtlSeconds?: number;
  /** How long a refund stays PENDING before FINALIZED and its notification. */
  refundDelayMs?: number;
  log?: (line: string) => void;
};

export type PayuSimulator = {
  url: string;
  port: number;
  /** Live view of the simulator's orders, for tests. */
  orders: ReadonlyMap<string, SimOrder>;
  /** Live view of the saved cards by extCustomerId, for tests. */
  cards: ReadonlyMap<string, readonly SimCard[]>;
  /** Every notification attempt so far, in order. */
  deliveries: readonly Delivery[];
  /** Resolves once pending refunds are finalised and every notification delivered or given up on. */
  idle(): Promise<void>;
  close(): Promise<void>;
};

type Handler = (ctx: SimContext, req: IncomingMessage, res: ServerResponse, id: string) => void | Promise<void>;

const ROUTES: Array<[method: string, path: RegExp, handler: Handler]> = [
  ['POST', /^\/pl\/standard\/user\/oauth\/authorize$/, authorize],
  ['GET', /^\/api\/v2_1\/paymethods\/?$/, listPayMethods],
  ['POST', /^\/api\/v2_1\/orders\/?$/, createOrder],
  ['GET', /^\/api\/v2_1\/orders\/([^/]+)$/, retrieveOrder],
  ['DELETE', /^\/api\/v2_1\/orders\/([^/]+)$/, cancelOrder],
  ['POST', /^\/api\/v2_1\/orders\/([^/]+)\/refunds$/, createRefund],
  ['GET', /^\/pay\/([^/]+)$/, showPayPage],
  ['POST', /^\/pay\/([^/]+)$/, submitPayment],
  ['GET', /^\/$/, (ctx, _req, res) => sendJson(res, 200, { service: 'payu-simulator', posId: ctx.settings.posId })],
];

async function dispatch(ctx: SimContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const path = new URL(req.url ?? '/', 'http://localhost').pathname;
  let pathMatched = false;
  for (const [method, pattern, handler] of ROUTES) {
    const m = pattern.exec(path);
    if (!m) continue;
    pathMatched = true;
    if (method !== req.method) continue;
    // PayU rejects a GET that carries a body (RFC 9110) with 403.
    if (method === 'GET' && path.startsWith('/api/') && (await readBody(req)).length > 0)
      return sendJson(res, 403, {
        status: { statusCode: 'ERROR_FORBIDDEN', severity: 'ERROR', statusDesc: 'A GET request must not carry a body' },
      });
    return handler(ctx, req, res, decodeURIComponent(m[1] ?? ''));
  }
  if (pathMatched)
    return sendJson(res, 405, {
      status: { statusCode: 'ERROR_METHOD_NOT_ALLOWED', statusDesc: `${req.method} not allowed` },
    });
  sendJson(res, 404, { status: { statusCode: 'DATA_NOT_FOUND', statusDesc: `No such endpoint: ${path}` } });
}

export async function startPayuSimulator(options: PayuSimulatorOptions): Promise<PayuSimulator> {
  const log = options.log ?? (() => {});
  const timers = createTimers();
  const ctx: SimContext = {
    settings: {
      posId: options.posId,
      clientId: options.clientId,
      clientSecret: options.clientSecret,
      secondKey: options.secondKey,
      currencies: options.currencies ?? ['PLN'],
      payByLinks: options.payByLinks ?? DEFAULT_PAY_BY_LINKS,
      tokenTtlSeconds: options.tokenTtlSeconds ?? 43199,
      refundDelayMs: options.refundDelayMs ?? 50,
    },
    publicUrl: '',
    orders: new Map(),
    extOrderIds: new Set(),
    tokens: new Map(),
    cards: new Map(),
    notifier: createNotifier({
      secondKey: options.secondKey,
      retryDelaysMs: options.retryDelaysMs ?? PAYU_RETRY_DELAYS_MS,
      timers,
      log,
    }),
    timers,
    log,
  };

  const server = createServer((req, res) => {
    dispatch(ctx, req, res).catch((e: unknown) => {
      const tooLarge = e instanceof BodyTooLarge;
      if (!tooLarge) log(`error ${req.method} ${req.url}: ${e instanceof Error ? e.stack : String(e)}`);
      if (res.headersSent) return void res.end();
      if (tooLarge)
        return sendJson(res, 413, { status: { statusCode: 'ERROR_SYNTAX', statusDesc: 'Request body too large' } });
      sendJson(res, 500, { status: { statusCode: 'ERROR_INTERNAL', statusDesc: 'Simulator error' } });
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
    port,
    orders: ctx.orders,
    cards: ctx.cards,
    deliveries: ctx.notifier.deliveries,
    async idle() {
      // A deferred job (refund finalisation) may queue a notification, and vice versa: settle both.
      do {
        await timers.deferredDone();
        await ctx.notifier.idle();
      } while (timers.hasDeferred());
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
