// Fuzzing the CLI as a user runs it (`node dist/cli/index.js` in a child process), with fast-check:
// mutated real files (every fixture episode, companion and feed, the Podcasting 2.0 examples among
// them), random text and random bytes, given to `validate` and `import`. Whatever the input, the
// CLI ends with exit status 0 or 1 (2 only for a bad command line), never prints a stack trace or
// an "internal error", and every line it prints is one of its documented shapes, with each file
// it was given named in what it says. Seeded, so a failure repeats; prints how many cases ran.
// Capped at 32 processes: about 25 s on a busy 2-core machine.
import { execFile } from 'node:child_process';
import { cpSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';

const ROOT = resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '../..');
const CLI = join(ROOT, 'dist/cli/index.js');
const SEED = 20261207;
/** Child processes per property: the cost of this file is about one node start-up per run. */
const VALIDATE_RUNS = 14;
const FILES_PER_VALIDATE = 5;
const IMPORT_RUNS = 12;
const ARGS_RUNS = 6;
/** A CLI that runs this long on a file of a few kilobytes hangs. */
const HANG_MS = 20000;

// The /work/shared/formats Podcasting 2.0 examples are copied byte for byte in tests/fixtures/formats.
const FIXTURE_DIRS = ['formats', 'episodes', 'feeds', 'strict'];
const READABLE = new Set(['.json', '.vtt', '.srt', '.txt', '.html', '.xml']);

let tmp;
let server;
let origin;
let sources;
let serial = 0;
let failed = false;
const ran = [];
/** Stops at the first failure: shrinking would rerun the CLI hundreds of times. The input files are kept. */
const settings = (numRuns) => ({ seed: SEED, numRuns, endOnFailure: true });

/** Marks the run failed, so that the files it wrote stay for a look. */
async function checked(check) {
  try {
    await check();
  } catch (error) {
    failed = true;
    throw error;
  }
}

/** Runs the CLI in `cwd`; resolves with its exit status (null when killed) and output. */
function cli(args, cwd) {
  return new Promise((done) => {
    execFile(process.execPath, [CLI, ...args], { cwd, timeout: HANG_MS, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1', EPISODE_KIT_DEBUG: '' } }, (error, stdout, stderr) => {
      done({ status: error ? (typeof error.code === 'number' ? error.code : null) : 0, killed: !!error?.killed, stdout, stderr, args });
    });
  });
}

/**
 * Companion files on the web point at the local server instead (a fuzz run must not wait on the
 * network); the rest of the file is as published.
 */
