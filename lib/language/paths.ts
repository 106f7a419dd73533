// Where the language school lives in the address bar (its landing page lists every level with
// its sign-up); other areas link here rather than to a generic offer page.
export const LANGUAGE_PATH = '/jezyk-polski';
