// Lesson markdown (CommonMark + GFM + maths) to sanitised HTML, on the server only. The one
// pipeline for lessons, group instructions and question texts; its output is the only HTML the
// pages set with dangerouslySetInnerHTML.
import { createHash } from 'node:crypto';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkRehype from 'remark-rehype';
import rehypeSanitize from 'rehype-sanitize';
import rehypeKatex from 'rehype-katex';
import rehypeStringify from 'rehype-stringify';
import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { messages } from '@/lib/i18n';
import { LruCache } from './lru';
import { lessonSchema } from './schema';
import { rehypeLessonRules, remarkLessonRules } from './transform';

function pipeline(inline: boolean) {
  const t = messages().learning.content;
  const base = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkMath)
    .use(remarkLessonRules)
    // No raw HTML: remarkLessonRules has already turned it into text.
    .use(remarkRehype, {
      allowDangerousHtml: false,
      footnoteLabel: t.footnotes,
      footnoteBackLabel: (n: number) => t.footnoteBack(n + 1),
    })
    .use(rehypeLessonRules);
  return (
    (inline ? base.use(rehypeUnwrapParagraph) : base)
      .use(rehypeSanitize, lessonSchema)
      // After sanitising: only KaTeX's own output carries its classes and styles. No trust, so
      // \href, \url, \includegraphics and \html… render as plain (red) text, never as markup; a
      // formula KaTeX cannot read becomes its error span (rehype-katex never throws).
      .use(rehypeKatex, { trust: false, strict: 'ignore', maxExpand: 1000, maxSize: 50 })
      .use(rehypeStringify)
      .freeze()
  );
}

/** For text inside a sentence or a label: one paragraph loses its `<p>`; anything longer stays as it is. */
function rehypeUnwrapParagraph() {
  return (tree: Root, file: VFile) => {
    const [only, ...rest] = tree.children.filter((c) => !(c.type === 'text' && !c.value.trim()));
    const single = only?.type === 'element' && only.tagName === 'p' && rest.length === 0;
    if (single) tree.children = only.children;
    file.data.inline = single || tree.children.length === 0;
  };
}

const block = pipeline(false);
const inlined = pipeline(true);
// ~200 lessons or 8 MB of HTML, whichever fills first (a lesson body is at most 100 000 characters).
type Rendered = { html: string; inline: boolean };
const cache = new LruCache<Rendered>(200, 8_000_000, (r) => r.html.length);

function cached(kind: 'block' | 'inline', markdown: string, render: () => Rendered): Rendered {
  const key = createHash('sha256').update(kind).update('\0').update(markdown).digest('base64url');
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const html = render();
  cache.set(key, html);
  return html;
}

/** Lesson markdown as sanitised HTML. */
export function renderLessonHtml(markdown: string): string {
  return cached('block', markdown, () => ({ html: String(block.processSync(markdown)), inline: false })).html;
}

/**
 * Short markdown (a question, an option) as HTML to place inside a sentence: `{ inline: true }`
 * when it was a single paragraph (no wrapper element), else the block HTML.
 */
export function renderInlineHtml(markdown: string): Rendered {
  return cached('inline', markdown, () => {
    const file = inlined.processSync(markdown);
    return { html: String(file), inline: file.data.inline === true };
  });
}
