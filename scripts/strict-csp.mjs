// Serves the strict-page fixtures (tests/fixtures/strict/*.html) with the Content Security Policy
// that the README says a strict page needs, so the test sees what such a page sees.
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "media-src 'self'",
  "require-trusted-types-for 'script'",
  "trusted-types lit-html 'allow-duplicates'",
].join('; ');

const strictPage = /^\/tests\/fixtures\/strict\/[\w-]+\.html(?:[?#].*)?$/;

/** Koa middleware (for @web/dev-server and @web/test-runner). */
export async function strictCspMiddleware(ctx, next) {
  await next();
  if (strictPage.test(ctx.url)) ctx.set('Content-Security-Policy', STRICT_CSP);
}
