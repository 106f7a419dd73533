// The allow-lists behind lesson links, images and players (kept from the old renderer's safeHref).
import { describe, expect, it } from 'vitest';
import { lessonImageSrc, safeHref, videoEmbedSrc } from '@/lib/learning/content/links';

describe('safeHref', () => {
  it.each([
    ['/kursy', '/kursy'],
    ['/nauka/a/../b?x=1#c', '/nauka/b?x=1#c'],
    ['mailto:kontakt@planeta.pl', 'mailto:kontakt@planeta.pl'],
    ['https://uodo.gov.pl/pl', 'https://uodo.gov.pl/pl'],
    ['HTTP://example.com', 'HTTP://example.com'],
  ])('keeps %j as %j', (url, expected) => {
    expect(safeHref(url)).toBe(expected);
  });

  it.each([
    '/\\evil.com',
    '/%5Cevil.com',
    '/%2F/evil.com',
    '/.//evil.com',
    '//evil.com',
    '/\u0000/evil.com',
    '/\t/evil.com',
    '/\n/evil.com',
    'https://good.pl\\@evil.com',
    'https:/\\evil.com',
    'https:evil.com',
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,x',
    'vbscript:msgbox(1)',
    'mailto:/evil.com',
    '',
  ])('refuses %j', (url) => {
    expect(safeHref(url)).toBeNull();
  });
});

describe('lessonImageSrc', () => {
  it('accepts course media and lesson attachments only', () => {
    expect(lessonImageSrc('/api/learning/media/cm1')).toBe('/api/learning/media/cm1');
    expect(lessonImageSrc('/api/learning/zalaczniki/a-b_c')).toBe('/api/learning/zalaczniki/a-b_c');
    expect(lessonImageSrc('/pliki/mapa.png')).toBeNull();
    expect(lessonImageSrc('//cdn.example/api/learning/media/x')).toBeNull();
    expect(lessonImageSrc('https://planeta.pl/api/learning/media/x')).toBeNull();
  });
});

describe('videoEmbedSrc', () => {
  it.each([
    ['https://www.youtube.com/watch?v=dQw4w9WgXcQ', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ'],
    ['https://m.youtube.com/watch?v=dQw4w9WgXcQ', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ'],
    ['https://youtu.be/dQw4w9WgXcQ?t=10', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ'],
    ['https://www.youtube.com/embed/dQw4w9WgXcQ', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ'],
    ['https://vimeo.com/76979871', 'https://player.vimeo.com/video/76979871'],
  ])('plays %j through %j', (url, src) => {
    expect(videoEmbedSrc(url)).toBe(src);
  });

  it.each([
    'https://www.youtube.com/watch?v=short',
    'https://youtu.be/dQw4w9WgXcQ/../../evil',
    'https://evil.example/youtu.be/dQw4w9WgXcQ',
    'javascript://youtu.be/dQw4w9WgXcQ',
    'https://vimeo.com/channels/staffpicks',
  ])('makes no player of %j', (url) => {
    expect(videoEmbedSrc(url)).toBeNull();
  });
});