function localUrls(text, sub) {
  return text
    .replace(/(\burl=")https?:\/\/[^"]*\/([^"/]*)"/g, (_, lead, name) => `${lead}${origin}/${sub}/${name}"`)
    .replace(/("src"\s*:\s*")https?:\/\/[^"]*\/([^"/]*)"/g, (_, lead, name) => `${lead}${origin}/${sub}/${name}"`);
}

before(async () => {
  tmp = join(tmpdir(), `ek-fuzz-${process.pid}`);
  rmSync(tmp, { recursive: true, force: true });
  server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname).replace(/\.\.+/g, '');
    try {
      res.writeHead(200).end(readFileSync(join(tmp, path)));
    } catch {
      res.writeHead(404, 'Not Found').end('no');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  origin = `http://127.0.0.1:${server.address().port}`;
  sources = [];
  for (const sub of FIXTURE_DIRS) {
    // Copied so that mutated files sit next to the companion files they name.
    cpSync(join(ROOT, 'tests/fixtures', sub), join(tmp, sub), { recursive: true });
    for (const name of readdirSync(join(tmp, sub))) {
      if (!READABLE.has(extname(name))) continue;
      const text = localUrls(readFileSync(join(tmp, sub, name), 'utf8'), sub);
      writeFileSync(join(tmp, sub, name), text);
      sources.push({ sub, name, text });
    }
  }
});

after(() => {
  server?.close();
  if (failed) console.log(`the files of the failing case are in ${tmp}`);
  else if (tmp) rmSync(tmp, { recursive: true, force: true });
  console.log(`fast-check (CLI): ${ran.join('; ')}`);
});

/** Text edits: delete, insert or replace a range with random or structural characters. */
const edit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.nat({ max: 60 }),
  insert: fc.oneof(
    fc.string({ maxLength: 12, unit: 'binary' }),
    fc.constantFrom('-->', '\n\n', '<', '>', '&', '&#0;', '"', '{', '}', '[', ']', ':', ',', '00:00:0', '99:99:99,999', '\r\n', '\u0000', '\ufeff', '\ud800', '<![CDATA[', ']]>', '<!DOCTYPE x [<!ENTITY a "aaaa">]>', '&a;', 'null', '-1e999', '"__proto__"', '"constructor"'),
  ),
});

function applyEdits(text, edits) {
  let out = text;
  for (const { at, remove, insert } of edits) {
    const i = Math.floor(at * out.length);
    out = out.slice(0, i) + insert + out.slice(i + remove);
  }
  return out;
}

/** Inputs that broke parsers elsewhere: deep nesting, one huge line, nothing, bytes that are not UTF-8. */
const HOSTILE = [
  '',
  '\ufeff',
  `${'['.repeat(50000)}${']'.repeat(50000)}`,
  `{"version":1,"title":"Deep","transcript":${'['.repeat(20000)}${']'.repeat(20000)}}`,
  `{"version":1,"title":"${'x'.repeat(500000)}"}`,
  `WEBVTT\n\n${'00:00:00.000 --> 00:00:01.000\n'.repeat(3000)}`,
  `<rss><channel>${'<item>'.repeat(5000)}</channel></rss>`,
  '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><rss><channel><title>&c;</title><item><title>&c;</title></item></channel></rss>',
];

/** The bytes of one file to give the CLI: a real file mutated, random text or bytes, or a hostile one. */
const content = fc.oneof(
  { weight: 6, arbitrary: fc.record({ source: fc.nat(), edits: fc.array(edit, { minLength: 1, maxLength: 6 }) }).map(({ source, edits }) => ({ source, mutate: (text) => applyEdits(text, edits) })) },
  { weight: 1, arbitrary: fc.record({ source: fc.nat(), cut: fc.double({ min: 0, max: 1, noNaN: true }) }).map(({ source, cut }) => ({ source, mutate: (text) => text.slice(0, Math.floor(cut * text.length)) })) },
  { weight: 1, arbitrary: fc.tuple(fc.nat(), fc.string({ maxLength: 300, unit: 'binary' })).map(([source, text]) => ({ source, mutate: () => text })) },
  { weight: 1, arbitrary: fc.tuple(fc.nat(), fc.uint8Array({ maxLength: 300 })).map(([source, bytes]) => ({ source, mutate: () => Buffer.from(bytes) })) },
  { weight: 1, arbitrary: fc.tuple(fc.nat(), fc.constantFrom(...HOSTILE.keys())).map(([source, i]) => ({ source, mutate: () => HOSTILE[i] })) },
);

/** Mostly the source's own extension, sometimes another (the importers then guess the format). */
const extension = fc.oneof({ weight: 4, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.constantFrom('.json', '.vtt', '.srt', '.txt', '.html', '.xml', '') });

/** Writes one input file next to its source; returns its path relative to the fixtures' copy. */
function writeInput({ source, mutate }, ext, pick = (list) => list) {
  const list = pick(sources);
  const from = list[source % list.length];
  const name = `fuzz-${++serial}${ext ?? extname(from.name)}`;
  writeFileSync(join(tmp, from.sub, name), mutate(from.text));
  return { path: `${from.sub}/${name}`, from: `${from.sub}/${from.name}` };
}

const lines = (text) => text.split('\n').filter((line) => line !== '');

/** No stack trace, no crash: what a bug in the CLI would print instead of its own messages. */
function expectNoCrash(run) {
  const where = `episode-kit ${run.args.join(' ')}`;
  assert.equal(run.killed, false, `${where}: still running after ${HANG_MS} ms`);
  for (const line of [...lines(run.stdout), ...lines(run.stderr)]) {
    assert.doesNotMatch(line, /^\s+at\s|^\s*at .*:\d+:\d+\)?$|node:internal|^(?:\w*Error|Uncaught|file:\/\/\/.*:\d+)\b/, `${where}: a stack trace: ${line}`);
    assert.ok(!line.includes('internal error'), `${where}: ${line}`);
  }
}

/** `file[:line[:column]]: error|warning: …`: one problem, one line, placed in a file. */
const PROBLEM = /^\S.*?(?::\d+(?::\d+)?)?: (?:error|warning): \S/;

function expectValidateOutput(run, files, json) {
  const where = `episode-kit ${run.args.join(' ')}`;
  expectNoCrash(run);
  assert.ok(run.status === 0 || run.status === 1, `${where}: exit status ${run.status}\n${run.stderr}`);
  if (json) {
    const report = JSON.parse(run.stdout);
    assert.deepEqual(report.files.map((f) => f.file), files, where);
    assert.equal(run.status, report.valid ? 0 : 1, where);
    for (const file of report.files) for (const p of [...file.errors, ...file.warnings]) assert.ok(typeof p.message === 'string' && p.message, where);
    return;
  }
  const named = new Set();
  for (const line of lines(run.stderr)) {
    const file = files.find((f) => line === `episode-kit: cannot read ${f} (${line.slice(`episode-kit: cannot read ${f} (`.length, -1)})`);
    assert.ok(file, `${where}: stderr line does not name its file: ${line}`);
    named.add(file);
  }
  const out = lines(run.stdout);
  for (const line of out) {
    if (PROBLEM.test(line) || /^\d+ files: /.test(line) || line === '--strict: warnings count as errors') continue;
    const file = files.find((f) => line.startsWith(`${f}: `) && /^(?:valid, (?:no problems|\d+ warnings?)|\d+ errors?(?:, \d+ warnings?)?)$/.test(line.slice(f.length + 2)));
    assert.ok(file, `${where}: not a problem or a summary line: ${line}`);
    named.add(file);
  }
  assert.deepEqual([...named].sort(), [...files].sort(), `${where}: a file given is not named in what the CLI said`);
}

function expectImportOutput(run, given, out) {
  const where = `episode-kit ${run.args.join(' ')}`;
  expectNoCrash(run);
  assert.ok(run.status === 0 || run.status === 1, `${where}: exit status ${run.status}\n${run.stderr}`);
  const err = lines(run.stderr);
  for (const line of err.slice(0, -1)) assert.match(line, PROBLEM, `${where}: not a problem line: ${line}`);
  const last = err.at(-1) ?? '';
  if (run.status === 0) {
    assert.match(last, /^(?:wrote .+|episode written to standard output): \d+ transcript segments?, \d+ chapters?(?:, \d+ (?:person|people))?, \d+ warnings?$/, where);
    const episode = JSON.parse(out ? readFileSync(join(tmp, out), 'utf8') : run.stdout);
    assert.equal(episode.version, 1, where);
    assert.equal(typeof episode.title, 'string', where);
    return;
  }
  assert.equal(run.stdout, '', `${where}: wrote a partial episode to standard output`);
  const namesAFile = given.some((f) => last.startsWith(`episode-kit: cannot read ${f} (`) || last.startsWith(`episode-kit: cannot import from ${f}: `));
  // An episode that cannot be written: the lines before say which problems, each in its file.
  const nothingToWrite = /^episode-kit: nothing to write: the episode has \d+ errors?$/.test(last) && err.some((line) => /: error: /.test(line));
  assert.ok(namesAFile || nothingToWrite, `${where}: the last line does not name the file that failed: ${last}`);
  assert.ok(!last.slice('episode-kit: '.length).includes('\n'), where);
}

describe('episode-kit on hostile files (fast-check)', { timeout: 180000 }, () => {
  it('validate: mutated, random and hostile files, several at a time; one line per problem, every file named, exit 0 or 1', async () => {
    let files = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(content, extension), { minLength: 1, maxLength: FILES_PER_VALIDATE }), fc.constantFrom([], ['--json'], ['--strict']), async (inputs, flags) => {
        const paths = inputs.map(([c, ext]) => writeInput(c, ext).path);
        files += paths.length;
        const run = await cli(['validate', ...flags, ...paths], tmp);
        await checked(() => expectValidateOutput(run, paths, flags.includes('--json')));
      }),
      settings(VALIDATE_RUNS),
    );
    ran.push(`validate ${VALIDATE_RUNS} runs, ${files} files`);
  });

  it('import: a mutated transcript, chapters file or feed; an episode with a summary line, or one line naming what failed; exit 0 or 1', async () => {
    const feeds = (list) => list.filter((s) => s.name.endsWith('.xml'));
    const companions = (list) => list.filter((s) => !s.name.endsWith('.xml') && !s.name.startsWith('episode') && s.sub !== 'episodes');
    const how = fc.oneof(
      fc.record({ kind: fc.constant('transcript'), chapters: fc.boolean(), title: fc.boolean() }),
      fc.record({ kind: fc.constant('chapters') }),
      fc.record({ kind: fc.constant('feed'), pick: fc.oneof(fc.constant(null), fc.nat({ max: 4 }).map((n) => ['--item', String(n)]), fc.constantFrom(['--guid', 'ep-2002'], ['--guid', 'nope'])) }),
    );
    await fc.assert(
      fc.asyncProperty(content, extension, how, fc.boolean(), async (c, ext, plan, toFile) => {
        const input = writeInput(c, ext, plan.kind === 'feed' ? feeds : companions);
        const args = ['import'];
        const given = [input.path];
        if (plan.kind === 'feed') args.push('--feed', input.path, ...(plan.pick ?? []));
        else if (plan.kind === 'chapters') args.push('--chapters', input.path, '--transcript', 'formats/otter.txt');
        else {
          args.push('--transcript', input.path);
          if (plan.chapters) args.push('--chapters', 'formats/chapters.vtt');
          if (plan.title) args.push('--title', 'Fuzzed');
        }
        const out = toFile ? `out-${serial}.json` : undefined;
        if (out) args.push('--out', out);
        const run = await cli(args, tmp);
        await checked(() => expectImportOutput(run, given, out));
      }),
      settings(IMPORT_RUNS),
    );
    ran.push(`import ${IMPORT_RUNS} runs`);
  });

  it('any command line: exit 0, 1 or 2, never a stack trace', async () => {
    const word = fc.oneof(
      fc.constantFrom('validate', 'import', 'help', '--help', '-h', '--version', '--json', '--strict', '--transcript', '--chapters', '--feed', '--guid', '--item', '--lang', '--title', '--show', '--media', '--keep-src', '--', '-', '=', 'formats/otter.txt', 'feeds/podlove.xml', 'formats/episode-srt.json', 'missing.json'),
      // No '/' and no -o: nothing written outside the scratch directory.
      fc.string({ maxLength: 10, unit: 'binary' }).filter((s) => !s.includes('/') && !s.startsWith('-o') && !s.includes('\u0000')),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(word, { maxLength: 6 }), async (args) => {
        const run = await cli(args, tmp);
        await checked(() => {
          expectNoCrash(run);
          assert.ok([0, 1, 2].includes(run.status), `episode-kit ${args.join(' ')}: exit status ${run.status}\n${run.stderr}`);
          if (run.status === 2) assert.equal(lines(run.stderr).at(-1)?.startsWith('episode-kit: ') || run.stderr.startsWith('Usage: '), true, run.stderr);
        });
      }),
      settings(ARGS_RUNS),
    );
    ran.push(`command lines ${ARGS_RUNS} runs`);
  });
});
