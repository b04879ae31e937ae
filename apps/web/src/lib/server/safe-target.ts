/**
 * @module
 * Where to send someone after signing in (`?till=`): only a path of this site. The
 * target is read as the browser would read it (a backslash is a slash there, so
 * `/\evil.example` is another site), and only its path, query and fragment are kept.
 */

const HOME = '/oversikt';
/** Stands in for this site while the target is read; never shown or followed. */
const SITE = 'http://indikera.invalid';

export function safeTarget(target: string | null | undefined, fallback = HOME): string {
  if (!target?.startsWith('/')) return fallback;
  let url: URL;
  try {
    url = new URL(target, SITE);
  } catch {
    return fallback;
  }
  if (url.origin !== SITE) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // The parser has resolved it to one leading slash; anything else is not a plain path.
  return path.startsWith('/') && !path.startsWith('//') ? path : fallback;
}
