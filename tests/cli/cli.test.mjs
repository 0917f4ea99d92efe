// The CLI as a user runs it: `node dist/cli/index.js …` in a child process, on the fixture files,
// on files that do not exist, and on files served over HTTP by a server on 127.0.0.1.
// Run by `npm test` after a build of the CLI (scripts/test.mjs), or `npm test -- --cli`.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';

const ROOT = resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '../..');
const CLI = join(ROOT, 'dist/cli/index.js');
const FIXTURES = join(ROOT, 'tests/fixtures/formats');

/** Runs the CLI; resolves with its exit status and output (never rejects on a non-zero exit). */
function cli(args, { cwd = FIXTURES } = {}) {
  return new Promise((done) => {
    execFile(process.execPath, [CLI, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' } }, (error, stdout, stderr) => {
      done({ status: error ? error.code : 0, stdout, stderr });
    });
  });
}

const lines = (text) => text.split('\n').filter(Boolean);

let tmp;
let server;
let origin;
const TYPES = { json: 'application/json', vtt: 'text/vtt', txt: 'text/plain; charset=utf-8', xml: 'application/rss+xml' };
const served = new Map();

before(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'ek-cli-'));
  server = createServer((req, res) => {
    const name = decodeURIComponent(new URL(req.url, 'http://x').pathname.slice(1));
    let body = served.get(name);
    if (body === undefined) {
      try {
        body = readFileSync(join(FIXTURES, name.replace(/\.\.+/g, '')), 'utf8');
      } catch {
        res.writeHead(404, 'Not Found').end('no');
        return;
      }
    }
    res.writeHead(200, { 'content-type': TYPES[name.split('.').pop()] ?? 'application/octet-stream' }).end(body);
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  origin = `http://127.0.0.1:${server.address().port}`;
});

