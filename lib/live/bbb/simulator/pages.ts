// The simulator's own pages, in Polish, in place of BBB's HTML5 client and playback: the room
// (meeting name, who is in it and with which role, leave / end for everyone), the "nagranie"
// page a playback URL opens, and the control page. Plain HTML forms, no JavaScript.
import { escapeHtml as esc } from '../../../format/html';
import type { SimAttendee, SimContext, SimMeeting, SimRecording } from './state';

const STYLE = `
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1b1b;background:#eef1f5}
main{max-width:40rem;margin:2rem auto;padding:1.5rem;background:#fff;border-radius:12px;box-shadow:0 1px 4px rgba(0,0,0,.12)}
h1{font-size:1.5rem;margin:0 0 .5rem}h2{font-size:1.1rem;margin:1.25rem 0 .5rem}
.sim{margin:0 0 1rem;padding:.4rem .75rem;background:#e3ecff;border:1px solid #2d4f9e;border-radius:8px;color:#14275a;font-size:.95rem}
ul{padding-left:1.25rem}li{margin:.2rem 0}
.role{display:inline-block;margin-left:.5rem;padding:0 .5rem;border-radius:999px;background:#e7e9e4;font-size:.85rem}
.mod{background:#dbeedd;color:#114a1c}
.actions{display:flex;gap:.75rem;flex-wrap:wrap;margin-top:1.25rem}
a.button,button{font:inherit;display:inline-block;padding:.5rem 1rem;border-radius:8px;border:2px solid #2d4f9e;background:#2d4f9e;color:#fff;text-decoration:none;cursor:pointer}
a.secondary,button.secondary{background:#fff;color:#2d4f9e}
.screen{margin:1rem 0;aspect-ratio:16/9;background:#1f2a3d;border-radius:8px;display:grid;place-items:center;color:#e8edf7}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}dt{font-weight:600}dd{margin:0;min-width:0;overflow-wrap:anywhere}
code{overflow-wrap:anywhere}
@media (max-width:480px){main{margin:0;border-radius:0;min-height:100vh}}
`;

const page = (title: string, body: string) =>
  `<!doctype html><html lang="pl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(title)}</title><style>${STYLE}</style></head><body><main>
<p class="sim">Symulator BigBlueButton — lokalna zaślepka prawdziwego pokoju zajęć.</p>
${body}</main></body></html>`;

const warsaw = (ms: number) =>
  new Intl.DateTimeFormat('pl-PL', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Warsaw' }).format(ms);
const roleLabel = (a: SimAttendee) =>
  a.role === 'MODERATOR' ? '<span class="role mod">prowadzący</span>' : '<span class="role">uczestnik</span>';

export function roomPage(m: SimMeeting, me: SimAttendee): string {
  const base = `/simulator/room/${encodeURIComponent(m.meetingId)}`;
  const token = encodeURIComponent(me.sessionToken);
  const people = [...m.attendees.values()]
    .map((a) => `<li data-role="${a.role}">${esc(a.fullName)}${roleLabel(a)}${a === me ? ' (Ty)' : ''}</li>`)
    .join('');
  const endButton =
    me.role === 'MODERATOR'
      ? `<form method="post" action="${base}/end?sessionToken=${token}"><button class="secondary">Zakończ dla wszystkich</button></form>`
      : '';
  return page(
    m.name,
    `<h1>${esc(m.name)}</h1>
<p>Jesteś w pokoju jako <strong>${esc(me.fullName)}</strong>${roleLabel(me)}.${m.record ? ' Zajęcia są nagrywane.' : ''}</p>
<div class="screen" aria-hidden="true">tablica i kamery</div>
<h2>W pokoju (${m.attendees.size})</h2>
<ul id="attendees">${people}</ul>
<div class="actions"><a class="button" href="${base}/leave?sessionToken=${token}">Opuść spotkanie</a>${endButton}</div>`,
  );
}

export const messagePage = (title: string, text: string) => page(title, `<h1>${esc(title)}</h1><p>${esc(text)}</p>`);

export function playbackPage(r: SimRecording): string {
  return page(
    `Nagranie: ${r.name}`,
    `<h1>Nagranie</h1>
<p><strong>${esc(r.name)}</strong></p>
<div class="screen" aria-hidden="true">▶ odtwarzanie nagrania</div>
<dl><dt>Początek</dt><dd>${warsaw(r.startTime)}</dd><dt>Koniec</dt><dd>${warsaw(r.endTime)}</dd>
<dt>Uczestnicy</dt><dd>${r.participants}</dd><dt>Identyfikator</dt><dd><code>${esc(r.recordId)}</code></dd></dl>`,
  );
}

export function controlPage(ctx: SimContext): string {
  const button = (mode: string, label: string) =>
    `<form method="post" action="/simulator/mode"><input type="hidden" name="mode" value="${mode}"><button${mode === 'up' ? '' : ' class="secondary"'}>${label}</button></form>`;
  const meetings = [...ctx.meetings.values()]
    .map(
      (m) =>
        `<li>${esc(m.name)} <code>${esc(m.meetingId)}</code> — ${m.endedAt === null ? `osób w pokoju: ${m.attendees.size}` : 'zakończone'}</li>`,
    )
    .join('');
  const recordings = [...ctx.recordings.values()]
    .map((r) => `<li><a href="${esc(r.playbackUrl)}">${esc(r.name)}</a> (${warsaw(r.endTime)})</li>`)
    .join('');
  return page(
    'Symulator BigBlueButton',
    `<h1>Symulator BigBlueButton</h1>
<p>Tryb: <strong>${ctx.mode === 'down' ? 'niedostępny (503)' : 'działa'}</strong>.</p>
<div class="actions">${button('up', 'Włącz')}${button('down', 'Wyłącz (awaria)')}
<form method="post" action="/simulator/reset"><button class="secondary">Wyczyść spotkania i nagrania</button></form></div>
<h2>Spotkania</h2>${meetings ? `<ul>${meetings}</ul>` : '<p>Brak spotkań.</p>'}
<h2>Nagrania</h2>${recordings ? `<ul>${recordings}</ul>` : '<p>Brak nagrań.</p>'}`,
  );
}
