// Two failure kinds, because callers react differently: PayuError is PayU saying "no" (bad data,
// duplicate order, refund too big — fix the request), PayuUnavailableError means we could not get
// an answer (network, timeout, 5xx — show "spróbuj ponownie" and retry later).
import type { OAuthErrorBody, PayuErrorBody } from './types';

export class PayuError extends Error {
  readonly httpStatus: number;
  readonly statusCode: string;
  readonly code: string | undefined;
  readonly codeLiteral: string | undefined;
  readonly statusDesc: string | undefined;

  constructor(init: {
    httpStatus: number;
    statusCode: string;
    code?: string;
    codeLiteral?: string;
    statusDesc?: string;
  }) {
    const detail = [init.codeLiteral, init.statusDesc].filter(Boolean).join(': ');
    super(`PayU ${init.httpStatus} ${init.statusCode}${detail ? ` (${detail})` : ''}`);
    this.name = 'PayuError';
    this.httpStatus = init.httpStatus;
    this.statusCode = init.statusCode;
    this.code = init.code;
    this.codeLiteral = init.codeLiteral;
    this.statusDesc = init.statusDesc;
  }
}

export class PayuUnavailableError extends Error {
  readonly httpStatus: number | undefined;

  constructor(message: string, options?: { httpStatus?: number; cause?: unknown }) {
    super(message, { cause: options?.cause });
    this.name = 'PayuUnavailableError';
    this.httpStatus = options?.httpStatus;
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function str(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  return undefined;
}

/** Builds a PayuError from a non-success body in either PayU's or OAuth's error shape. */
export function payuErrorFrom(httpStatus: number, body: unknown): PayuError {
  if (isRecord(body) && isRecord(body.status) && typeof body.status.statusCode === 'string') {
    const s = (body as PayuErrorBody).status;
    return new PayuError({
      httpStatus,
      statusCode: s.statusCode,
      code: str(s.code),
      codeLiteral: str(s.codeLiteral),
      statusDesc: str(s.statusDesc),
    });
  }
  if (isRecord(body) && typeof body.error === 'string') {
    const o = body as OAuthErrorBody;
    const statusCode = httpStatus === 401 ? 'UNAUTHORIZED' : 'ERROR_OAUTH';
    return new PayuError({ httpStatus, statusCode, codeLiteral: o.error, statusDesc: str(o.error_description) });
  }
  return new PayuError({
    httpStatus,
    statusCode: 'UNEXPECTED_RESPONSE',
    statusDesc: `HTTP ${httpStatus} without a PayU status`,
  });
}
