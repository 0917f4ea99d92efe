/**
 * Reading what the user names on the command line (a path or an http(s) URL) and the companion
 * files an episode or feed names: files on disk with fs, URLs with Node's fetch. Failures become
 * one-line messages, never stack traces.
 */
import { ownValue } from '../episode/own.js';
import { readFile } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** A failure the user can act on: printed as one line, `episode-kit: <message>`. */
export class CliError extends Error {
  constructor(
    message: string,
    /** 2 for a usage error (bad options), 1 otherwise. */
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message);
  }
}

export function isUrl(source: string): boolean {
  return /^https?:\/\//i.test(source);
}

/** The URL of a command-line source: itself for http(s), a file: URL for a path. */
export function sourceUrl(source: string): string {
  return isUrl(source) ? source : pathToFileURL(resolve(source)).href;
}

/** How a file is shown in messages: a path relative to the working directory, or the URL. */
export function displayName(fileOrUrl: string): string {
  if (!fileOrUrl.startsWith('file:')) return fileOrUrl;
  let path: string;
  try {
    path = fileURLToPath(fileOrUrl);
  } catch {
    return fileOrUrl;
  }
  const shown = relative(process.cwd(), path);
  return shown && !shown.startsWith(`..${sep}..`) ? shown : path;
}

const FS_REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a directory',
  ENOTDIR: 'a part of the path is not a directory',
  EMFILE: 'too many open files',
};

const NET_REASONS: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host not found',
  ECONNRESET: 'connection reset',
  ETIMEDOUT: 'timed out',
  UND_ERR_CONNECT_TIMEOUT: 'timed out',
  CERT_HAS_EXPIRED: 'certificate expired',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'self-signed certificate',
};

function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
}

export function fsReason(error: unknown): string {
  const code = errorCode(error);
  return (code && ownValue(FS_REASONS, code)) ?? (error instanceof Error ? error.message : String(error));
}

/** Node's fetch says only "fetch failed"; the reason is in its cause. */
export function fetchReason(error: unknown): string {
  const cause = (error as { cause?: unknown } | undefined)?.cause;
  const code = errorCode(cause) ?? errorCode(error);
  const reason = code ? ownValue(NET_REASONS, code) : undefined;
  if (reason) return reason;
  if (cause instanceof Error && cause.message) return cause.message;
  return error instanceof Error ? error.message : String(error);
}

/**
 * `fetch` for the episode loader: file: URLs are read from disk, http(s) URLs fetched. Errors
 * carry a short reason ("no such file", "connection refused") that the loader puts in its warning.
 */
export const cliFetch: typeof fetch = async (input, init) => {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  if (url.startsWith('file:')) {
    try {
      return new Response(await readFile(fileURLToPath(url), 'utf8'), { status: 200 });
    } catch (error) {
      throw new Error(fsReason(error));
    }
  }
  try {
    return await fetch(input, init);
  } catch (error) {
    throw new Error(fetchReason(error));
  }
};

export interface ReadSource {
  text: string;
  /** file: or http(s) URL: the base for what the file names. */
  url: string;
  /** The response's content type, for URLs. */
  type?: string;
}

/** Reads a path or URL the user gave, or throws a CliError: `cannot read x.json (no such file)`. */
export async function readSource(source: string): Promise<ReadSource> {
  const url = sourceUrl(source);
  if (!isUrl(source)) {
    try {
      return { text: await readFile(source, 'utf8'), url };
    } catch (error) {
      throw new CliError(`cannot read ${source} (${fsReason(error)})`);
    }
  }
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new CliError(`cannot fetch ${source} (${fetchReason(error)})`);
  }
  if (!response.ok) throw new CliError(`cannot fetch ${source} (HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''})`);
  const type = response.headers.get('content-type') ?? undefined;
  return type ? { text: await response.text(), url, type } : { text: await response.text(), url };
}
