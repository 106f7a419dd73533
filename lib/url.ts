// Absolute addresses of this site (links in e-mails, certificate checks, redirects): the one
// place that joins APP_URL and a path, so a trailing slash in the configuration never doubles.
import { env } from '@/lib/config/env';

/** APP_URL without a trailing slash. */
export const appOrigin = () => env().APP_URL.replace(/\/$/, '');

/** `path` ("/grupy/…", with its leading slash) on this site; no path gives the site itself. */
export const absoluteUrl = (path = '') => `${appOrigin()}${path}`;
