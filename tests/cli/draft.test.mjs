// `episode-kit draft` as a user runs it: `node dist/cli/index.js draft …` in a child process, on
// the labelled transcripts of tests/fixtures/draft, and on a feed served by a server on 127.0.0.1.
// Run by `npm run test:cli` (scripts/test.mjs builds dist/cli and dist/draft first).
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';

const ROOT = resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '../..');
const CLI = join(ROOT, 'dist/cli/index.js');
const FIXTURES = join(ROOT, 'tests/fixtures/draft');

function cli(args, { cwd = FIXTURES } = {}) {
  return new Promise((done) => {
    execFile(process.execPath, [CLI, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' } }, (error, stdout, stderr) => {
      done({ status: error ? error.code : 0, stdout, stderr });
    });
  });
}

const lines = (text) => text.split('\n').filter(Boolean);
const byName = (episode, name) => episode.entities.find((e) => e.name === name);

let tmp;
let server;
let origin;
const served = new Map();

before(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'ek-draft-'));
  server = createServer((req, res) => {
    const name = decodeURIComponent(new URL(req.url, 'http://x').pathname.slice(1));
    const body = served.get(name) ?? (() => {
      try {
        return readFileSync(join(FIXTURES, name.replace(/\.\.+/g, '')), 'utf8');
      } catch {
        return undefined;
      }
    })();
    if (body === undefined) res.writeHead(404, 'Not Found').end('no');
    else res.writeHead(200).end(body);
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  origin = `http://127.0.0.1:${server.address().port}`;
});

