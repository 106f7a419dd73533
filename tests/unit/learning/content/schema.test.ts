// The sanitiser as the second wall: whatever element reached the tree (were the markdown stage ever
// to let one through), only the platform's tags and attributes, with allowed values, survive.
import type { Element, ElementContent, Properties, Root } from 'hast';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { lessonSchema } from '@/lib/learning/content/schema';

const el = (tagName: string, properties: Properties = {}, children: ElementContent[] = []): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});
const text = (value: string): ElementContent => ({ type: 'text', value });
const sanitiser = unified().use(rehypeSanitize, lessonSchema).use(rehypeStringify);
const clean = (...children: Element[]) =>
  sanitiser.stringify(sanitiser.runSync({ type: 'root', children } as Root) as Root);

describe('lesson sanitiser schema', () => {
  it.each<[string, Element, string]>([
    ['a script', el('script', {}, [text('alert(1)')]), ''],
    ['a style sheet', el('style', {}, [text('body{display:none}')]), ''],
    ['an event handler', el('p', { onClick: 'alert(1)', onMouseOver: 'x' }, [text('a')]), '<p>a</p>'],
    ['a style attribute', el('p', { style: 'position:fixed;inset:0' }, [text('a')]), '<p>a</p>'],
    ['a class of our own', el('p', { className: ['lesson-video'] }, [text('a')]), '<p>a</p>'],
    ['a javascript: link', el('a', { href: 'javascript:alert(1)' }, [text('a')]), '<a>a</a>'],
    ['a data: link', el('a', { href: 'data:text/html,x' }, [text('a')]), '<a>a</a>'],
    ['a vbscript: link', el('a', { href: 'vbscript:msgbox(1)' }, [text('a')]), '<a>a</a>'],
    ['a link target other than a new tab', el('a', { href: '/x', target: '_top' }, [text('a')]), '<a href="/x">a</a>'],
    ['an image from another site', el('img', { src: 'https://tracker.example/p.gif', alt: 'x' }), '<img alt="x">'],
    ['a data: image', el('img', { src: 'data:image/png;base64,AAAA', alt: 'x' }), '<img alt="x">'],
    [
      'an image with onerror',
      el('img', { src: '/api/learning/media/a1', onError: 'alert(1)' }),
      '<img src="/api/learning/media/a1">',
    ],
    ['an iframe off the allow-list', el('iframe', { src: 'https://evil.example/embed' }), '<iframe></iframe>'],
    [
      'a YouTube iframe with cookies',
      el('iframe', { src: 'https://www.youtube.com/embed/dQw4w9WgXcQ' }),
      '<iframe></iframe>',
    ],
    ['an iframe with srcdoc', el('iframe', { srcDoc: '<script>alert(1)</script>' }), '<iframe></iframe>'],
    ['an SVG with a script', el('svg', { onLoad: 'alert(1)' }, [el('script', {}, [text('alert(1)')])]), ''],
    ['an object', el('object', { data: 'https://evil.example/x.swf' }), ''],
    ['a form', el('form', { action: 'https://evil.example' }, [el('input', { type: 'text', name: 'p' })]), ''],
    ['a checkbox outside a task list', el('p', {}, [el('input', { type: 'checkbox' })]), '<p></p>'],
    ['a meta refresh', el('meta', { httpEquiv: ['refresh'], content: '0;url=https://evil.example' }), ''],
    ['a base element', el('base', { href: 'https://evil.example/' }), ''],
    ['a clobbering id', el('p', { id: 'location' }, [text('a')]), '<p>a</p>'],
    ['a foreign footnote-like id', el('li', { id: 'cookie' }, [text('a')]), '<li>a</li>'],
    ['an h1 (only the page title is one)', el('h1', {}, [text('T')]), 'T'],
  ])('removes %s', (_name, tree, expected) => {
    expect(clean(tree)).toBe(expected);
  });

  it('keeps exactly what the renderer produces', () => {
    const player = el('iframe', {
      src: 'https://player.vimeo.com/video/76979871',
      title: 'Film',
      loading: 'lazy',
      allowFullScreen: true,
    });
    expect(clean(el('div', { className: ['lesson-video'] }, [player]))).toBe(
      '<div class="lesson-video"><iframe src="https://player.vimeo.com/video/76979871" title="Film" loading="lazy" allowfullscreen></iframe></div>',
    );
    expect(
      clean(el('a', { href: 'https://x.pl', target: '_blank', rel: ['noopener', 'noreferrer', 'nofollow', 'opener'] })),
    ).toBe('<a href="https://x.pl" target="_blank" rel="noopener noreferrer nofollow"></a>');
    expect(clean(el('code', { className: ['language-math', 'math-inline', 'katex'] }, [text('x')]))).toBe(
      '<code class="language-math math-inline">x</code>',
    );
  });
});
