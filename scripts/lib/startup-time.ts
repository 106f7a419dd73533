// `npm start` says how long it took from its process's start to a server answering /api/health
// (issue 25: a fresh clone must serve within 2 minutes), and how much of that was `next build`.
import { messages } from '../../lib/i18n';

const seconds = (ms: number) => (ms / 1000).toFixed(1);

/** Polls the health URL until it answers 200, then prints the times; gives up after `limitMs`. */
export async function reportWhenServing(url: string, buildMs: number, exited: () => boolean, limitMs = 600_000) {
  const m = messages().ops.startup;
  const end = Date.now() + limitMs;
  while (Date.now() < end && !exited()) {
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) {
      console.log(m.serving(seconds(process.uptime() * 1000), buildMs ? seconds(buildMs) : null));
      return;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  if (!exited()) console.error(m.notServing(seconds(limitMs)));
}
