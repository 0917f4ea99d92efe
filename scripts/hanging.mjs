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