after(() => {
  server?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('episode-kit --help', () => {
  it('lists the commands and exits 0', async () => {
    const { status, stdout, stderr } = await cli(['--help']);
    assert.equal(status, 0);
    assert.equal(stderr, '');
    assert.match(stdout, /^Usage: episode-kit <command>/);
    for (const word of ['validate FILE…', 'import', 'draft', '--version', 'Exit status']) assert.ok(stdout.includes(word), word);
  });

  it("documents every option of each command, in `COMMAND --help` and `help COMMAND`", async () => {
    const options = {
      validate: ['--json', '--strict', '--help'],
      import: ['--transcript', '--chapters', '--feed', '--guid', '--item', '--lang', '--title', '--show', '--media', '--out', '--keep-src', '--help'],
      draft: ['--transcript', '--chapters', '--feed', '--guid', '--item', '--lang', '--title', '--show', '--media', '--out', '--help'],
    };
    for (const [command, names] of Object.entries(options)) {
      const own = await cli([command, '--help']);
      const viaHelp = await cli(['help', command]);
      assert.equal(own.status, 0);
      assert.equal(own.stdout, viaHelp.stdout);
      assert.match(own.stdout, new RegExp(`^Usage: episode-kit ${command}`));
      for (const name of names) assert.ok(own.stdout.includes(name), `${command} --help mentions ${name}`);
      assert.ok(own.stdout.includes('Exit status'));
    }
  });

  it('prints the version of the package', async () => {
    const { status, stdout } = await cli(['--version']);
    assert.equal(status, 0);
    assert.equal(stdout.trim(), JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
  });

  it('says what is wrong with the command line in one line, with exit status 2', async () => {
    for (const [args, message] of [
      [['frobnicate'], 'episode-kit: unknown command "frobnicate" (commands: validate, import, draft; see episode-kit --help)'],
      [['validate', '--bogus', 'x.json'], "episode-kit: validate: unknown option '--bogus' (see episode-kit validate --help)"],
      [['validate'], 'episode-kit: validate: no file given (episode-kit validate FILE…; see episode-kit validate --help)'],
      [['import'], 'episode-kit: import: give --transcript FILE or --feed URL|FILE (see episode-kit import --help)'],
      [['import', '--feed', 'f.xml', '--guid', 'a', '--item', '1'], 'episode-kit: import: --guid and --item choose the feed item in two ways; give one of them'],
      [['import', '--feed', 'f.xml', '--item', 'last'], 'episode-kit: import: --item takes a position counted from 0, not "last"'],
      [['import', '--transcript', 'descript.txt', 'extra.json'], 'episode-kit: import: unexpected argument "extra.json" (files are given with --transcript, --chapters or --feed; see episode-kit import --help)'],
    ]) {
      const { status, stdout, stderr } = await cli(args);
      assert.equal(status, 2, args.join(' '));
      assert.equal(stdout, '');
      assert.equal(stderr, `${message}\n`);
    }
  });
});

describe('episode-kit validate', () => {
  it('prints the problems of companion files with file and line, and passes with warnings', async () => {
    const { status, stdout, stderr } = await cli(['validate', 'episode-vtt-chapters.json']);
    assert.equal(stderr, '');
    assert.deepEqual(lines(stdout), [
      'chapters.vtt:19: warning: chapters: cue ends (00:11:00.000) at or before its start (00:12:05.500); cue dropped',
      'chapters.vtt:23: warning: chapters: cue has no text (a chapter needs a title); chapter dropped',
      'episode-vtt-chapters.json: valid, 2 warnings',
    ]);
    assert.equal(status, 0);
    assert.equal((await cli(['validate', '--strict', 'episode-vtt-chapters.json'])).status, 1);
  });

  it('places problems in the episode file itself at their line, and exits 1 on errors', async () => {
    const file = join(tmp, 'bad.json');
    writeFileSync(
      file,
      JSON.stringify({ version: 1, title: 'Bad parts', people: [{ id: 'ana', name: 'Ana' }], transcript: [{ start: 0, text: 'Hi' }, { start: 'soon', text: 'Later' }] }, null, 2),
    );
    const ok = await cli(['validate', file]);
    assert.equal(ok.status, 0);
    assert.match(lines(ok.stdout)[0], /^.*bad\.json:16: warning: transcript\[1\]\.start: .*segment dropped$/);

    const broken = await cli(['validate', 'broken-episode.json', 'episode-srt.json']);
    assert.equal(broken.status, 1);
    const out = lines(broken.stdout);
    // V8's message quotes the text around the error over several lines: only the reason is kept.
    assert.equal(out[0], "broken-episode.json:6:3: error: Unexpected token ']'");
    assert.ok(out.includes('broken-episode.json: 1 error'));
    assert.ok(out.includes('crlf-bom.srt:11: warning: transcript: malformed cue timing: cue end timestamp `00:00:0x.000` is invalid; cue dropped'));
    assert.equal(out.at(-1), '2 files: 1 with errors, 1 error, 2 warnings');
  });

  it('reports a file that does not exist in one line, no stack trace, and still checks the others', async () => {
    const { status, stdout, stderr } = await cli(['validate', 'missing.json', 'episode-srt.json']);
    assert.equal(status, 1);
    assert.equal(stderr, 'episode-kit: cannot read missing.json (no such file)\n');
    assert.ok(lines(stdout).includes('episode-srt.json: valid, 2 warnings'));
  });

  it('--json gives one machine-readable report', async () => {
    const { status, stdout } = await cli(['validate', '--json', 'episode-vtt-chapters.json', 'missing.json']);
    assert.equal(status, 1);
    const report = JSON.parse(stdout);
    assert.equal(report.valid, false);
    assert.equal(report.errors, 1);
    assert.equal(report.warnings, 2);
    assert.deepEqual(report.files[0].warnings[0], {
      path: 'chapters',
      message: 'cue ends (00:11:00.000) at or before its start (00:12:05.500); cue dropped',
      file: 'chapters.vtt',
      line: 19,
    });
    assert.deepEqual(report.files[1], {
      file: 'missing.json',
      valid: false,
      errors: [{ path: '', message: 'cannot read missing.json (no such file)', file: 'missing.json' }],
      warnings: [],
    });
  });

  it('reads an episode and its companion files over HTTP', async () => {
    const { status, stdout } = await cli(['validate', `${origin}/episode-vtt-chapters.json`]);
    assert.equal(status, 0);
    assert.deepEqual(lines(stdout).slice(0, 2), [
      `${origin}/chapters.vtt:19: warning: chapters: cue ends (00:11:00.000) at or before its start (00:12:05.500); cue dropped`,
      `${origin}/chapters.vtt:23: warning: chapters: cue has no text (a chapter needs a title); chapter dropped`,
    ]);
    const missing = await cli(['validate', `${origin}/nope.json`]);
    assert.equal(missing.status, 1);
    assert.equal(missing.stderr, `episode-kit: cannot fetch ${origin}/nope.json (HTTP 404 Not Found)\n`);
  });
});

describe('episode-kit import', () => {
  it('writes an episode file with $schema from a WhisperX transcript and WebVTT chapters, which then validates', async () => {
    const out = join(tmp, 'whisperx-episode.json');
    const { status, stdout, stderr } = await cli(['import', '--transcript', 'whisperx.json', '--chapters', 'chapters.vtt', '--title', 'Open Weights', '--media', 'https://cdn.example.com/ep42.mp3', '--out', out]);
    assert.equal(status, 0, stderr);
    assert.equal(stdout, '');
    const episode = JSON.parse(readFileSync(out, 'utf8'));
    assert.deepEqual(Object.keys(episode), ['$schema', 'version', 'title', 'media', 'chapters', 'transcript']);
    assert.equal(episode.$schema, 'https://unpkg.com/episode-kit/dist/episode.schema.json');
    assert.equal(episode.version, 1);
    assert.deepEqual(episode.chapters[0], { start: 0, end: 90, title: 'Welcome & introductions' });
    assert.equal(episode.transcript.length, 5);
    assert.deepEqual(Object.keys(episode.transcript[0]), ['start', 'end', 'speaker', 'text', 'words']);
    assert.equal(episode.transcript[2].speaker, 'SPEAKER_01');
    assert.deepEqual(lines(stderr), [
      'chapters.vtt:19: warning: chapters: cue ends (00:11:00.000) at or before its start (00:12:05.500); cue dropped',
      'chapters.vtt:23: warning: chapters: cue has no text (a chapter needs a title); chapter dropped',
      'whisperx.json:1: warning: segments[1].words[8]: 2 words have no time (not aligned), the first here; their times are taken from the words around them',
      `wrote ${out}: 5 transcript segments, 3 chapters, 3 warnings`,
    ]);
    const check = await cli(['validate', out]);
    assert.equal(check.status, 0);
    assert.equal(lines(check.stdout).at(-1), `${out}: valid, no problems`);
  });

  it('writes to standard output only the JSON, and names the title after the file when none is given', async () => {
    const { status, stdout, stderr } = await cli(['import', '--transcript', 'openai-verbose.json']);
    assert.equal(status, 0);
    const episode = JSON.parse(stdout);
    assert.equal(episode.title, 'openai-verbose');
    assert.equal(episode.transcript[0].text, 'Hi everyone, and welcome to the Sample Show.');
    assert.ok(stderr.includes('warning: title: no --title given; the title is "openai-verbose", from the file name'));
    assert.ok(stderr.includes('openai-verbose.json:44: warning: segments[2].text: no text; segment dropped'));
  });

  it('--keep-src keeps the companion files as links relative to the output, still checked', async () => {
    const out = join(tmp, 'kept', 'episode.json');
    const { status: mk } = await cli(['import', '--transcript', 'otter.txt', '--keep-src', '--out', out]);
    assert.equal(mk, 1); // no such directory yet
    await import('node:fs').then((fs) => fs.mkdirSync(join(tmp, 'kept')));
    const { status, stderr } = await cli(['import', '--transcript', 'otter.txt', '--title', 'Otter', '--keep-src', '--out', out]);
    assert.equal(status, 0, stderr);
    const episode = JSON.parse(readFileSync(out, 'utf8'));
    assert.equal(episode.transcript.src.endsWith('tests/fixtures/formats/otter.txt'), true);
    assert.ok(stderr.includes('otter.txt:13: warning: transcript: 1 line has no timestamp'));
    const check = await cli(['validate', '--json', out]);
    const report = JSON.parse(check.stdout);
    assert.equal(report.valid, true);
    assert.deepEqual(report.files[0].warnings.map((w) => w.line), [13, 19]);
  });

  it('reads a plain-text transcript served over HTTP as text/plain', async () => {
    const { status, stdout, stderr } = await cli(['import', '--transcript', `${origin}/descript.txt`, '--title', 'Served']);
    assert.equal(status, 0, stderr);
    const episode = JSON.parse(stdout);
    assert.deepEqual(
      episode.transcript.map((s) => [s.start, s.speaker]),
      [
        [0, 'Ana Ortiz'],
        [4, 'Ana Ortiz'],
        [9, 'Ben Lee'],
        [13, 'Ana Ortiz'],
        [18, 'Ben Lee'],
        [27, 'Ana Ortiz'],
      ],
    );
  });

  it('says in one line that a transcript or feed cannot be read, and writes nothing', async () => {
    const out = join(tmp, 'never.json');
    const missing = await cli(['import', '--transcript', 'missing.vtt', '--out', out]);
    assert.equal(missing.status, 1);
    assert.equal(missing.stderr, 'episode-kit: cannot read missing.vtt (no such file)\n');
    assert.throws(() => readFileSync(out));
    const feed = await cli(['import', '--feed', `${origin}/gone.xml`]);
    assert.equal(feed.status, 1);
    assert.equal(feed.stderr, `episode-kit: cannot fetch ${origin}/gone.xml (HTTP 404 Not Found)\n`);
    // A port nothing listens on: one that was free a moment ago.
    const closed = createServer();
    await new Promise((ok) => closed.listen(0, '127.0.0.1', ok));
    const port = closed.address().port;
    await new Promise((ok) => closed.close(ok));
    const refused = await cli(['import', '--transcript', `http://127.0.0.1:${port}/t.vtt`]);
    assert.equal(refused.status, 1);
    assert.equal(refused.stderr, `episode-kit: cannot fetch http://127.0.0.1:${port}/t.vtt (connection refused)\n`);
  });

  const feedStubbed = readFileSync(join(ROOT, 'src/episode/feed/index.ts'), 'utf8').includes('not supported yet');
  it('imports an item of a feed read from a local server, with its chapters and transcript inlined', { skip: feedStubbed && 'the feed reader has not landed yet' }, async () => {
    served.set(
      'feed.xml',
      `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" xmlns:podcast="https://podcastindex.org/namespace/1.0">
  <channel>
    <title>The Sample Show</title>
    <item>
      <title>Open Weights and the Chip Race</title>
      <guid isPermaLink="false">ep-42</guid>
      <pubDate>Wed, 24 Dec 2025 08:00:00 GMT</pubDate>
      <enclosure url="${origin}/ep42.mp3" length="1000" type="audio/mpeg"/>
      <itunes:duration>31:40</itunes:duration>
      <podcast:transcript url="${origin}/whisperx.json" type="application/json"/>
      <podcast:chapters url="${origin}/chapters-example.json" type="application/json+chapters"/>
    </item>
    <item>
      <title>A missing chapters file</title>
      <guid isPermaLink="false">ep-43</guid>
      <enclosure url="${origin}/ep43.mp3" length="1000" type="audio/mpeg"/>
      <podcast:chapters url="${origin}/gone-chapters.json" type="application/json+chapters"/>
    </item>
  </channel>
</rss>`,
    );
    const { status, stdout, stderr } = await cli(['import', '--feed', `${origin}/feed.xml`, '--guid', 'ep-42']);
    assert.equal(status, 0, stderr);
    const episode = JSON.parse(stdout);
    assert.equal(episode.title, 'Open Weights and the Chip Race');
    assert.equal(episode.show, 'The Sample Show');
    assert.equal(episode.chapters.length, 9);
    assert.equal(episode.transcript.length, 5);

    const missing = await cli(['import', '--feed', `${origin}/feed.xml`, '--item', '1']);
    assert.equal(missing.status, 0, missing.stderr);
    assert.deepEqual(JSON.parse(missing.stdout).chapters, { src: `${origin}/gone-chapters.json`, type: 'application/json+chapters' });
    assert.ok(missing.stderr.includes(`${origin}/gone-chapters.json: warning: item[1].podcast:chapters: the chapters file HTTP 404 Not Found`), missing.stderr);
  });
});
