// Token authentication as KSeF API 2.0 runs it (uwierzytelnianie.md): a challenge valid 10 min,
// the encrypted `token|timestampMs` checked asynchronously (status 100, then 200 or 415/450), the
// token pair redeemable once, the access token refreshable with the refresh token.
import { constants, privateDecrypt, randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readJson, sendException, sendJson, sendProblem, wireTime } from './http';
import { issueToken, newReference, type IssuedToken, type SimContext, type Status } from './state';

const CHALLENGE_TTL_MS = 10 * 60_000;
const AUTH_OPERATION_TTL_MS = 7 * 24 * 3600_000;

const BAD_TOKEN = 'Uwierzytelnianie zakończone niepowodzeniem z powodu błędnego tokenu';

export function challenge(ctx: SimContext, req: IncomingMessage, res: ServerResponse) {
  const now = ctx.now();
  const value = newReference('CR', now);
  ctx.challenges.set(value, { timestampMs: now, expiresAt: now + CHALLENGE_TTL_MS, used: false });
  sendJson(res, 200, {
    challenge: value,
    timestamp: wireTime(now),
    timestampMs: now,
    clientIp: req.socket.remoteAddress?.replace(/^::ffff:/, '') ?? '127.0.0.1',
  });
}

/** What decrypting `encryptedToken` says about the operation: 200, or KSeF's failure status. */
function verdict(ctx: SimContext, encrypted: string, timestampMs: number, nip: string): Status {
  let plain: string;
  try {
    plain = privateDecrypt(
      { key: ctx.keys.KsefTokenEncryption.privateKey, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha256' },
      Buffer.from(encrypted, 'base64'),
    ).toString('utf8');
  } catch {
    return { code: 450, description: BAD_TOKEN, details: ['Nieprawidłowy token'] };
  }
  const sep = plain.lastIndexOf('|');
  const token = sep < 0 ? plain : plain.slice(0, sep);
  if (token !== ctx.settings.token) return { code: 450, description: BAD_TOKEN, details: ['Nieprawidłowy token'] };
  if (plain.slice(sep + 1) !== String(timestampMs))
    return { code: 450, description: BAD_TOKEN, details: ['Nieprawidłowy czas tokena'] };
  if (nip !== ctx.settings.nip)
    return {
      code: 415,
      description: 'Uwierzytelnianie zakończone niepowodzeniem',
      details: ['Brak przypisanych uprawnień'],
    };
  return { code: 200, description: 'Uwierzytelnianie zakończone sukcesem' };
}

export async function ksefToken(ctx: SimContext, req: IncomingMessage, res: ServerResponse) {
  const body = await readJson(req);
  const context = body?.contextIdentifier as { type?: unknown; value?: unknown } | undefined;
  if (
    !body ||
    typeof body.challenge !== 'string' ||
    typeof body.encryptedToken !== 'string' ||
    typeof context?.value !== 'string' ||
    context.type !== 'Nip'
  ) {
    return sendException(req, res, 21405, 'Błąd walidacji danych wejściowych.', [
      'Wymagane pola: challenge, contextIdentifier { type: Nip, value }, encryptedToken.',
    ]);
  }
  const now = ctx.now();
  const ch = ctx.challenges.get(body.challenge);
  if (!ch || ch.used || ch.expiresAt < now)
    return sendException(req, res, 21111, 'Nieprawidłowe wyzwanie autoryzacyjne.');
  if (body.publicKeyId != null && body.publicKeyId !== ctx.keys.KsefTokenEncryption.wire.publicKeyId) {
    return sendException(
      req,
      res,
      21470,
      'Przesłany identyfikator klucza jest nieznany lub wskazuje na wycofany klucz.',
      [`Klucz o identyfikatorze ${String(body.publicKeyId)} nie jest wspierany.`],
    );
  }
  ch.used = true;
  const referenceNumber = newReference('AU', now);
  const auth = issueToken(ctx, 'authentication', referenceNumber, AUTH_OPERATION_TTL_MS, context.value);
  ctx.operations.set(referenceNumber, {
    referenceNumber,
    startDate: now,
    authenticationToken: auth.token,
    readyAt: now + ctx.settings.authDelayMs,
    outcome: verdict(ctx, body.encryptedToken, ch.timestampMs, context.value),
    redeemed: false,
    nip: context.value,
  });
  sendJson(res, 202, {
    referenceNumber,
    authenticationToken: { token: auth.token, validUntil: wireTime(auth.validUntil) },
  });
}

const bearerOf = (req: IncomingMessage) => /^Bearer\s+(\S+)$/i.exec(String(req.headers.authorization ?? ''))?.[1];

/** The live token of `kind` the request carries; otherwise answers 401 and returns null. */
export function requireToken(ctx: SimContext, req: IncomingMessage, res: ServerResponse, kind: IssuedToken['kind']) {
  const token = bearerOf(req);
  const issued = token ? ctx.tokens.get(token) : undefined;
  if (issued && issued.kind === kind && issued.expiresAt > ctx.now()) return issued;
  sendProblem(req, res, 401, token ? 'Token jest nieprawidłowy lub wygasł.' : 'Brak tokena uwierzytelniającego.');
  return null;
}

function statusOf(ctx: SimContext, op: { readyAt: number; outcome: Status }): Status {
  return ctx.now() < op.readyAt ? { code: 100, description: 'Uwierzytelnianie w toku' } : op.outcome;
}

export function authStatus(ctx: SimContext, req: IncomingMessage, res: ServerResponse, referenceNumber: string) {
  const issued = requireToken(ctx, req, res, 'authentication');
  if (!issued) return;
  const op = ctx.operations.get(referenceNumber);
  if (!op || issued.operation !== referenceNumber) {
    return sendException(req, res, 21304, 'Brak uwierzytelnienia.', [
      `Operacja uwierzytelniania o numerze referencyjnym ${referenceNumber} nie została znaleziona.`,
    ]);
  }
  sendJson(res, 200, {
    startDate: wireTime(op.startDate),
    authenticationMethod: 'Token',
    authenticationMethodInfo: { category: 'Token', code: 'token.ksef', displayName: 'Token KSeF' },
    status: statusOf(ctx, op),
    isTokenRedeemed: op.redeemed,
  });
}

export function redeem(ctx: SimContext, req: IncomingMessage, res: ServerResponse) {
  const issued = requireToken(ctx, req, res, 'authentication');
  if (!issued) return;
  const op = ctx.operations.get(issued.operation)!;
  const status = statusOf(ctx, op);
  if (op.redeemed) {
    return sendException(req, res, 21301, 'Brak autoryzacji.', [
      `Tokeny dla operacji uwierzytelniania ${op.referenceNumber} zostały już pobrane.`,
    ]);
  }
  if (status.code !== 200) {
    return sendException(req, res, 21301, 'Brak autoryzacji.', [
      `Status uwierzytelniania (${status.code}) nie pozwala na pobranie tokenów.`,
    ]);
  }
  op.redeemed = true;
  const access = issueToken(ctx, 'access', op.referenceNumber, ctx.settings.accessTtlMs, op.nip);
  const refresh = issueToken(ctx, 'refresh', op.referenceNumber, ctx.settings.refreshTtlMs, op.nip);
  op.refreshToken = refresh.token;
  sendJson(res, 200, {
    accessToken: { token: access.token, validUntil: wireTime(access.validUntil) },
    refreshToken: { token: refresh.token, validUntil: wireTime(refresh.validUntil) },
  });
}

export function refresh(ctx: SimContext, req: IncomingMessage, res: ServerResponse) {
  const issued = requireToken(ctx, req, res, 'refresh');
  if (!issued) return;
  const access = issueToken(ctx, 'access', issued.operation, ctx.settings.accessTtlMs, issued.nip);
  sendJson(res, 200, { accessToken: { token: access.token, validUntil: wireTime(access.validUntil) } });
}

export const newJwtSecret = () => randomBytes(32);
