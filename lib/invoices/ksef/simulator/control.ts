// The simulator's own switches over HTTP, for e2e tests and demos in another process than the one
// running it (the e2e server, `npm start`): GET /simulator shows the state with buttons, POST
// /simulator/mode takes {"mode":"up"|"down"|"reject-next"} as JSON or a form. Not part of KSeF's
// API, and answered even while the simulator plays 'down'.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readBody, sendHtml, sendJson } from './http';
import type { SimContext } from './state';

export const MODES = ['up', 'down', 'reject-next'] as const;
export type ControlMode = (typeof MODES)[number];

export function applyMode(ctx: SimContext, mode: ControlMode) {
  if (mode === 'reject-next') ctx.rejectNext++;
  else ctx.mode = mode;
  ctx.log(`mode ${mode}`);
}

const state = (ctx: SimContext) => ({
  mode: ctx.mode,
  rejectNext: ctx.rejectNext,
  nip: ctx.settings.nip,
  sessions: ctx.sessions.size,
  invoices: ctx.invoices.size,
  accepted: ctx.accepted.size,
});

export function controlPage(ctx: SimContext, _req: IncomingMessage, res: ServerResponse) {
  const s = state(ctx);
  const button = (mode: ControlMode, label: string) =>
    `<form method="post" action="/simulator/mode"><input type="hidden" name="mode" value="${mode}"><button>${label}</button></form>`;
  sendHtml(
    res,
    200,
    `<!doctype html><html lang="pl"><head><meta charset="utf-8"><title>Symulator KSeF</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem}form{display:inline-block;margin:.25rem}</style></head><body>
<h1>Symulator KSeF</h1>
<p>Tryb: <strong>${s.mode === 'down' ? 'niedostępny (503)' : 'działa'}</strong>${s.rejectNext ? `, do odrzucenia: ${s.rejectNext}` : ''}.
NIP kontekstu: ${s.nip}. Sesje: ${s.sessions}, faktury: ${s.invoices}, przyjęte: ${s.accepted}.</p>
${button('up', 'Włącz')}${button('down', 'Wyłącz (awaria)')}${button('reject-next', 'Odrzuć następną fakturę')}
</body></html>`,
  );
}

export async function setModeOverHttp(ctx: SimContext, req: IncomingMessage, res: ServerResponse) {
  const text = await readBody(req);
  const form = String(req.headers['content-type'] ?? '').includes('application/x-www-form-urlencoded');
  let mode: unknown;
  try {
    mode = form ? new URLSearchParams(text).get('mode') : (JSON.parse(text) as { mode?: unknown }).mode;
  } catch {
    mode = undefined;
  }
  if (!MODES.includes(mode as ControlMode))
    return sendJson(res, 400, { error: `mode must be one of ${MODES.join(', ')}` });
  applyMode(ctx, mode as ControlMode);
  if (form) {
    res.writeHead(303, { Location: '/simulator', 'Content-Length': 0 });
    return void res.end();
  }
  sendJson(res, 200, state(ctx));
}
