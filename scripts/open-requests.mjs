// Test-server diagnostics: requests the browser opened and the server has not finished. A run
// that "did not finish" with the page idle is most likely a page waiting on the network, so a
// request still open after 30 s is printed once, while the run goes on: a hang in CI then says
// what the page waited for.
const open = new Map();
const LIMIT_MS = 30000;
let nextId = 0;
let timer;

function reportStale() {
  const now = Date.now();
  for (const request of open.values()) {
    if (request.reported || now - request.since < LIMIT_MS) continue;
    request.reported = true;
    console.log(`Test server: ${request.method} ${request.url}${request.range ? ` (Range: ${request.range})` : ''} still open after ${Math.round((now - request.since) / 1000)} s`);
  }
}

/** Koa middleware (for @web/test-runner). */
export async function openRequestsMiddleware(ctx, next) {
  const id = nextId++;
  open.set(id, { method: ctx.method, url: ctx.url, range: ctx.get('range'), since: Date.now(), reported: false });
  ctx.res.once('close', () => open.delete(id));
  if (!timer) {
    timer = setInterval(reportStale, 5000);
    timer.unref();
  }
  await next();
}
