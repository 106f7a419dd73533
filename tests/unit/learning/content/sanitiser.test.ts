// Everything a staff member could type to run script, leave the site or load a foreign resource,
// with the exact HTML the renderer makes of it.
import { describe, expect, it } from 'vitest';
import { renderLessonHtml } from '@/lib/learning/content/render';

const html = (md: string) => renderLessonHtml(md).trim();

describe('raw HTML in a lesson is text, never markup', () => {
  it.each([
    ['<script>alert(1)</script>', '<p>&#x3C;script>alert(1)&#x3C;/script></p>'],
    ['<img src=x onerror=alert(1)>', '<p>&#x3C;img src=x onerror=alert(1)></p>'],
    ['a <b onclick="alert(1)">b</b> c', '<p>a &#x3C;b onclick="alert(1)">b&#x3C;/b> c</p>'],
    ['<svg><script>alert(1)</script></svg>', '<p>&#x3C;svg>&#x3C;script>alert(1)&#x3C;/script>&#x3C;/svg></p>'],
    ['<svg onload=alert(1)>', '<p>&#x3C;svg onload=alert(1)></p>'],
    ['<iframe src="https://evil.example"></iframe>', '<p>&#x3C;iframe src="https://evil.example">&#x3C;/iframe></p>'],
    [
      '<iframe src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"></iframe>',
      '<p>&#x3C;iframe src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ">&#x3C;/iframe></p>',
    ],
    ['<p style="position:fixed">x</p>', '<p>&#x3C;p style="position:fixed">x&#x3C;/p></p>'],
    ['<style>body{display:none}</style>', '<p>&#x3C;style>body{display:none}&#x3C;/style></p>'],
    ['<!-- hidden -->', '<p>&#x3C;!-- hidden --></p>'],
    ['> <script>x</script>', '<blockquote>\n<p>&#x3C;script>x&#x3C;/script></p>\n</blockquote>'],
  ])('%j', (md, expected) => {
    expect(html(md)).toBe(expected);
  });
});

describe('links: same site, http(s) or mailto only', () => {
  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'java%0ascript:alert(1)',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'data:text/html,%3Cscript%3Ealert(1)%3C/script%3E',
    'vbscript:msgbox(1)',
    '//evil.example',
    '/\\evil.example',
    '/%5Cevil.example',
    '/%2F/evil.example',
    '/.//evil.example',
    '/%09/evil.example',
    'https:/\\evil.example',
    'mailto:/evil.example',
    'relative/path',
    'ftp://files.example/a',
  ])('keeps only the text of a link to %j', (url) => {
    expect(html(`[tekst](<${url}>)`)).toBe('<p>tekst</p>');
  });

  it('prints an address markdown cannot read as text', () => {
    expect(html('[x](<data:text/html,<script>alert(1)</script>>)')).toBe(
      '<p>[x](&#x3C;data:text/html,&#x3C;script>alert(1)&#x3C;/script>>)</p>',
    );
  });

  it('refuses a link whose address hides a newline or a tab', () => {
    expect(html('[a](</x\n/evil.example>)')).not.toContain('href');
    expect(html('[a](<javascript\t:alert(1)>)')).toBe('<p>a</p>');
  });

  it('normalises a path on this site and keeps it in the same tab', () => {
    expect(html('[lekcja](/nauka/a/../b?x=1)')).toBe('<p><a href="/nauka/b?x=1">lekcja</a></p>');
  });

  it('opens another site in a new tab without referrer, opener or endorsement', () => {
    expect(html('[UODO](https://uodo.gov.pl/pl)')).toBe(
      '<p><a href="https://uodo.gov.pl/pl" target="_blank" rel="noopener noreferrer nofollow">UODO</a></p>',
    );
  });

  it('keeps mailto links and same-page fragments', () => {
    expect(html('[pisz](mailto:kontakt@planeta.pl) [wyżej](#cel)')).toBe(
      '<p><a href="mailto:kontakt@planeta.pl">pisz</a> <a href="#cel">wyżej</a></p>',
    );
  });

  it('drops a title attribute trick but keeps a plain title', () => {
    expect(html('[a](https://x.pl "t\\" onmouseover=\\"alert(1)")')).toBe(
      '<p><a href="https://x.pl" title="t&#x22; onmouseover=&#x22;alert(1)" target="_blank" rel="noopener noreferrer nofollow">a</a></p>',
    );
  });
});

