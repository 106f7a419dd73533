// Pure (no database): also imported by client-side forms through course-schemas.
const VIDEO_HOSTS = /^https:\/\/(www\.youtube-nocookie\.com\/embed\/|player\.vimeo\.com\/video\/)[\w-]+(\?[\w=&;-]*)?$/;

/** Only players the Content-Security-Policy frames: YouTube (no-cookie) and Vimeo embeds. */
export function isEmbeddableVideo(url: string): boolean {
  return VIDEO_HOSTS.test(url);
}
