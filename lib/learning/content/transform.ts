// The platform's rules applied to the lesson tree before sanitising: headings one level down,
// typed HTML kept as text, links and images through their allow-lists, a lone YouTube/Vimeo link
// turned into a player, and scrolling wrappers around tables and display maths.
import type { Element, ElementContent, Root as HastRoot, RootContent as HastContent } from 'hast';
import type { Root as MdRoot, RootContent as MdContent } from 'mdast';
import { messages } from '@/lib/i18n';
import { isFragmentHref, lessonImageSrc, safeHref, videoEmbedSrc } from './links';

type MdNode = MdRoot | MdContent;
type InlineMath = Extract<MdContent, { type: 'inlineMath' }>;
const FLOW_PARENTS = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition']);

/**
 * `#` becomes h2 (the lesson title is the page's only h1), down to h4; HTML is shown as typed; a
 * `$…$` that reads as money or a spreadsheet address (Pandoc's rule: no space inside the dollars,
 * no digit right after the closing one) stays text, so `$A$1` or `$5 i $10` are not formulas.
 */
export function remarkLessonRules() {
  return (tree: MdRoot, file: { value: unknown }) => {
    const source = String(file.value);
    const walk = (node: MdNode) => {
      if (node.type === 'heading') node.depth = Math.min(node.depth + 1, 4) as 2 | 3 | 4;
      if (!('children' in node)) return;
      node.children = node.children.map((child) => {
        const raw = child.type === 'inlineMath' ? dollarText(child, source) : null;
        return raw === null ? child : { type: 'text', value: raw, position: child.position };
      }) as typeof node.children;
      // A block of HTML becomes a paragraph of its text; HTML inside a sentence, that text.
      const block = FLOW_PARENTS.has(node.type);
      node.children = node.children.map((child) => {
        if (child.type !== 'html') return child;
        const text = { type: 'text', value: child.value, position: child.position } as const;
        return block ? { type: 'paragraph', children: [text], position: child.position } : text;
      }) as typeof node.children;
      node.children.forEach(walk);
    };
    walk(tree);
  };
}

/** The typed text of a single-dollar formula that is not meant as one, else null. */
function dollarText(math: InlineMath, source: string): string | null {
  const start = math.position?.start.offset;
  const end = math.position?.end.offset;
  if (start === undefined || end === undefined) return null;
  const raw = source.slice(start, end);
  if (raw.startsWith('$$')) return null;
  return /^\s|\s$/.test(math.value) || /\d/.test(source[end] ?? '') ? raw : null;
}

const EXTERNAL_REL = ['noopener', 'noreferrer', 'nofollow'];
const textOf = (n: HastContent | ElementContent): string =>
  n.type === 'text' ? n.value : n.type === 'element' ? n.children.map(textOf).join('') : '';

/** Links, images, players and wrappers (see the file comment). */
export function rehypeLessonRules() {
  const t = messages().learning;
  const rewrite = (node: ElementContent): ElementContent[] => {
    if (node.type !== 'element') return [node];
    const player = node.tagName === 'p' ? videoOf(node, t) : null;
    if (player) return [player];
    node.children = node.children.flatMap(rewrite);
    switch (node.tagName) {
      case 'a':
        return link(node);
      case 'img':
        return image(node);
      case 'table':
        return [wrapper('lesson-table', 'region', t.content.tableLabel, node)];
      case 'li':
        return [taskItem(node)];
      case 'pre':
        return isDisplayMath(node) ? [wrapper('lesson-math', 'group', t.content.formulaLabel, node)] : [node];
      default:
        return [node];
    }
  };
  return (tree: HastRoot) => {
    tree.children = tree.children.flatMap((c) => (c.type === 'doctype' ? [] : rewrite(c)));
  };
}

function link(a: Element): ElementContent[] {
  const raw = typeof a.properties.href === 'string' ? a.properties.href : '';
  if (isFragmentHref(raw)) return [a];
  const href = safeHref(raw);
  // A refused link keeps its text, so the reader still sees what was written.
  if (!href) return a.children;
  a.properties.href = href;
  if (/^https?:/i.test(href)) Object.assign(a.properties, { target: '_blank', rel: EXTERNAL_REL });
  return [a];
}

function image(img: Element): ElementContent[] {
  const src = typeof img.properties.src === 'string' ? lessonImageSrc(img.properties.src) : null;
  const alt = typeof img.properties.alt === 'string' ? img.properties.alt : '';
  if (!src) return alt ? [{ type: 'text', value: alt }] : [];
  Object.assign(img.properties, { src, loading: 'lazy', decoding: 'async' });
  return [img];
}

/** A paragraph holding nothing but a YouTube or Vimeo link becomes that video's player. */
function videoOf(p: Element, t: ReturnType<typeof messages>['learning']): Element | null {
  const content = p.children.filter((c) => !(c.type === 'text' && !c.value.trim()));
  const a = content.length === 1 && content[0].type === 'element' && content[0].tagName === 'a' ? content[0] : null;
  const href = a && typeof a.properties.href === 'string' ? a.properties.href : '';
  const src = a ? videoEmbedSrc(href) : null;
  if (!a || !src) return null;
  const label = textOf(a).trim();
  const title = label && label !== href ? t.videoTitle(label) : t.content.video;
  const iframe: Element = {
    type: 'element',
    tagName: 'iframe',
    properties: {
      src,
      title,
      loading: 'lazy',
      allow: 'encrypted-media; picture-in-picture; fullscreen',
      allowFullScreen: true,
      referrerPolicy: 'strict-origin-when-cross-origin',
    },
    children: [],
  };
  return { type: 'element', tagName: 'div', properties: { className: ['lesson-video'] }, children: [iframe] };
}

const BLOCKS = new Set(['p', 'ul', 'ol', 'pre', 'blockquote', 'div', 'table', 'h2', 'h3', 'h4', 'hr']);

/** A task's checkbox is labelled by the task's own words (disabled, yet read out with them). */
function taskItem(li: Element): Element {
  const first = li.children.find((c) => c.type === 'element');
  const holder = first?.type === 'element' && first.tagName === 'p' ? first : li;
  const start = holder.children.findIndex((c) => c.type === 'element' && c.tagName === 'input');
  if (start < 0) return li;
  let end = start + 1;
  while (end < holder.children.length) {
    const c = holder.children[end];
    if (c.type === 'element' && BLOCKS.has(c.tagName)) break;
    end++;
  }
  const label: Element = {
    type: 'element',
    tagName: 'label',
    properties: {},
    children: holder.children.slice(start, end),
  };
  holder.children.splice(start, end - start, label);
  return li;
}

const isDisplayMath = (pre: Element) =>
  pre.children.some(
    (c) =>
      c.type === 'element' &&
      c.tagName === 'code' &&
      Array.isArray(c.properties.className) &&
      c.properties.className.includes('language-math'),
  );

/** A keyboard-reachable, labelled box that scrolls sideways when its content is wider than a phone. */
function wrapper(className: string, role: string, label: string, child: Element): Element {
  return {
    type: 'element',
    tagName: 'div',
    properties: { className: [className], role, tabIndex: 0, ariaLabel: label },
    children: [child],
  };
}
