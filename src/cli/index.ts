#!/usr/bin/env node
/**
 * `episode-kit`, the command line: `validate`, `import` and `draft`. Uses only the pure episode code
 * (src/episode) the components use, so a file the CLI passes loads the same on a page.
 */
import { ownValue } from '../episode/own.js';
import { readFileSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { DRAFT_HELP, IMPORT_HELP, MAIN_HELP, VALIDATE_HELP } from './help.js';
import { importEpisode } from './import.js';
import { CliError } from './io.js';
import { validate } from './validate.js';

const HELP: Record<string, string> = { validate: VALIDATE_HELP, import: IMPORT_HELP, draft: DRAFT_HELP };

function version(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string };
    return pkg.version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/** node:util's parseArgs, with its errors as one line that says where to look. */
function parse(
  command: string,
  args: string[],
  options: NonNullable<ParseArgsConfig['options']>,
): { values: Record<string, string | boolean | undefined>; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({ args, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
    return { values: values as Record<string, string | boolean | undefined>, positionals };
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error))
      .replace(/\. To specify a positional argument starting with a '-'.*$/s, '')
      .replace(/\.$/, '');
    throw new CliError(`${command}: ${reason.charAt(0).toLowerCase()}${reason.slice(1)} (see episode-kit ${command} --help)`, 2);
  }
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined) {
    process.stderr.write(MAIN_HELP);
    return 2;
  }
  if (command === '-h' || command === '--help') {
    process.stdout.write(MAIN_HELP);
    return 0;
  }
  if (command === '-v' || command === '--version') {
    process.stdout.write(`${version()}\n`);
    return 0;
  }
  if (command === 'help') {
    const topic = rest[0];
    if (topic !== undefined && !ownValue(HELP, topic)) throw new CliError(`help: unknown command "${topic}" (commands: validate, import, draft)`, 2);
    process.stdout.write(topic ? ownValue(HELP, topic)! : MAIN_HELP);
    return 0;
  }

  if (command === 'validate') {
    const { values, positionals } = parse(command, rest, { json: { type: 'boolean' }, strict: { type: 'boolean' } });
    if (values.help) {
      process.stdout.write(VALIDATE_HELP);
      return 0;
    }
    return validate(positionals, { json: !!values.json, strict: !!values.strict });
  }

  if (command === 'import' || command === 'draft') {
    const { values, positionals } = parse(command, rest, {
      transcript: { type: 'string' },
      chapters: { type: 'string' },
      feed: { type: 'string' },
      guid: { type: 'string' },
      item: { type: 'string' },
      lang: { type: 'string' },
      title: { type: 'string' },
      show: { type: 'string' },
      media: { type: 'string' },
      out: { type: 'string', short: 'o' },
      // A draft is written whole: its entities' mentions are read from the transcript it inlines.
      ...(command === 'import' ? { 'keep-src': { type: 'boolean' as const } } : {}),
    });
    if (values.help) {
      process.stdout.write(command === 'import' ? IMPORT_HELP : DRAFT_HELP);
      return 0;
    }
    if (positionals.length) {
      throw new CliError(`${command}: unexpected argument "${positionals[0]}" (files are given with --transcript, --chapters or --feed; see episode-kit ${command} --help)`, 2);
    }
    const text = (name: string) => {
      const value = values[name];
      if (typeof value !== 'string') return undefined;
      if (!value.trim()) throw new CliError(`${command}: --${name} is empty`, 2);
      return value;
    };
    let item: number | undefined;
    const itemText = text('item');
    if (itemText !== undefined) {
      if (!/^\d+$/.test(itemText.trim())) throw new CliError(`${command}: --item takes a position counted from 0, not "${itemText}"`, 2);
      item = Number(itemText);
    }
    const options: Parameters<typeof importEpisode>[0] = { keepSrc: !!values['keep-src'] };
    for (const name of ['transcript', 'chapters', 'feed', 'guid', 'lang', 'title', 'show', 'media', 'out'] as const) {
      const value = text(name);
      if (value !== undefined) options[name] = value;
    }
    if (item !== undefined) options.item = item;
    if (command === 'import') return importEpisode(options);
    // The drafting code and its tagger load only for this command.
    const { draftEpisodeFile } = await import('./draft.js');
    return draftEpisodeFile(options);
  }

  throw new CliError(`unknown command "${command}" (commands: validate, import, draft; see episode-kit --help)`, 2);
}

main(process.argv.slice(2)).then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    if (error instanceof CliError) {
      process.stderr.write(`episode-kit: ${error.message}\n`);
      process.exitCode = error.exitCode;
      return;
    }
    // A bug, not bad input: still one line, with a way to get the details.
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`episode-kit: internal error: ${message}${process.env.EPISODE_KIT_DEBUG ? `\n${(error as Error)?.stack ?? ''}` : ' (set EPISODE_KIT_DEBUG=1 for details)'}\n`);
    process.exitCode = 1;
  },
);
