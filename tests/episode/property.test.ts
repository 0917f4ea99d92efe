/**
 * Property-based tests (fast-check): random and mutated real files never throw out of the
 * library; they always end in an episode with warnings or in errors with a path, and the good
 * parts of a file with one bad item are kept. Seeded, so a failure repeats; each property prints
 * how many cases it ran.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { importCompanion, type CompanionKind } from '../../src/episode/formats/detect.js';
import { readFeedItem } from '../../src/episode/feed/index.js';
import { parseEpisode } from '../../src/episode/validate.js';
import type { EpisodeProblem } from '../../src/episode/types.js';

const SEED = 20261207;
const RUNS = 150;
const ran: string[] = [];
after(() => console.log(`fast-check: ${ran.join('; ')}`));

async function text(path: string): Promise<string> {
  return (await fetch(path)).text();
}

function expectProblems(problems: EpisodeProblem[] | undefined): void {
  for (const problem of problems ?? []) {
    expect(problem.path).to.be.a('string');
    expect(problem.message).to.be.a('string').and.not.equal('');
    if (problem.line !== undefined) expect(Number.isInteger(problem.line) && problem.line > 0, `line ${problem.line}`).to.equal(true);
  }
}

/** An episode or errors, never a throw; every problem well formed. */
function expectOutcome(result: ReturnType<typeof parseEpisode>): void {
  if (result.errors) {
    expect(result.errors.length).to.be.greaterThan(0);
    expectProblems(result.errors);
  } else {
    expect(result.episode.title).to.be.a('string');
    expectProblems(result.warnings);
  }
}

/** Text edits: delete, insert or replace a range with random (or structural) characters. */
const edits = fc.array(
  fc.record({
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    remove: fc.nat({ max: 40 }),
    insert: fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('-->', '\n\n', '<', '>', '&', '"', '{', '}', '[', ']', ':', '00:00:0', '\r\n', '\u0000', '\ufeff', '<![CDATA[', ']]>')),
  }),
  { minLength: 1, maxLength: 6 },
);

function applyEdits(source: string, list: { at: number; remove: number; insert: string }[]): string {
  let out = source;
  for (const edit of list) {
    const at = Math.floor(edit.at * out.length);
    out = out.slice(0, at) + edit.insert + out.slice(at + edit.remove);
  }
  return out;
}

describe('property-based: nothing throws, every problem has a path', function () {
  this.timeout(60000);

  it('parseEpisode: any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => expectOutcome(parseEpisode(value))),
      { seed: SEED, numRuns: RUNS },
    );
    ran.push(`parseEpisode(any JSON) ${RUNS}`);
  });

  it('parseEpisode: a real episode with one item of a list replaced keeps every other item', async () => {
    const episode = JSON.parse(await text('/tests/fixtures/episodes/page-seed.json')) as Record<string, unknown[]>;
    const lists = ['entities', 'chapters', 'topics', 'transcript', 'people'] as const;
    const keyOf: Record<(typeof lists)[number], (item: Record<string, unknown>) => unknown> = {
      entities: (e) => e.id,
      chapters: (c) => c.start,
      topics: (t) => t.label,
      transcript: (s) => s.text,
      people: (p) => p.id,
    };
    fc.assert(
      fc.property(fc.constantFrom(...lists), fc.nat(), fc.jsonValue({ maxDepth: 3 }), (list, n, replacement) => {
        const items = episode[list]!;
        const index = n % items.length;
        const input = { ...episode, [list]: items.map((item, i) => (i === index ? replacement : item)) };
        const result = parseEpisode(input);
        expectOutcome(result);
        if (result.errors) throw new Error(`one bad item made the whole episode fail: ${JSON.stringify(result.errors[0])}`);
        const kept = new Set((result.episode[list] as unknown as Record<string, unknown>[]).map((item) => keyOf[list](item)));
        items.forEach((item, i) => {
          if (i !== index) expect(kept.has(keyOf[list](item as Record<string, unknown>)), `${list}[${i}] kept`).to.equal(true);
        });
      }),
      { seed: SEED, numRuns: RUNS },
    );
    ran.push(`parseEpisode(one item replaced) ${RUNS}`);
  });

  const companions: [string, CompanionKind, string][] = [
    ['transcripts-example.vtt', 'transcript', 'text/vtt'],
    ['word-level.vtt', 'transcript', 'text/vtt'],
    ['chapters.vtt', 'chapters', 'text/vtt'],
    ['crlf-bom.srt', 'transcript', 'application/x-subrip'],
    ['transcripts-example.srt', 'transcript', 'application/x-subrip'],
    ['transcripts-example.json', 'transcript', 'application/json'],
    ['whisperx.json', 'transcript', 'application/json'],
    ['openai-verbose.json', 'transcript', 'application/json'],
    ['chapters-exampleComplex.json', 'chapters', 'application/json+chapters'],
    ['transcripts-example.html', 'transcript', 'text/html'],
    ['otter.txt', 'transcript', 'text/plain'],
    ['descript.txt', 'transcript', 'text/plain'],
  ];

  it('every importer: mutated real files, and the result loaded as an episode', async () => {
    const sources = await Promise.all(companions.map(async ([name, kind, type]) => ({ name, kind, type, text: await text(`/tests/fixtures/formats/${name}`) })));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...sources), edits, fc.boolean(), async (source, list, typed) => {
        const mutated = applyEdits(source.text, list);
        const read = await importCompanion(source.kind, mutated, typed ? { type: source.type, file: source.name } : { file: 'unnamed' });
        expect(read.items).to.be.an('array');
        expectProblems(read.problems);
        expectOutcome(parseEpisode({ version: 1, title: 'Mutated', [source.kind]: read.items }));
      }),
      { seed: SEED, numRuns: RUNS * 2 },
    );
    ran.push(`importCompanion(mutated ${companions.length} formats) ${RUNS * 2}`);
  });

  it('every importer: random text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...companions), fc.string({ maxLength: 400 }), async ([name, kind, type], random) => {
        const read = await importCompanion(kind, random, { type, file: name });
        expectProblems(read.problems);
        expectOutcome(parseEpisode({ version: 1, title: 'Random', [kind]: read.items }));
      }),
      { seed: SEED, numRuns: RUNS },
    );
    ran.push(`importCompanion(random text) ${RUNS}`);
  });

  it('the RSS reader: mutated real feeds', async () => {
    const feeds = await Promise.all(
      ['buzzsprout', 'transistor', 'libsyn', 'podbean', 'anchor', 'captivate', 'podlove'].map((name) => text(`/tests/fixtures/feeds/${name}.xml`)),
    );
    feeds.push(await text('/tests/fixtures/formats/podcast-example.xml'));
    fc.assert(
      fc.property(fc.constantFrom(...feeds), edits, fc.option(fc.nat({ max: 3 }), { nil: undefined }), (feed, list, item) => {
        const read = readFeedItem(applyEdits(feed, list), item === undefined ? { file: 'feed.xml' } : { file: 'feed.xml', item });
        if ('errors' in read) {
          expect(read.errors.length).to.be.greaterThan(0);
          expectProblems(read.errors);
          return;
        }
        expectProblems(read.warnings);
        const input = { ...read.input } as Record<string, unknown>;
        // Companion files are not fetched here: the episode is checked without them.
        for (const key of ['chapters', 'transcript']) if (input[key] && !Array.isArray(input[key])) delete input[key];
        expectOutcome(parseEpisode(input));
      }),
      { seed: SEED, numRuns: RUNS },
    );
    ran.push(`readFeedItem(mutated ${feeds.length} feeds) ${RUNS}`);
  });
});
