/**
 * URL checks for untrusted episode data: only http:, https: and relative URLs may reach an
 * `href` or `src`.
 */

// Browsers drop ASCII tab and newlines anywhere in a URL and leading/trailing C0 controls and
// spaces, so "java\tscript:" is still javascript:; test the scheme after doing the same.
const IGNORED_BY_URL_PARSER = /[\t\n\r]/g;
const EDGE_CONTROLS = /^[\u0000-\u0020]+|[\u0000-\u0020]+$/g;
const SCHEME_RE = /^([a-zA-Z][a-zA-Z0-9+.-]*):/;

/** True for http:, https: and relative URLs (including `//host/path`); false for anything else. */
export function isSafeUrl(url: string): boolean {
  if (typeof url !== 'string') return false;
  const cleaned = url.replace(IGNORED_BY_URL_PARSER, '').replace(EDGE_CONTROLS, '');
  if (!cleaned) return false;
  const scheme = SCHEME_RE.exec(cleaned);
  if (!scheme) return true;
  const name = scheme[1]!.toLowerCase();
  return name === 'http' || name === 'https';
}
