// Lesson markdown on a page (lessons, group instructions, question texts): the HTML comes only
// from the server-side renderer, which sanitises it (lib/learning/content/render.ts), so nothing
// a staff member types can run in a learner's browser. KaTeX's stylesheet and fonts are bundled
// by Next and served from this site (CSP font-src 'self').
import 'katex/dist/katex.min.css';
import { renderInlineHtml, renderLessonHtml } from '@/lib/learning/content/render';

/** `inline`: a single paragraph renders without its block wrapper (a question inside a label or legend). */
export function Markdown({ source, inline = false }: { source: string; inline?: boolean }) {
  const rendered = inline ? renderInlineHtml(source) : { html: renderLessonHtml(source), inline: false };
  return rendered.inline ? (
    <span className="lesson-text" dangerouslySetInnerHTML={{ __html: rendered.html }} />
  ) : (
    <div className="lesson-text lesson-blocks" dangerouslySetInnerHTML={{ __html: rendered.html }} />
  );
}
