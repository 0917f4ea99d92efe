// Serves `/media/silence-<seconds>.wav`: a silent 8 kHz mono WAV that a real <audio> can play
// and seek, so tests and the demo have media without committing binaries.
// `/media/no-range/silence-<seconds>.wav` is the same file from a server that ignores Range
// requests (as `python3 -m http.server` does): the media cannot seek.
export function silentWav(seconds) {
  const rate = 8000;
  const samples = Math.round(seconds * rate);
  const buffer = Buffer.alloc(44 + samples, 128);
  buffer.write('RIFF', 0, 'ascii');
  buffer.writeUInt32LE(36 + samples, 4);
  buffer.write('WAVEfmt ', 8, 'ascii');
  buffer.writeUInt32LE(16, 16);
  buffer.writeUInt16LE(1, 20);
  buffer.writeUInt16LE(1, 22);
  buffer.writeUInt32LE(rate, 24);
  buffer.writeUInt32LE(rate, 28);
  buffer.writeUInt16LE(1, 32);
  buffer.writeUInt16LE(8, 34);
  buffer.write('data', 36, 'ascii');
  buffer.writeUInt32LE(samples, 40);
  return buffer;
}

const pattern = /^\/media\/(no-range\/)?silence-(\d{1,5})\.wav(\?.*)?$/;

/** Koa middleware (for @web/dev-server and @web/test-runner). */
export function silentWavMiddleware(ctx, next) {
  const match = pattern.exec(ctx.url);
  if (!match) return next();
  const body = silentWav(Number(match[2]));
  ctx.type = 'audio/wav';
  if (match[1]) {
    ctx.body = body;
    return undefined;
  }
  ctx.set('Accept-Ranges', 'bytes');
  // Media is only seekable when the server answers range requests.
  const range = /bytes=(\d+)-(\d*)/.exec(ctx.get('range'));
  if (range) {
    const start = Number(range[1]);
    const end = range[2] ? Math.min(Number(range[2]), body.length - 1) : body.length - 1;
    ctx.status = 206;
    ctx.set('Content-Range', `bytes ${start}-${end}/${body.length}`);
    ctx.body = body.subarray(start, end + 1);
  } else {
    ctx.body = body;
  }
  return undefined;
}

/** The same for a plain node:http server; returns true when it answered. */
export function serveSilentWav(req, res) {
  const match = pattern.exec(req.url ?? '');
  if (!match) return false;
  const body = silentWav(Number(match[2]));
  // Range support, so the browser can seek without downloading everything again.
  const range = match[1] ? null : /bytes=(\d+)-(\d*)/.exec(req.headers.range ?? '');
  if (range) {
    const start = Number(range[1]);
    const end = range[2] ? Number(range[2]) : body.length - 1;
    res.writeHead(206, {
      'Content-Type': 'audio/wav',
      'Content-Range': `bytes ${start}-${end}/${body.length}`,
      'Accept-Ranges': 'bytes',
      'Content-Length': end - start + 1,
    });
    res.end(body.subarray(start, end + 1));
  } else {
    res.writeHead(200, { 'Content-Type': 'audio/wav', ...(match[1] ? {} : { 'Accept-Ranges': 'bytes' }), 'Content-Length': body.length });
    res.end(body);
  }
  return true;
}
