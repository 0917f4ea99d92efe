// `/hang/<anything>`: a server that accepts the request and never answers (until the client gives
// up), for tests of the fetch timeout. `/hang/body/<anything>`: sends headers and a first chunk,
// then never ends the body.

/** Koa middleware (for @web/test-runner). */
export async function hangingMiddleware(ctx, next) {
  if (!ctx.url.startsWith('/hang/')) return next();
  const { req, res } = ctx;
  ctx.respond = false;
  if (ctx.url.startsWith('/hang/body/')) {
    res.writeHead(200, { 'Content-Type': 'text/vtt' });
    res.write('WEBVTT\n\n');
  }
  await new Promise((resolve) => {
    req.on('close', resolve);
    res.on('close', resolve);
  });
  res.destroy();
  return undefined;
}

/**
 * `/slow-head/<anything>`: 404 at once to a GET (a media element's error comes quickly), and to a
 * HEAD only after a second (the provider's question to the server comes back late), for the test
 * of an answer that arrives after the page gave the media another source.
 */
export async function slowHeadMiddleware(ctx, next) {
  if (!ctx.url.startsWith('/slow-head/')) return next();
  if (ctx.method === 'HEAD') await new Promise((resolve) => setTimeout(resolve, 1000));
  ctx.status = 404;
  ctx.body = 'Not Found';
  return undefined;
}