describe('images: only our own course files', () => {
  it.each([
    ['/api/learning/media/cmedia123', '/api/learning/media/cmedia123'],
    ['/api/learning/zalaczniki/att_1', '/api/learning/zalaczniki/att_1'],
    ['/api/learning/media/../zalaczniki/x1', '/api/learning/zalaczniki/x1'],
  ])('shows %j', (src, expected) => {
    expect(html(`![Schemat](${src})`)).toBe(
      `<p><img src="${expected}" alt="Schemat" loading="lazy" decoding="async"></p>`,
    );
  });

  it.each([
    'https://tracker.example/p.gif',
    '//cdn.example/a.png',
    '/\\cdn.example/a.png',
    'javascript:alert(1)',
    'data:image/svg+xml,%3Csvg%20onload=alert(1)%3E',
    'data:image/png;base64,iVBORw0KGgo=',
    '/api/learning/media/x/../../../admin',
    '/kursy/obraz.png',
    '/api/learning/media/abc?download=1',
  ])('shows only the alt text of %j', (src) => {
    expect(html(`![Schemat](<${src}>)`)).toBe('<p>Schemat</p>');
  });
});

describe('maths runs untrusted', () => {
  it.each([
    '$\\href{javascript:alert(1)}{x}$',
    '$\\url{javascript:alert(1)}$',
    '$\\includegraphics{https://evil.example/a.png}$',
    '$\\htmlClass{x}{y}$',
    '$\\htmlStyle{position:fixed}{y}$',
    '$\\htmlId{x}{y}$',
    '$\\htmlData{a=b}{y}$',
  ])('renders %j as the command in red, without a link, an image or a chosen attribute', (md) => {
    const out = html(md);
    const command = /^\$(\\\w+)/.exec(md)![1];
    expect(out).toContain(`<span class="mord" style="color:#cc0000;">${command}</span>`);
    // The source stays only as the MathML annotation's text.
    expect(out).not.toMatch(/<a\b|<img\b|\shref=|\ssrc=|style="[^"]*position|\sid=|data-a=|class="x"|class="y"/);
  });

  it('shows a formula KaTeX cannot read as an error span', () => {
    expect(html('$\\frac{1$')).toMatch(
      /^<p><span class="katex-error" title="ParseError: [^"]*" style="color:#cc0000">\\frac\{1<\/span><\/p>$/,
    );
  });

  it('keeps a script typed inside a formula as text', () => {
    expect(html('$\\text{<script>alert(1)</script>}$')).not.toContain('<script');
  });
});

describe('players only from YouTube (no-cookie) and Vimeo, for a link on its own', () => {
  const player = (src: string, title = 'Nagranie wideo') =>
    `<div class="lesson-video"><iframe src="${src}" title="${title}" loading="lazy" allow="encrypted-media; picture-in-picture; fullscreen" allowfullscreen referrerpolicy="strict-origin-when-cross-origin"></iframe></div>`;
  const yt = 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ';

  it.each([
    ['https://www.youtube.com/watch?v=dQw4w9WgXcQ', yt],
    ['https://youtube.com/watch?feature=share&v=dQw4w9WgXcQ&t=42', yt],
    ['https://youtu.be/dQw4w9WgXcQ', yt],
    ['https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ', yt],
    ['https://vimeo.com/76979871', 'https://player.vimeo.com/video/76979871'],
    ['https://player.vimeo.com/video/76979871', 'https://player.vimeo.com/video/76979871'],
  ])('turns %j into its player', (url, src) => {
    expect(html(url)).toBe(player(src));
  });

  it('takes the link text as the player title', () => {
    expect(html('[Pierwsza pomoc](https://youtu.be/dQw4w9WgXcQ)')).toBe(player(yt, 'Nagranie: Pierwsza pomoc'));
  });

  it('leaves a video link inside a sentence as a link', () => {
    expect(html('Zobacz https://youtu.be/dQw4w9WgXcQ teraz')).toContain('<a href="https://youtu.be/dQw4w9WgXcQ"');
  });

  it.each([
    'https://evil.example/watch?v=dQw4w9WgXcQ',
    'https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ',
    'https://www.youtube.com/watch?v=dQw4w9WgXcQ"onload="x',
    'https://vimeo.com/abc',
  ])('makes no player of %j', (url) => {
    expect(html(url)).not.toContain('<iframe');
  });
});