after(() => {
  server?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('episode-kit draft', () => {
  it('documents every option in `draft --help` and `help draft`, and is listed in the main help', async () => {
    const own = await cli(['draft', '--help']);
    const viaHelp = await cli(['help', 'draft']);
    assert.equal(own.status, 0);
    assert.equal(own.stdout, viaHelp.stdout);
    assert.match(own.stdout, /^Usage: episode-kit draft/);
    for (const name of ['--transcript', '--chapters', '--feed', '--guid', '--item', '--lang', '--title', '--show', '--media', '--out', '--help', 'Exit status']) {
      assert.ok(own.stdout.includes(name), `draft --help mentions ${name}`);
    }
    assert.match((await cli(['--help'])).stdout, /^ {2}draft {2,}/m);
  });

  it('says what is wrong with the command line in one line, with exit status 2', async () => {
    for (const [args, message] of [
      [['draft'], 'episode-kit: draft: give --transcript FILE or --feed URL|FILE (see episode-kit draft --help)'],
      [['draft', '--transcript', 'solo.srt', '--keep-src'], "episode-kit: draft: unknown option '--keep-src' (see episode-kit draft --help)"],
      [['draft', '--transcript', 'solo.srt', '--guid', 'x'], 'episode-kit: draft: --guid chooses an item of a feed; give --feed too'],
    ]) {
      const { status, stdout, stderr } = await cli(args);
      assert.equal(status, 2, args.join(' '));
      assert.equal(stdout, '');
      assert.equal(stderr, `${message}\n`);
    }
  });

  it('drafts entities, links, topics and a summary for an interview, keeping its chapters, in a file that validates with no warnings', async () => {
    const out = join(tmp, 'interview.json');
    const { status, stdout, stderr } = await cli(['draft', '--transcript', 'interview.vtt', '--chapters', 'interview-chapters.json', '--title', 'Open weights and the chip race', '--out', out]);
    assert.equal(status, 0, stderr);
    assert.equal(stdout, '');
    assert.match(lines(stderr).at(-1), new RegExp(`^wrote ${out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: \\d+ entities, \\d+ links, \\d+ topics, 8 chapters \\(given\\), \\d+ summary points, 0 warnings$`));
    const episode = JSON.parse(readFileSync(out, 'utf8'));
    const given = JSON.parse(readFileSync(join(FIXTURES, 'interview-chapters.json'), 'utf8')).chapters;
    assert.deepEqual(episode.chapters.map((c) => c.title), given.map((c) => c.title));

    // Variants are one entity: "DeepSeek's", "Deepseek"; "Huang" after "Jensen Huang".
    assert.equal(episode.entities.filter((e) => /deepseek/i.test(e.name)).length, 1);
    assert.equal(byName(episode, 'DeepSeek').type, 'company');
    assert.deepEqual(byName(episode, 'Jensen Huang').aliases, ['Huang']);
    assert.equal(byName(episode, 'H100').type, 'product');
    assert.equal(byName(episode, 'open weights').type, 'concept');
    // Speakers are people; a name said once in passing is not an entity.
    assert.equal(byName(episode, 'Tomás Rivera').type, 'person');
    for (const once of ['Hangzhou', 'Apple', 'Austin', 'Hsinchu']) assert.equal(byName(episode, once), undefined, once);
    // Mentions are the starts of the segments that name it.
    const starts = new Set(episode.transcript.map((s) => s.start));
    for (const entity of episode.entities) {
      assert.ok(entity.mentions.length >= 1, entity.name);
      for (const time of entity.mentions) assert.ok(starts.has(time), `${entity.name} at ${time}`);
    }
    const ids = new Set(episode.entities.map((e) => e.id));
    for (const link of episode.links) assert.ok(ids.has(link.source) && ids.has(link.target) && link.weight >= 2);
    for (const topic of episode.topics) assert.ok(topic.entities.every((id) => ids.has(id)), topic.label);

    // The summary quotes the transcript, under the given chapters' titles.
    const said = episode.transcript.map((s) => s.text).join('\n');
    assert.ok(episode.summary.length >= 4);
    for (const section of episode.summary) {
      assert.ok(given.some((c) => c.title === section.title), section.title);
      for (const point of section.points) assert.ok(said.includes(point.text), point.text);
    }
    assert.match(episode.note, /^Drafted by episode-kit draft from the transcript: entities, links, topics and summary\. The summary quotes sentences of the transcript/);

    const check = await cli(['validate', '--strict', out]);
    assert.equal(check.status, 0, check.stdout);
    assert.deepEqual(lines(check.stdout), [`${out}: valid, no problems`]);
  });

  it('drafts key moments where a panel has no chapters, and takes no role label for a person', async () => {
    const { status, stdout, stderr } = await cli(['draft', '--transcript', 'panel.json', '--title', 'Batteries']);
    assert.equal(status, 0, stderr);
    const episode = JSON.parse(stdout);
    assert.ok(episode.chapters.length >= 2, 'key moments drafted');
    assert.equal(episode.chapters[0].start, 0);
    for (const chapter of episode.chapters) assert.ok(chapter.title.trim(), 'a drafted key moment has a title');
    assert.deepEqual(episode.summary.map((s) => s.title), episode.chapters.map((c) => c.title));
    assert.match(episode.note, /key moments \(chapters\)/);
    for (const role of ['Host', 'Guest 1', 'Guest 2']) assert.equal(byName(episode, role), undefined, role);
    assert.equal(byName(episode, 'Amara Okafor').type, 'person');
    assert.ok(byName(episode, 'sodium-ion batteries'));
  });

  it('cuts no key moments in a transcript too short for them, and sums it up under the episode title', async () => {
    const { status, stdout, stderr } = await cli(['draft', '--transcript', join(ROOT, 'tests/fixtures/formats/descript.txt'), '--title', 'Tiny']);
    assert.equal(status, 0, stderr);
    const episode = JSON.parse(stdout);
    assert.equal(episode.chapters, undefined);
    assert.deepEqual(episode.summary.map((s) => s.title), ['Tiny']);
    assert.deepEqual(episode.entities.map((e) => [e.name, e.type]), [['Ana Ortiz', 'person'], ['Ben Lee', 'person']]);
    assert.match(episode.note, /^Drafted by episode-kit draft from the transcript: entities, links and summary\./);
    assert.match(lines(stderr).at(-1), /: 2 entities, 1 link, 0 topics, no key moments \(too short to cut\), 1 summary point, 0 warnings$/);
  });

  it('writes the same bytes for the same input', async () => {
    const first = join(tmp, 'solo-1.json');
    const second = join(tmp, 'solo-2.json');
    assert.equal((await cli(['draft', '--transcript', 'solo.srt', '--title', 'The Commodore 64', '--out', first])).status, 0);
    assert.equal((await cli(['draft', '--transcript', 'solo.srt', '--title', 'The Commodore 64', '--out', second])).status, 0);
    assert.ok(readFileSync(first).equals(readFileSync(second)));
    const check = await cli(['validate', '--strict', first]);
    assert.equal(check.status, 0, check.stdout);
  });

  it("is what the story's drafted panel shows (regenerate: draft --transcript panel.json --title \"Who wins the battery race?\" --show \"The Charge\" --out panel-drafted.json)", async () => {
    const out = join(tmp, 'panel-drafted.json');
    const { status, stderr } = await cli(['draft', '--transcript', 'panel.json', '--title', 'Who wins the battery race?', '--show', 'The Charge', '--out', out]);
    assert.equal(status, 0, stderr);
    assert.equal(readFileSync(out, 'utf8'), readFileSync(join(FIXTURES, 'panel-drafted.json'), 'utf8'));
  });

  it('drafts from a feed item: its podcast:person speakers become person entities', async () => {
    served.set(
      'feed.xml',
      `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:podcast="https://podcastindex.org/namespace/1.0">
  <channel>
    <title>Signal and Silicon</title>
    <item>
      <title>Open weights and the chip race</title>
      <guid isPermaLink="false">sas-12</guid>
      <enclosure url="${origin}/sas-12.mp3" length="1000" type="audio/mpeg"/>
      <podcast:person role="host">Maya Chen</podcast:person>
      <podcast:person role="guest">Tomás Rivera</podcast:person>
      <podcast:transcript url="${origin}/interview.vtt" type="text/vtt"/>
    </item>
  </channel>
</rss>`,
    );
    const { status, stdout, stderr } = await cli(['draft', '--feed', `${origin}/feed.xml`, '--guid', 'sas-12']);
    assert.equal(status, 0, stderr);
    const episode = JSON.parse(stdout);
    assert.equal(episode.show, 'Signal and Silicon');
    assert.deepEqual(episode.people.map((p) => p.name), ['Maya Chen', 'Tomás Rivera']);
    for (const name of ['Maya Chen', 'Tomás Rivera']) assert.equal(byName(episode, name)?.type, 'person', name);
    assert.ok(episode.chapters.length >= 2, 'no chapters in the feed: key moments drafted');
  });
});
