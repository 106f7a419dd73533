// Online sessions (sesja-interaktywna.md): opened with the session key wrapped for the Ministry,
// valid 12 hours, closed by the client (then processed into the session's status 200/440/445).
import { constants, privateDecrypt } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { requireToken } from './auth';
import { readJson, sendException, sendJson, wireTime } from './http';
import { newReference, type SimContext, type SimSession, type Status } from './state';

export const SESSION_OPEN: Status = { code: 100, description: 'Sesja interaktywna otwarta' };
const SESSION_CLOSED: Status = { code: 170, description: 'Sesja interaktywna zamknięta' };

const FORMS = new Set(['FA (3)|1-0E|FA']);

export async function openSession(ctx: SimContext, req: IncomingMessage, res: ServerResponse) {
  const access = requireToken(ctx, req, res, 'access');
  if (!access) return;
  const body = await readJson(req);
  const form = body?.formCode as { systemCode?: string; schemaVersion?: string; value?: string } | undefined;
  const enc = body?.encryption as
    { encryptedSymmetricKey?: string; initializationVector?: string; publicKeyId?: string } | undefined;
  if (!form || !enc?.encryptedSymmetricKey || !enc.initializationVector) {
    return sendException(req, res, 21405, 'Błąd walidacji danych wejściowych.', [
      'Wymagane pola: formCode, encryption.',
    ]);
  }
  if (!FORMS.has(`${form.systemCode}|${form.schemaVersion}|${form.value}`)) {
    return sendException(req, res, 21405, 'Błąd walidacji danych wejściowych.', [
      `Nieobsługiwany schemat: ${form.systemCode} ${form.schemaVersion} ${form.value}.`,
    ]);
  }
  if (enc.publicKeyId != null && enc.publicKeyId !== ctx.keys.SymmetricKeyEncryption.wire.publicKeyId) {
    return sendException(
      req,
      res,
      21470,
      'Przesłany identyfikator klucza jest nieznany lub wskazuje na wycofany klucz.',
      [`Klucz o identyfikatorze ${enc.publicKeyId} nie jest wspierany.`],
    );
  }
  let key: Buffer;
  try {
    key = privateDecrypt(
      {
        key: ctx.keys.SymmetricKeyEncryption.privateKey,
        padding: constants.RSA_PKCS1_OAEP_PADDING,
        oaepHash: 'sha256',
      },
      Buffer.from(enc.encryptedSymmetricKey, 'base64'),
    );
  } catch {
    key = Buffer.alloc(0);
  }
  const iv = Buffer.from(enc.initializationVector, 'base64');
  const now = ctx.now();
  const session: SimSession = {
    referenceNumber: newReference('SO', now),
    nip: access.nip,
    authOperation: access.operation,
    key,
    iv,
    dateCreated: now,
    dateUpdated: now,
    validUntil: now + ctx.settings.sessionTtlMs,
    // A key that does not decrypt to 32 bytes, or an IV that is not 16: KSeF's 415 on the session.
    status:
      key.length === 32 && iv.length === 16
        ? SESSION_OPEN
        : { code: 415, description: 'Błąd odszyfrowania dostarczonego klucza' },
    invoices: [],
  };
  ctx.sessions.set(session.referenceNumber, session);
  ctx.log(`session ${session.referenceNumber} opened`);
  sendJson(res, 201, { referenceNumber: session.referenceNumber, validUntil: wireTime(session.validUntil) });
}

/** Closes a session whose validUntil passed, as KSeF does on its own. */
export function expireIfDue(ctx: SimContext, s: SimSession) {
  if (s.status.code === 100 && ctx.now() >= s.validUntil) finish(ctx, s);
}

function finish(ctx: SimContext, s: SimSession) {
  s.status = SESSION_CLOSED;
  s.dateUpdated = ctx.now();
  // The collective UPO is prepared once every invoice is processed.
  const settle = () => {
    if (s.invoices.some((i) => i.status.code < 200)) return ctx.timers.defer(ctx.settings.processingDelayMs, settle);
    const ok = s.invoices.filter((i) => i.status.code === 200).length;
    s.status = !s.invoices.length
      ? { code: 440, description: 'Sesja anulowana', details: ['Nie przesłano faktur'] }
      : ok
        ? { code: 200, description: 'Sesja interaktywna przetworzona pomyślnie' }
        : { code: 445, description: 'Błąd weryfikacji, brak poprawnych faktur' };
    s.dateUpdated = ctx.now();
  };
  ctx.timers.defer(ctx.settings.processingDelayMs, settle);
}

/** The session of `referenceNumber` in the caller's context, or answers 21173 and returns null. */
export function findSession(
  ctx: SimContext,
  req: IncomingMessage,
  res: ServerResponse,
  referenceNumber: string,
  nip: string,
) {
  const s = ctx.sessions.get(referenceNumber);
  if (s && s.nip === nip) {
    expireIfDue(ctx, s);
    return s;
  }
  sendException(req, res, 21173, 'Brak sesji o wskazanym numerze referencyjnym.', [
    `Sesja o numerze referencyjnym ${referenceNumber} nie została odnaleziona.`,
  ]);
  return null;
}

export function closeSession(ctx: SimContext, req: IncomingMessage, res: ServerResponse, referenceNumber: string) {
  const access = requireToken(ctx, req, res, 'access');
  if (!access) return;
  const s = findSession(ctx, req, res, referenceNumber, access.nip);
  if (!s) return;
  if (s.status.code !== 100) {
    return sendException(req, res, 21180, 'Status sesji nie pozwala na wykonanie operacji.', [
      `Status sesji ${s.status.code} uniemożliwia jej zamknięcie.`,
    ]);
  }
  finish(ctx, s);
  ctx.log(`session ${s.referenceNumber} closed`);
  res.writeHead(204).end();
}

export function sessionStatus(ctx: SimContext, req: IncomingMessage, res: ServerResponse, referenceNumber: string) {
  const access = requireToken(ctx, req, res, 'access');
  if (!access) return;
  const s = findSession(ctx, req, res, referenceNumber, access.nip);
  if (!s) return;
  const done = s.invoices.filter((i) => i.status.code >= 200);
  sendJson(res, 200, {
    status: s.status,
    dateCreated: wireTime(s.dateCreated),
    dateUpdated: wireTime(s.dateUpdated),
    validUntil: wireTime(s.validUntil),
    invoiceCount: s.invoices.length,
    successfulInvoiceCount: done.filter((i) => i.status.code === 200).length,
    failedInvoiceCount: done.filter((i) => i.status.code !== 200).length,
  });
}
