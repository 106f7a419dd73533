// OAuth client_credentials as PayU serves it: form-encoded only (PayU answers 401 to anything
// else), OAuth-style error bodies, tokens valid 43199 s.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readBody, sendJson } from './http';
import type { SimContext } from './state';

export async function authorize(ctx: SimContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const body = await readBody(req);
  if (
    !String(req.headers['content-type'] ?? '')
      .toLowerCase()
      .startsWith('application/x-www-form-urlencoded')
  ) {
    return sendJson(res, 401, {
      error: 'invalid_request',
      error_description: 'Content-Type must be application/x-www-form-urlencoded',
    });
  }
  const form = new URLSearchParams(body);
  if (form.get('grant_type') !== 'client_credentials') {
    return sendJson(res, 400, {
      error: 'unsupported_grant_type',
      error_description: `Unsupported grant type: ${form.get('grant_type')}`,
    });
  }
  const { clientId, clientSecret, tokenTtlSeconds } = ctx.settings;
  if (form.get('client_id') !== clientId || form.get('client_secret') !== clientSecret) {
    return sendJson(res, 401, { error: 'invalid_client', error_description: 'Bad client credentials' });
  }
  const token = randomUUID();
  ctx.tokens.set(token, Date.now() + tokenTtlSeconds * 1000);
  sendJson(res, 200, {
    access_token: token,
    token_type: 'bearer',
    expires_in: tokenTtlSeconds,
    grant_type: 'client_credentials',
  });
}

/** True if the request carries a live Bearer token; otherwise answers 401 and returns false. */
export function requireBearer(ctx: SimContext, req: IncomingMessage, res: ServerResponse): boolean {
  const match = /^Bearer\s+(\S+)$/i.exec(String(req.headers.authorization ?? ''));
  const expiresAt = match ? ctx.tokens.get(match[1]) : undefined;
  if (expiresAt !== undefined && expiresAt > Date.now()) return true;
  sendJson(res, 401, {
    error: 'invalid_token',
    error_description: match
      ? 'Invalid or expired access token'
      : 'Full authentication is required to access this resource',
  });
  return false;
}
