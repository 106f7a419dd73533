// What a lesson's HTML may contain: exactly the elements the renderer produces, nothing a person
// could type as HTML (raw HTML never reaches the tree; this is the second wall). Built from
// hast-util-sanitize's GitHub-like defaults, narrowed to our tags and attributes; KaTeX runs
// after this, so only KaTeX's own output carries its markup and inline styles.
import { defaultSchema, type Options } from 'rehype-sanitize';
import { OWN_IMAGE } from './links';

/** Players the CSP frames (lib/http/security-headers.ts frame-src), with a plain numeric or YouTube id. */
const PLAYER = /^https:\/\/(www\.youtube-nocookie\.com\/embed\/[\w-]{11}|player\.vimeo\.com\/video\/\d{1,12})$/;
/** Ids only the footnotes carry, prefixed by remark-rehype so they cannot clobber page globals. */
const FOOTNOTE_ID = /^user-content-fn(ref)?-[\w-]+$/;

export const lessonSchema: Options = {
  ...defaultSchema,
  // remark-rehype already prefixes footnote ids (and their links) with `user-content-`; a second
  // prefix here would break the links. No other id can appear (see `attributes`).
  clobber: [],
  clobberPrefix: '',
  strip: ['script', 'style'],
  // Checkboxes exist only in task lists.
  ancestors: { ...defaultSchema.ancestors, input: ['li'], label: ['li'] },
  protocols: { href: ['http', 'https', 'mailto'], src: ['https'] },
  tagNames: [
    ...['h2', 'h3', 'h4', 'p', 'br', 'hr', 'blockquote', 'pre', 'code', 'strong', 'em', 'del', 'sup'],
    ...['ul', 'ol', 'li', 'label', 'input', 'table', 'thead', 'tbody', 'tr', 'th', 'td'],
    ...['a', 'img', 'section', 'div', 'iframe'],
  ],
  attributes: {
    a: [
      'href',
      'title',
      ['target', '_blank'],
      ['rel', 'noopener', 'noreferrer', 'nofollow'],
      ['id', FOOTNOTE_ID],
      'dataFootnoteRef',
      'dataFootnoteBackref',
      ['className', 'data-footnote-backref'],
      ['ariaDescribedBy', 'footnote-label'],
      'ariaLabel',
    ],
    img: [['src', OWN_IMAGE], 'alt', 'title', ['loading', 'lazy'], ['decoding', 'async']],
    code: [['className', /^language-[\w-]+$/, 'math-inline', 'math-display']],
    h2: [
      ['className', 'sr-only'],
      ['id', 'footnote-label'],
    ],
    ol: [['className', 'contains-task-list'], 'start'],
    ul: [['className', 'contains-task-list']],
    li: [
      ['className', 'task-list-item'],
      ['id', FOOTNOTE_ID],
    ],
    input: [['type', 'checkbox'], ['disabled', true], 'checked'],
    th: [['align', 'left', 'center', 'right']],
    td: [['align', 'left', 'center', 'right']],
    section: ['dataFootnotes', ['className', 'footnotes']],
    // Scrolling wrappers (tables, display maths, players) are keyboard-reachable labelled regions.
    div: [
      ['className', 'lesson-table', 'lesson-math', 'lesson-video'],
      ['role', 'region', 'group'],
      ['tabIndex', 0],
      'ariaLabel',
    ],
    iframe: [
      ['src', PLAYER],
      'title',
      ['loading', 'lazy'],
      ['allow', 'encrypted-media; picture-in-picture; fullscreen'],
      ['allowFullScreen', true],
      ['referrerPolicy', 'strict-origin-when-cross-origin'],
    ],
  },
  required: { input: { type: 'checkbox', disabled: true } },
};
