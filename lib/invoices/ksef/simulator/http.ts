// Request/response helpers for the node:http simulator, and KSeF's error shapes: ExceptionResponse
// by default, Problem Details when the client sends `X-Error-Format: problem-details`, and the
// Problem Details KSeF always uses for 401 and 403 (open-api.json).
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

// An invoice may be 1 MB (3 MB with attachments); Base64 and JSON around it stay below this.
const MAX_BODY = 6 * 1024 * 1024;

export class BodyTooLarge extends Error {}

export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = chunk as Buffer;
    size += buf.length;
    if (size > MAX_BODY) throw new BodyTooLarge();
    chunks.push(buf);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The JSON body, or null when it is not JSON (the caller answers 21405). */
export async function readJson(req: IncomingMessage): Promise<Record<string, unknown> | null> {
  const text = await readBody(req);
  try {
    const v: unknown = JSON.parse(text);
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

export const wireTime = (ms: number) => new Date(ms).toISOString().replace('Z', '+00:00');

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': headers['Content-Type'] ?? 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

export function sendBytes(
  res: ServerResponse,
  status: number,
  type: string,
  body: Buffer,
  headers: Record<string, string> = {},
) {
  res.writeHead(status, { 'Content-Type': type, 'Content-Length': body.length, ...headers });
  res.end(body);
}

export function sendHtml(res: ServerResponse, status: number, html: string) {
  sendBytes(res, status, 'text/html; charset=utf-8', Buffer.from(html, 'utf8'), { 'Cache-Control': 'no-store' });
}

const traceId = () => randomBytes(16).toString('hex');
const wantsProblem = (req: IncomingMessage) =>
  String(req.headers['x-error-format'] ?? '').toLowerCase() === 'problem-details';
const pathOf = (req: IncomingMessage) => new URL(req.url ?? '/', 'http://localhost').pathname;

/** 400 with one KSeF exception (code, description, details), in the shape the client asked for. */
export function sendException(
  req: IncomingMessage,
  res: ServerResponse,
  code: number,
  description: string,
  details: string[] = [],
  referenceNumber?: string,
) {
  const timestamp = wireTime(Date.now());
  if (wantsProblem(req)) {
    return sendJson(
      res,
      400,
      {
        title: 'Bad Request',
        status: 400,
        instance: pathOf(req),
        detail: description,
        errors: [{ code, description, details }],
        timestamp,
        traceId: traceId(),
      },
      { 'Content-Type': 'application/problem+json; charset=utf-8' },
    );
  }
  sendJson(res, 400, {
    exception: {
      exceptionDetailList: [{ exceptionCode: code, exceptionDescription: description, details }],
      ...(referenceNumber ? { referenceNumber } : {}),
      serviceCode: traceId(),
      serviceCtx: 'srvSIMKSEF',
      serviceName: 'ksef-simulator',
      timestamp,
    },
  });
}

/** 401/403 (always Problem Details, as KSeF answers them). */
export function sendProblem(
  req: IncomingMessage,
  res: ServerResponse,
  status: 401 | 403 | 404 | 405 | 410 | 413 | 503,
  detail: string,
  extra: Record<string, unknown> = {},
) {
  const titles = {
    401: 'Unauthorized',
    403: 'Forbidden',
    404: 'Not Found',
    405: 'Method Not Allowed',
    410: 'Gone',
    413: 'Payload Too Large',
    503: 'Service Unavailable',
  };
  sendJson(
    res,
    status,
    {
      title: titles[status],
      status,
      detail,
      instance: pathOf(req),
      timestamp: wireTime(Date.now()),
      traceId: traceId(),
      ...extra,
    },
    { 'Content-Type': 'application/problem+json; charset=utf-8' },
  );
}

/** 429 with Retry-After, in the shape the client asked for. */
export function sendTooMany(req: IncomingMessage, res: ServerResponse, retryAfterSeconds: number, detail: string) {
  const headers = { 'Retry-After': String(retryAfterSeconds) };
  if (wantsProblem(req)) {
    return sendJson(
      res,
      429,
      {
        title: 'Too Many Requests',
        status: 429,
        instance: pathOf(req),
        detail,
        timestamp: wireTime(Date.now()),
        traceId: traceId(),
      },
      { ...headers, 'Content-Type': 'application/problem+json; charset=utf-8' },
    );
  }
  sendJson(res, 429, { status: { code: 429, description: 'Too Many Requests', details: [detail] } }, headers);
}
