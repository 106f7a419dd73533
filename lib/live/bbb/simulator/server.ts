// A local stand-in for a BigBlueButton server on node:http: the API under /bigbluebutton/api/
// (checksums checked like BBB's, XML answers) and simple pages in place of the HTML5 client and
// the playback, so the app talks to a real BBB by configuration only (BBB_URL, BBB_SECRET).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { verifyChecksum } from '../checksum';
import { CALLS } from './api';
import { controlPage, messagePage, playbackPage, roomPage } from './pages';
import { endMeeting, findBySession, type SimContext, type SimMeeting, type SimMode, type SimRecording } from './state';
import { failed, responseXml } from './xml-out';

export type BbbSimulatorOptions = {
  /** 0 picks a free port. */
  port?: number;
  host?: string;
  secret: string;
  /** Base URL browsers use for the room and playback pages; defaults to the bound address. */
  publicUrl?: string;
  /** The simulator's clock (meeting durations, recording times); default Date.now. */
  now?: () => number;
  /** How long an ended meeting stays in memory, refusing joins (default a minute). */
  endedMemoryMs?: number;
  log?: (line: string) => void;
};

export type BbbSimulator = {
  /** The API base, as BBB_URL: `http://127.0.0.1:<port>/bigbluebutton/`. */
  url: string;
  /** Where the simulator's own pages live (`/simulator`, rooms, playback). */
  origin: string;
  port: number;
  secret: string;
  meetings: ReadonlyMap<string, SimMeeting>;
  recordings: ReadonlyMap<string, SimRecording>;
  /** 'down' answers every call and page with 503, as a BBB behind a proxy that lost it. */
  setMode(mode: SimMode): void;
  /** Forgets every meeting and recording and comes back up. */
  reset(): void;
  close(): Promise<void>;
};

function send(res: ServerResponse, status: number, type: string, body: string, headers: Record<string, string> = {}) {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
    ...headers,
  });
  res.end(body);
}
const sendXml = (res: ServerResponse, body: string) => send(res, 200, 'text/xml;charset=utf-8', body);
const sendHtml = (res: ServerResponse, status: number, body: string) =>
  send(res, status, 'text/html; charset=utf-8', body);
const redirect = (res: ServerResponse, location: string, status = 302) =>
  send(res, status, 'text/plain', '', { Location: location });

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  let text = '';
  for await (const chunk of req) {
    text += String(chunk);
    if (text.length > 10_000) break;
  }
  if (String(req.headers['content-type'] ?? '').includes('json')) {
    try {
      return new URLSearchParams(JSON.parse(text) as Record<string, string>);
    } catch {
      return new URLSearchParams();
    }
  }
  return new URLSearchParams(text);
}

function api(ctx: SimContext, call: string, rawQuery: string, res: ServerResponse) {
  if (call === '')
    return sendXml(res, responseXml('SUCCESS', { version: '2.0', apiVersion: '2.0', bbbVersion: '3.0' }));
  const handler = Object.hasOwn(CALLS, call) ? CALLS[call] : undefined;
  if (!handler) return send(res, 404, 'text/plain', 'Not Found');
  if (!verifyChecksum(call, rawQuery, ctx.secret))
    return sendXml(res, failed('checksumError', 'Checksums do not match'));
  const answer = handler(ctx, new URLSearchParams(rawQuery));
  if ('redirect' in answer) return redirect(res, answer.redirect);
  sendXml(res, answer.xml);
}

function leaveOrEnd(ctx: SimContext, meetingId: string, q: URLSearchParams, res: ServerResponse, endAll: boolean) {
  const { meeting, attendee } = findBySession(ctx, meetingId, q.get('sessionToken') ?? '');
  if (!meeting || !attendee)
    return sendHtml(res, 404, messagePage('Spotkanie zakończone', 'Tego spotkania już nie ma.'));
  if (endAll && attendee.role !== 'MODERATOR')
    return sendHtml(res, 403, messagePage('Brak uprawnień', 'Spotkanie kończy prowadzący.'));
  if (endAll) endMeeting(ctx, meeting);
  else meeting.attendees.delete(attendee.userId);
  ctx.log(`${endAll ? 'ended by' : 'left'} ${meetingId}: ${attendee.fullName}`);
  if (meeting.logoutUrl) return redirect(res, meeting.logoutUrl, 303);
  sendHtml(
    res,
    200,
    endAll
      ? messagePage('Spotkanie zakończone', 'Spotkanie zostało zakończone dla wszystkich uczestników.')
      : messagePage('Opuszczono spotkanie', 'Nie jesteś już w pokoju. Możesz zamknąć tę kartę.'),
  );
}

