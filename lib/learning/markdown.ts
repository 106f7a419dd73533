// Lesson text is markdown typed by staff. It is parsed into a small tree that React renders
// element by element, so no HTML from the text ever reaches the page: a `<script>` in a lesson
// is printed as text. Only a safe subset is understood (headings, paragraphs, lists, quotes,
// code, rules, bold/italic, links, same-origin images).
import { sitePath, UNSAFE_URL_CHARS } from '@/lib/url';

export type Inline =
  | { t: 'text'; v: string }
  | { t: 'strong'; c: Inline[] }
  | { t: 'em'; c: Inline[] }
  | { t: 'code'; v: string }
  | { t: 'link'; href: string; external: boolean; c: Inline[] };

export type Block =
  /** `#` becomes level 2: the lesson title is the page's only h1. */
  | { t: 'heading'; level: 2 | 3 | 4; c: Inline[] }
  | { t: 'p'; c: Inline[] }
  | { t: 'ul' | 'ol'; items: Inline[][] }
  | { t: 'quote'; c: Inline[] }
  | { t: 'code'; v: string }
  | { t: 'image'; src: string; alt: string }
  | { t: 'hr' };

/**
 * http(s), mailto and site-relative links; anything else (javascript:, data:) is refused. A
 * site-relative link goes through the same normaliser as every `next=` (lib/url `sitePath`), so
 * `/\evil.com`, `/%5Cevil.com` or a tab inside `//` never become a link to another site.
 */
export function safeHref(url: string): string | null {
  if (url.startsWith('/')) return sitePath(url);
  if (UNSAFE_URL_CHARS.test(url)) return null;
  if (/^mailto:[^/]/i.test(url)) return url;
  // An absolute link (no spaces, controls or backslashes) opens exactly what was typed.
  if (!/^https?:\/\/[^/]/i.test(url) || !URL.canParse(url)) return null;
  return /^https?:$/.test(new URL(url).protocol) ? url : null;
}

/** Images only from our own server (the CSP allows nothing else and nothing tracks readers). */
export function safeImageSrc(url: string): string | null {
  return sitePath(url);
}

const CODE = /`([^`]+)`/y;
const STRONG = /\*\*(.+?)\*\*/y;
// Italic may hold bold inside (*I **visited** London.*), so a ** pair is skipped as a unit.
const EM = /(?:\*(?=[^*\s])((?:\*\*[^*]+\*\*|[^*])+?)\*(?!\*)|_(?=[^_\s])([^_]+?)_(?!\w))/y;
const LINK = /\[([^\]]+)\]\(([^)\s]+)\)/y;

export function parseInline(s: string): Inline[] {
  const out: Inline[] = [];
  let buf = '';
  const flush = () => {
    if (buf) out.push({ t: 'text', v: buf });
    buf = '';
  };
  let i = 0;
  while (i < s.length) {
    const at = <R extends RegExp>(re: R) => ((re.lastIndex = i), re.exec(s));
    let m: RegExpExecArray | null;
    let href: string | null;
    if ((m = at(CODE))) {
      flush();
      out.push({ t: 'code', v: m[1] });
    } else if ((m = at(STRONG))) {
      flush();
      out.push({ t: 'strong', c: parseInline(m[1]) });
    } else if (!/\w/.test(s[i - 1] ?? '') && (m = at(EM))) {
      // Not inside a word, so snake_case_names and 2*3*4 stay as typed.
      flush();
      out.push({ t: 'em', c: parseInline(m[1] ?? m[2]) });
    } else if ((m = at(LINK)) && (href = safeHref(m[2]))) {
      flush();
      out.push({ t: 'link', href, external: /^https?:/i.test(href), c: parseInline(m[1]) });
    } else {
      buf += s[i];
      i++;
      continue;
    }
    i += m[0].length;
  }
  flush();
  return out;
}

export function parseMarkdown(source: string): Block[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  let para: string[] = [];
  const endPara = () => {
    if (para.length) blocks.push({ t: 'p', c: parseInline(para.join(' ')) });
    para = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const trimmed = line.trim();
    let m: RegExpExecArray | null;
    let src: string | null;
    if (!trimmed) {
      endPara();
    } else if (trimmed.startsWith('```')) {
      endPara();
      const code: string[] = [];
      while (++i < lines.length && !lines[i].trim().startsWith('```')) code.push(lines[i]);
      blocks.push({ t: 'code', v: code.join('\n') });
    } else if ((m = /^(#{1,3})\s+(.+?)\s*#*$/.exec(trimmed))) {
      endPara();
      blocks.push({ t: 'heading', level: (m[1].length + 1) as 2 | 3 | 4, c: parseInline(m[2]) });
    } else if (/^(-{3,}|\*{3,})$/.test(trimmed)) {
      endPara();
      blocks.push({ t: 'hr' });
    } else if ((m = /^!\[([^\]]*)\]\(([^)\s]+)\)$/.exec(trimmed)) && (src = safeImageSrc(m[2]))) {
      endPara();
      blocks.push({ t: 'image', alt: m[1], src });
    } else if (/^([-*+]|\d+[.)])\s+/.test(trimmed)) {
      endPara();
      const ordered = /^\d/.test(trimmed);
      const item = ordered ? /^\d+[.)]\s+/ : /^[-*+]\s+/;
      const items: Inline[][] = [];
      for (; i < lines.length && item.test(lines[i].trim()); i++)
        items.push(parseInline(lines[i].trim().replace(item, '')));
      i--;
      blocks.push({ t: ordered ? 'ol' : 'ul', items });
    } else if (trimmed.startsWith('>')) {
      endPara();
      const quote: string[] = [];
      for (; i < lines.length && lines[i].trim().startsWith('>'); i++) quote.push(lines[i].trim().replace(/^>\s?/, ''));
      i--;
      blocks.push({ t: 'quote', c: parseInline(quote.join(' ')) });
    } else {
      para.push(trimmed);
    }
  }
  endPara();
  return blocks;
}
