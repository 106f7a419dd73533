// OAuth as PayU serves it: form-encoded only (PayU answers 401 to anything else), OAuth-style
// error bodies, tokens valid 43199 s. client_credentials is the POS's own token; trusted_merchant
// is one customer's (email + ext_customer_id), which alone sees that customer's stored cards.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readBody, sendJson } from './http';
import type { SimAccessToken, SimContext } from './state';

const GRANTS = ['client_credentials', 'trusted_merchant'] as const;

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
  const grant = GRANTS.find((g) => g === form.get('grant_type'));
  if (!grant) {
    return sendJson(res, 400, {
      error: 'unsupported_grant_type',
      error_description: `Unsupported grant type: ${form.get('grant_type')}`,
    });
  }
  const { clientId, clientSecret, tokenTtlSeconds } = ctx.settings;
  if (form.get('client_id') !== clientId || form.get('client_secret') !== clientSecret) {
    return sendJson(res, 401, { error: 'invalid_client', error_description: 'Bad client credentials' });
  }
  const issued: SimAccessToken = { expiresAt: Date.now() + tokenTtlSeconds * 1000, grant };
  if (grant === 'trusted_merchant') {
    const email = form.get('email')?.trim();
    const extCustomerId = form.get('ext_customer_id')?.trim();
    if (!email || !extCustomerId) {
      return sendJson(res, 400, {
        error: 'invalid_request',
        error_description: 'trusted_merchant requires email and ext_customer_id',
      });
    }
    issued.customer = { email, extCustomerId };
  }
  const token = randomUUID();
  ctx.tokens.set(token, issued);
  sendJson(res, 200, { access_token: token, token_type: 'bearer', expires_in: tokenTtlSeconds, grant_type: grant });
}

/** The request's live Bearer token; otherwise answers 401 and returns null. */
export function requireBearer(ctx: SimContext, req: IncomingMessage, res: ServerResponse): SimAccessToken | null {
  const match = /^Bearer\s+(\S+)$/i.exec(String(req.headers.authorization ?? ''));
  const token = match ? ctx.tokens.get(match[1]) : undefined;
  if (token && token.expiresAt > Date.now()) return token;
  sendJson(res, 401, {
    error: 'invalid_token',
    error_description: match
      ? 'Invalid or expired access token'
      : 'Full authentication is required to access this resource',
  });
  return null;
}