async function route(ctx: SimContext, req: IncomingMessage, res: ServerResponse, reset: () => void) {
  const url = new URL(req.url ?? '/', 'http://sim');
  const rawQuery = (req.url ?? '').includes('?') ? (req.url ?? '').slice((req.url ?? '').indexOf('?') + 1) : '';
  const path = url.pathname;
  const method = req.method ?? 'GET';
  // The simulator's own switches work while it plays "down".
  if (path === '/simulator' || path === '/simulator/') return sendHtml(res, 200, controlPage(ctx));
  if (path === '/simulator/mode' && method === 'POST') {
    const form = await readForm(req);
    const mode = form.get('mode');
    if (mode !== 'up' && mode !== 'down') return send(res, 400, 'text/plain', 'mode must be up or down');
    ctx.mode = mode;
    ctx.log(`mode ${mode}`);
    return redirect(res, '/simulator', 303);
  }
  if (path === '/simulator/reset' && method === 'POST') {
    reset();
    return redirect(res, '/simulator', 303);
  }
  if (ctx.mode === 'down')
    return send(res, 503, 'text/html', '<html><body><h1>503 Service Temporarily Unavailable</h1></body></html>');

  const apiMatch = /^\/bigbluebutton\/api\/?([A-Za-z]*)$/.exec(path);
  if (apiMatch && (method === 'GET' || method === 'POST')) return api(ctx, apiMatch[1], rawQuery, res);
  const room = /^\/simulator\/room\/([^/]+)(\/leave|\/end)?$/.exec(path);
  if (room) {
    const meetingId = decodeURIComponent(room[1]);
    if (room[2] === '/leave' && method === 'GET') return leaveOrEnd(ctx, meetingId, url.searchParams, res, false);
    if (room[2] === '/end' && method === 'POST') return leaveOrEnd(ctx, meetingId, url.searchParams, res, true);
    if (!room[2] && method === 'GET') {
      const { meeting, attendee } = findBySession(ctx, meetingId, url.searchParams.get('sessionToken') ?? '');
      if (!meeting || meeting.endedAt !== null)
        return sendHtml(res, 404, messagePage('Spotkanie zakończone', 'Tego spotkania już nie ma.'));
      if (!attendee) return sendHtml(res, 403, messagePage('Nie jesteś w tym pokoju', 'Wejdź przez link z Planety.'));
      return sendHtml(res, 200, roomPage(meeting, attendee));
    }
  }
  const playback = /^\/simulator\/playback\/([^/]+)$/.exec(path);
  if (playback && method === 'GET') {
    const rec = ctx.recordings.get(decodeURIComponent(playback[1]));
    if (!rec)
      return sendHtml(res, 404, messagePage('Nie ma takiego nagrania', 'Nagranie zostało usunięte albo nie istniało.'));
    return sendHtml(res, 200, playbackPage(rec));
  }
  send(res, 404, 'text/plain', 'Not Found');
}

export async function startBbbSimulator(options: BbbSimulatorOptions): Promise<BbbSimulator> {
  const host = options.host ?? '127.0.0.1';
  const ctx: SimContext = {
    secret: options.secret,
    publicUrl: options.publicUrl ?? '',
    now: options.now ?? Date.now,
    endedMemoryMs: options.endedMemoryMs ?? 60_000,
    mode: 'up',
    meetings: new Map(),
    recordings: new Map(),
    log: options.log ?? (() => {}),
  };
  const reset = () => {
    ctx.meetings.clear();
    ctx.recordings.clear();
    ctx.mode = 'up';
    ctx.log('reset');
  };
  const server = createServer((req, res) => {
    route(ctx, req, res, reset).catch((e: unknown) => {
      ctx.log(`error: ${e instanceof Error ? e.message : String(e)}`);
      if (!res.headersSent) send(res, 500, 'text/plain', 'Internal Server Error');
      else res.end();
    });
  });
  const port = await new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve((server.address() as AddressInfo).port));
  });
  const origin = `http://${host}:${port}`;
  ctx.publicUrl ||= origin;
  return {
    url: `${origin}/bigbluebutton/`,
    origin,
    port,
    secret: options.secret,
    meetings: ctx.meetings,
    recordings: ctx.recordings,
    setMode: (mode) => {
      ctx.mode = mode;
      ctx.log(`mode ${mode}`);
    },
    reset,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
