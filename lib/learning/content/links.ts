// Where a lesson may point: links, images and video players, each from an allow-list. Pure
// (no I/O), shared by the renderer's tree transform and its tests.
import { sitePath, UNSAFE_URL_CHARS } from '@/lib/url';
import { isEmbeddableVideo } from '@/lib/learning/video';

/**
 * http(s), mailto and site-relative links; anything else (javascript:, data:, vbscript:) is refused.
 * A site-relative link goes through the same normaliser as every `next=` (lib/url `sitePath`), so
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

/** A link to a place on the same page (footnotes, `[see](#…)`): only plain fragment names. */
export const isFragmentHref = (url: string) => /^#[\w-]{1,200}$/.test(url);

/** Files our own server serves for courses: course media and lesson attachments. */
export const OWN_IMAGE = /^\/api\/learning\/(media|zalaczniki)\/[\w-]{1,64}$/;

/** Images only from our own course files (the CSP allows nothing else and nothing tracks readers). */
export function lessonImageSrc(url: string): string | null {
  const path = sitePath(url);
  return path && OWN_IMAGE.test(path) ? path : null;
}

const YOUTUBE_ID = '([\\w-]{11})';
const VIDEO_LINKS: [RegExp, (id: string) => string][] = [
  [
    new RegExp(`^https?://(?:www\\.|m\\.)?youtube\\.com/watch\\?(?:[\\w=&%.-]*&)?v=${YOUTUBE_ID}(?:[&#][\\w=&%.-]*)?$`),
    yt,
  ],
  [new RegExp(`^https?://youtu\\.be/${YOUTUBE_ID}(?:[?#][\\w=&%.-]*)?$`), yt],
  [new RegExp(`^https?://(?:www\\.)?youtube(?:-nocookie)?\\.com/embed/${YOUTUBE_ID}(?:[?#][\\w=&%.-]*)?$`), yt],
  [/^https?:\/\/(?:www\.)?vimeo\.com\/(\d{1,12})(?:[?#][\w=&%.-]*)?$/, vimeo],
  [/^https?:\/\/player\.vimeo\.com\/video\/(\d{1,12})(?:[?#][\w=&%.-]*)?$/, vimeo],
];

function yt(id: string) {
  return `https://www.youtube-nocookie.com/embed/${id}`;
}
function vimeo(id: string) {
  return `https://player.vimeo.com/video/${id}`;
}

/** The player address for a YouTube or Vimeo link (the no-cookie host for YouTube), or null. */
export function videoEmbedSrc(url: string): string | null {
  for (const [pattern, embed] of VIDEO_LINKS) {
    const id = pattern.exec(url)?.[1];
    if (id) {
      const src = embed(id);
      // The CSP's frame-src and the lesson form's video field accept exactly these players.
      return isEmbeddableVideo(src) ? src : null;
    }
  }
  return null;
}
