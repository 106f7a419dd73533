// What the certificate download answers instead of a file when the certificate is void or not yet
// earned: a small self-contained HTML page (a route handler cannot render the app's layout), so a
// learner who follows an old link reads why, with a way back, and no PDF is ever sent.
import { messages, type Locale } from '@/lib/i18n';

const escape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export function certificateRefusalPage(
  message: string,
  courseHref: string,
  status: 410 | 409,
  locale: Locale = 'pl',
): Response {
  const t = messages(locale).learning.certificateLifecycle;
  const html = `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${escape(t.refusedPageTitle)}</title>
<style>body{font-family:system-ui,sans-serif;margin:0;background:#f8fafc;color:#0f172a}
main{max-width:36rem;margin:4rem auto;padding:1.5rem;background:#fff;border:1px solid #fca5a5;border-radius:.75rem}
h1{font-size:1.5rem;margin:0 0 1rem}p{line-height:1.5}a{color:#1d4ed8}</style></head>
<body><main><h1>${escape(t.refusedPageTitle)}</h1><p role="status">${escape(message)}</p>
<p><a href="${escape(courseHref)}">${escape(t.backToCourse)}</a></p></main></body></html>`;
  return new Response(html, {
    status,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    },
  });
}
