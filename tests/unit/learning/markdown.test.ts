import { describe, expect, it } from 'vitest';
import { parseInline, parseMarkdown, safeHref, safeImageSrc } from '@/lib/learning/markdown';

describe('lesson markdown', () => {
  it('turns headings one level down so the lesson title stays the only h1', () => {
    expect(parseMarkdown('# Tytuł\n## Pod\n### Pod-pod')).toEqual([
      { t: 'heading', level: 2, c: [{ t: 'text', v: 'Tytuł' }] },
      { t: 'heading', level: 3, c: [{ t: 'text', v: 'Pod' }] },
      { t: 'heading', level: 4, c: [{ t: 'text', v: 'Pod-pod' }] },
    ]);
  });

  it('joins paragraph lines and splits paragraphs on blank lines', () => {
    expect(parseMarkdown('a\nb\n\nc').map((b) => b.t)).toEqual(['p', 'p']);
    expect(parseMarkdown('a\nb')[0]).toEqual({ t: 'p', c: [{ t: 'text', v: 'a b' }] });
  });

  it('reads bullet and numbered lists, quotes, rules and fenced code', () => {
    const blocks = parseMarkdown(
      '- jeden\n- dwa\n\n1. pierwszy\n2) drugi\n\n> cytat\n> dalej\n\n---\n\n```\n<b>x</b>\n```',
    );
    expect(blocks.map((b) => b.t)).toEqual(['ul', 'ol', 'quote', 'hr', 'code']);
    expect(blocks[0]).toMatchObject({ items: [[{ t: 'text', v: 'jeden' }], [{ t: 'text', v: 'dwa' }]] });
    expect(blocks[2]).toEqual({ t: 'quote', c: [{ t: 'text', v: 'cytat dalej' }] });
    expect(blocks[4]).toEqual({ t: 'code', v: '<b>x</b>' });
  });

  it('parses bold, italic, inline code and links, nested', () => {
    expect(parseInline('**gruby *i pochyły* tekst** i `kod` oraz [link](https://uodo.gov.pl)')).toEqual([
      {
        t: 'strong',
        c: [
          { t: 'text', v: 'gruby ' },
          { t: 'em', c: [{ t: 'text', v: 'i pochyły' }] },
          { t: 'text', v: ' tekst' },
        ],
      },
      { t: 'text', v: ' i ' },
      { t: 'code', v: 'kod' },
      { t: 'text', v: ' oraz ' },
      { t: 'link', href: 'https://uodo.gov.pl', external: true, c: [{ t: 'text', v: 'link' }] },
    ]);
  });

  it('leaves underscores and stars inside words alone', () => {
    expect(parseInline('plik_nazwa_v2 i 2*3*4')).toEqual([{ t: 'text', v: 'plik_nazwa_v2 i 2*3*4' }]);
  });

  it('keeps HTML as text: nothing in the tree is markup', () => {
    const blocks = parseMarkdown('<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>');
    expect(blocks).toEqual([
      { t: 'p', c: [{ t: 'text', v: '<script>alert(1)</script>' }] },
      { t: 'p', c: [{ t: 'text', v: '<img src=x onerror=alert(1)>' }] },
    ]);
  });

  it('refuses javascript: and data: links, printing them as text', () => {
    expect(parseInline('[klik](javascript:alert(1))')[0]).toMatchObject({ t: 'text' });
    expect(safeHref('data:text/html,x')).toBeNull();
    expect(safeHref('//evil.example/x')).toBeNull();
    expect(safeHref('/kursy')).toBe('/kursy');
    expect(safeHref('mailto:kontakt@planeta.pl')).toBe('mailto:kontakt@planeta.pl');
  });

  it('accepts images only from our own server', () => {
    expect(parseMarkdown('![Schemat](/api/learning/zalaczniki/abc)')).toEqual([
      { t: 'image', alt: 'Schemat', src: '/api/learning/zalaczniki/abc' },
    ]);
    expect(parseMarkdown('![x](https://tracker.example/p.gif)')[0].t).toBe('p');
    expect(safeImageSrc('//cdn.example/a.png')).toBeNull();
  });

  it('normalises Windows line endings', () => {
    expect(parseMarkdown('# A\r\n\r\ntekst').map((b) => b.t)).toEqual(['heading', 'p']);
  });
});

describe('italic around bold', () => {
  it('keeps bold inside an italic sentence', () => {
    expect(parseInline('*I **visited** London.*')).toEqual([
      {
        t: 'em',
        c: [
          { t: 'text', v: 'I ' },
          { t: 'strong', c: [{ t: 'text', v: 'visited' }] },
          { t: 'text', v: ' London.' },
        ],
      },
    ]);
  });

  it.each([
    '/\\evil.com',
    '/%5Cevil.com',
    '/%2F/evil.com',
    '/.//evil.com',
    '//evil.com',
    '/\u0000/evil.com',
    'https://good.pl\\@evil.com',
    'https:/\\evil.com',
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'mailto:/evil.com',
  ])('never makes a link or an image of %j', (url) => {
    expect(safeHref(url)).toBeNull();
    expect(safeImageSrc(url)).toBeNull();
    expect(parseInline(`[x](${url})`)).toEqual([{ t: 'text', v: `[x](${url})` }]);
  });

  it('keeps site links in their normalised form and marks only other sites as external', () => {
    expect(parseInline('[lekcja](/nauka/a/../b?x=1)')).toEqual([
      { t: 'link', href: '/nauka/b?x=1', external: false, c: [{ t: 'text', v: 'lekcja' }] },
    ]);
    expect(parseInline('[UODO](https://uodo.gov.pl/pl)')[0]).toMatchObject({ external: true });
    expect(parseMarkdown('![mapa](/pliki/../pliki/mapa.png)')).toEqual([
      { t: 'image', alt: 'mapa', src: '/pliki/mapa.png' },
    ]);
  });
});
