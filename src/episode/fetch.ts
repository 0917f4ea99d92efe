/**
 * Fetching a file as text, shared by the episode, feed and companion loaders: a timeout, a size
 * limit, and a message that says why a file could not be read. No DOM types: the CLI uses it too.
 */

/**
 * How long a fetch of an episode, feed or companion file may take, headers and body, in
 * milliseconds; then it counts as failed ("did not answer within 30 s"), so a server that never
 * answers cannot hold an episode back forever. 0 or Infinity: no limit.
 */
let fetchTimeout = 30_000;

/** Sets the fetch timeout for every load from now on (see `fetchTimeout`); returns the old one. */
export function setFetchTimeout(milliseconds: number): number {
  const old = fetchTimeout;
  fetchTimeout = Number.isFinite(milliseconds) && milliseconds > 0 ? milliseconds : Infinity;
  return old;
}

/**
 * The largest file a fetch reads, in bytes: a larger one is refused before it is parsed (by its
 * Content-Length when the server sends one, else as soon as that many bytes have arrived).
 */
let maxFileSize = 50 * 1024 * 1024;

/** Sets the largest file a fetch reads, in bytes, for every load from now on; returns the old one. */
export function setMaxFileSize(bytes: number): number {
  const old = maxFileSize;
  maxFileSize = Number.isFinite(bytes) && bytes > 0 ? bytes : Infinity;
  return old;
}

function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Number((bytes / 1024 / 1024).toFixed(1))} MB` : bytes >= 1024 ? `${Number((bytes / 1024).toFixed(1))} kB` : `${bytes} bytes`;
}

/** The body as text, or undefined once it grows past `limit` bytes (the rest is not downloaded). */
async function readLimited(response: Response, limit: number): Promise<string | undefined> {
  if (!response.body || !Number.isFinite(limit)) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let size = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      void reader.cancel().catch(() => {});
      return undefined;
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

function secondsText(milliseconds: number): string {
  return `${Number((milliseconds / 1000).toFixed(1))} s`;
}

function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The load was aborted.', 'AbortError');
}

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw abortError(signal);
}

function isAbort(error: unknown, signal: AbortSignal | undefined): boolean {
  return !!signal?.aborted || (error instanceof DOMException && error.name === 'AbortError');
}

export function resolveUrl(url: string, base: string | undefined): string | undefined {
  try {
    return new URL(url, base).href;
  } catch {
    return undefined;
  }
}

/**
 * Browsers report a response refused for CORS as a plain network error: for a file on another
 * origin than the page, say that this may be the cause, and what its server must send.
 */
function corsHint(url: string): string {
  const page = (globalThis as { location?: { origin?: string } }).location?.origin;
  let origin: string | undefined;
  try {
    origin = new URL(url).origin;
  } catch {
    return '';
  }
  if (!page || page === 'null' || origin === page) return '';
  return `; it is on another origin (${origin}), so if it exists, its server may not allow this page to read it (CORS): it must answer with the header "Access-Control-Allow-Origin: ${page}" (or "*")`;
}

export async function fetchText(
  url: string,
  fetchFn: typeof fetch,
  signal: AbortSignal | undefined,
): Promise<{ ok: true; text: string; type?: string } | { ok: false; message: string }> {
  throwIfAborted(signal);
  // One signal for both ends: the caller's abort (a newer load) and the timeout.
  const limit = fetchTimeout;
  const controller = new AbortController();
  let timedOut = false;
  const timer = Number.isFinite(limit)
    ? setTimeout(() => {
        timedOut = true;
        controller.abort();
      }, limit)
    : undefined;
  const forwardAbort = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', forwardAbort, { once: true });
  const failed = (error: unknown, what: string): { ok: false; message: string } => {
    if (signal?.aborted) throw abortError(signal);
    if (timedOut) return { ok: false, message: `did not answer within ${secondsText(limit)}` };
    if (isAbort(error, undefined)) throw error;
    return { ok: false, message: `${what} (${error instanceof Error ? error.message : String(error)})${what === 'could not be fetched' ? corsHint(url) : ''}` };
  };
  try {
    let response: Response;
    try {
      response = await fetchFn(url, { signal: controller.signal });
    } catch (error) {
      return failed(error, 'could not be fetched');
    }
    if (!response.ok) {
      void response.body?.cancel().catch(() => {});
      return { ok: false, message: `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}` };
    }
    const size = Number(response.headers.get('content-length'));
    if (size > maxFileSize) {
      void response.body?.cancel().catch(() => {});
      return { ok: false, message: `is ${sizeText(size)}, over the ${sizeText(maxFileSize)} limit` };
    }
    try {
      const text = await readLimited(response, maxFileSize);
      if (text === undefined) return { ok: false, message: `is over the ${sizeText(maxFileSize)} limit` };
      const type = response.headers.get('content-type') ?? undefined;
      return type ? { ok: true, text, type } : { ok: true, text };
    } catch (error) {
      return failed(error, 'could not be read');
    }
  } finally {
    if (timer !== undefined) clearTimeout(timer);
    signal?.removeEventListener('abort', forwardAbort);
  }
}
