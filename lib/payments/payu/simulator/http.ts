// Minimal request/response helpers for the node:http simulator.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { PayuErrorBody, PayuStatus } from '../types';

const MAX_BODY = 1024 * 1024;

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

export function sendJson(
  res: ServerResponse,
  httpStatus: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(httpStatus, {
    'Content-Type': 'application/json;charset=UTF-8',
    'Content-Length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

export function sendHtml(res: ServerResponse, httpStatus: number, html: string): void {
  res.writeHead(httpStatus, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': Buffer.byteLength(html),
    'Cache-Control': 'no-store',
  });
  res.end(html);
}

export function redirect(res: ServerResponse, location: string): void {
  res.writeHead(303, { Location: location, 'Content-Length': 0 });
  res.end();
}

export function errorBody(statusCode: string, codeLiteral: string, statusDesc: string, code?: string): PayuErrorBody {
  const status: PayuStatus = { statusCode, severity: 'ERROR', codeLiteral, statusDesc };
  if (code) status.code = code;
  return { status };
}

export const notFoundBody = (): PayuErrorBody => ({
  status: { statusCode: 'DATA_NOT_FOUND', severity: 'INFO', statusDesc: 'Could not find data for given criteria.' },
});
