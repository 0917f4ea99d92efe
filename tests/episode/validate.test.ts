import { expect } from '@open-wc/testing';
import { parseEpisode } from '../../src/episode/validate.js';
import type { Episode, EpisodeProblem, ParseResult } from '../../src/episode/types.js';

function ok(result: ParseResult): { episode: Episode; warnings: EpisodeProblem[] } {
  if (result.errors) throw new Error(`expected an episode, got errors: ${JSON.stringify(result.errors)}`);
  return result;
}

function warningAt(warnings: EpisodeProblem[], path: string): EpisodeProblem {
  const found = warnings.find((w) => w.path === path);
  if (!found) throw new Error(`no warning at ${path}; got ${JSON.stringify(warnings.map((w) => w.path))}`);
  return found;
}

describe('parseEpisode: errors', () => {
  it('rejects input that is not an object', () => {
    for (const input of [null, undefined, 42, 'text', [1, 2]]) {
      const result = parseEpisode(input);
      expect(result.errors, String(input)).to.have.length(1);
      expect(result.errors![0]!.path).to.equal('');
      expect(result.episode).to.equal(undefined);
    }
    expect(parseEpisode([]).errors![0]!.message).to.equal('expected an episode object, got a list');
  });

  it('rejects another version', () => {
    const result = parseEpisode({ version: 2, title: 'x' });
    expect(result.errors).to.deep.equal([
      { path: 'version', message: 'unsupported version 2; this library reads version 1' },
    ]);
  });

  it('rejects a file with no title and nothing else', () => {
    const result = parseEpisode({ version: 1, chapters: [{ title: 'no start' }] });
    expect(result.errors).to.have.length(1);
    expect(result.errors![0]!.path).to.equal('title');
    expect(result.errors![0]!.message).to.contain('nothing else to show');
  });

  it('sets file on problems when given', () => {
    const result = parseEpisode({ version: 3 }, { file: 'ep.json' });
    expect(result.errors![0]!.file).to.equal('ep.json');
  });
});

describe('parseEpisode: warnings and drops', () => {
  it('warns on a missing version and assumes 1', () => {
    const { episode, warnings } = ok(parseEpisode({ title: 'T' }));
    expect(episode.version).to.equal(1);
    expect(warnings).to.deep.equal([{ path: 'version', message: 'missing; read as version 1' }]);
  });

  it('shows content without a title, with a warning', () => {
    const { episode, warnings } = ok(parseEpisode({ version: 1, people: [{ id: 'a', name: 'A' }] }));
    expect(episode.title).to.equal('');
    expect(warningAt(warnings, 'title').message).to.equal('missing; shown without a title');
  });

  it('warns on unknown top-level keys but not on $schema', () => {
    const { warnings } = ok(parseEpisode({ $schema: './episode.schema.json', version: 1, title: 'T', colour: 'red' }));
    expect(warnings).to.deep.equal([{ path: 'colour', message: 'unknown key; ignored' }]);
  });

  it('reports a bad segment start with the path as written, before sorting', () => {
    const transcript = Array.from({ length: 14 }, (_, i) => ({ start: 100 - i, text: `line ${i}` }));
    transcript[12] = { start: 'abc' as unknown as number, text: 'bad' };
    const { episode, warnings } = ok(parseEpisode({ version: 1, title: 'T', transcript }));
    expect(warnings).to.deep.equal([
      { path: 'transcript[12].start', message: 'expected seconds or "h:mm:ss", got "abc"; segment dropped' },
    ]);
    expect(episode.transcript).to.have.length(13);
    expect(episode.transcript.some((s) => s.text === 'bad')).to.equal(false);
  });

  it('drops segments without start or text, and reversed or negative times', () => {
    const { episode, warnings } = ok(
      parseEpisode({
        version: 1,
        title: 'T',
        transcript: [
          { start: 0, text: 'ok' },
          { text: 'no start' },
          { start: 5 },
          { start: 10, end: 8, text: 'reversed' },
          { start: -3, text: 'negative' },
          { start: 12, text: '   ' },
          'not an object',
        ],
      }),
    );
    expect(episode.transcript.map((s) => s.text)).to.deep.equal(['ok']);
    expect(warnings.map((w) => w.path)).to.deep.equal([
      'transcript[1].start',
      'transcript[2].text',
      'transcript[3].end',
      'transcript[4].start',
      'transcript[5].text',
      'transcript[6]',
    ]);
    expect(warningAt(warnings, 'transcript[3].end').message).to.equal('ends (8 s) before it starts (10 s); segment dropped');
    expect(warningAt(warnings, 'transcript[4].start').message).to.equal('expected seconds or "h:mm:ss", got -3; segment dropped');
  });

  it('drops a bad optional field but keeps the item', () => {
    const { episode, warnings } = ok(
      parseEpisode({
        version: 1,
        title: 'T',
        transcript: [{ start: 0, end: 'later', text: 'a', speaker: 7 }],
        people: [{ id: 'p', name: 'P', role: 5, image: 'javascript:alert(1)' }],
      }),
    );
    expect(episode.transcript[0]).to.deep.include({ start: 0, text: 'a' });
    expect(episode.transcript[0]!.speaker).to.equal(undefined);
    expect(episode.people[0]).to.deep.equal({ id: 'p', name: 'P' });
    expect(warnings.map((w) => w.path)).to.have.members([
      'transcript[0].end',
      'transcript[0].speaker',
      'people[0].role',
      'people[0].image',
    ]);
  });

  it('keeps only http, https and relative URLs', () => {
    const { episode, warnings } = ok(
      parseEpisode({
        version: 1,
        title: 'T',
        url: 'javascript:alert(1)',
        image: 'img/cover.jpg',
        media: { src: 'data:audio/mp3;base64,AAA' },
        entities: [{ id: 'e', name: 'E', type: 'company', href: 'https://e.example' }],
        chapters: [{ start: 0, title: 'C', url: 'vbscript:x', image: 'https://i.example/a.png' }],
      }),
    );
    expect(episode.url).to.equal(undefined);
    expect(episode.image).to.equal('img/cover.jpg');
    expect(episode.media).to.equal(undefined);
    expect(episode.entities[0]!.href).to.equal('https://e.example');
    expect(episode.chapters[0]!.url).to.equal(undefined);
    expect(episode.chapters[0]!.image).to.equal('https://i.example/a.png');
    expect(warningAt(warnings, 'url').message).to.equal(
      'unsafe URL "javascript:alert(1)": only http, https and relative URLs are allowed; ignored',
    );
    expect(warningAt(warnings, 'media.src').message).to.contain('unsafe URL');
    expect(warningAt(warnings, 'chapters[0].url').message).to.contain('unsafe URL');
  });

  it('drops duplicate ids, entities without id or name, and links to unknown entities', () => {
    const { episode, warnings } = ok(
      parseEpisode({
        version: 1,
        title: 'T',
        entities: [
          { id: 'a', name: 'Alpha', type: 'company' },
          { id: 'a', name: 'Again', type: 'company' },
          { name: 'No id', type: 'concept' },
          { id: 'b', type: 'concept' },
          { id: 'c', name: 'Gamma' },
        ],
        links: [
          { source: 'a', target: 'c', label: 'makes', weight: 2 },
          { source: 'a', target: 'zzz' },
          { source: 'b', target: 'a' },
        ],
      }),
    );
    expect(episode.entities.map((e) => e.id)).to.deep.equal(['a', 'c']);
    expect(episode.entities[1]!.type).to.equal('other');
    expect(episode.links).to.deep.equal([{ source: 'a', target: 'c', label: 'makes', weight: 2 }]);
    expect(warningAt(warnings, 'entities[1].id').message).to.equal('duplicate id "a" (first used at entities[0]); entity dropped');
    expect(warningAt(warnings, 'entities[2].id').message).to.equal('missing; entity dropped');
    expect(warningAt(warnings, 'entities[3].name').message).to.equal('missing; entity dropped');
    expect(warningAt(warnings, 'entities[4].type').message).to.equal('missing; shown as "other"');
    expect(warningAt(warnings, 'links[1].target').message).to.equal('unknown entity "zzz"; link dropped');
    expect(warningAt(warnings, 'links[2].source').message).to.equal('unknown entity "b"; link dropped');
  });

  it('merges a link that repeats another (same pair, either direction, same label) with a warning; another label is another relation', () => {
    const { episode, warnings } = ok(
      parseEpisode({
        version: 1,
        title: 'T',
        entities: [
          { id: 'a', name: 'Alpha', type: 'company' },
          { id: 'b', name: 'Beta', type: 'product' },
        ],
        links: [
          { source: 'a', target: 'b', label: 'uses' },
          { source: 'b', target: 'a', label: 'cuts cost of' },
          { source: 'b', target: 'a', label: 'uses' },
          { source: 'a', target: 'b', label: 'uses' },
          { source: 'a', target: 'b' },
          { source: 'b', target: 'a' },
          { source: 'a', target: 'a', label: 'is' },
        ],
      }),
    );
    expect(episode.links).to.deep.equal([
      { source: 'a', target: 'b', label: 'uses' },
      { source: 'b', target: 'a', label: 'cuts cost of' },
      { source: 'a', target: 'b' },
    ]);
    expect(warningAt(warnings, 'links[2]').message).to.equal('repeats links[0]; merged');
    expect(warningAt(warnings, 'links[3]').message).to.equal('repeats links[0]; merged');
    expect(warningAt(warnings, 'links[5]').message).to.equal('repeats links[4]; merged');
    expect(warningAt(warnings, 'links[6]').message).to.equal('links "a" to itself; link dropped');
    expect(warnings).to.have.length(4);
  });

  it('numbers topics without ids and drops unknown entity references', () => {
    const { episode, warnings } = ok(
      parseEpisode({
        version: 1,
        title: 'T',
        entities: [{ id: 'x', name: 'X', type: 'concept' }],
        topics: [
          { label: 'First', entities: ['x', 'nope'] },
          { id: 'topic-2', label: 'Second', time: '1:00' },
          { label: 'Third' },
          { id: 'no-label' },
        ],
      }),
    );
    expect(episode.topics).to.deep.equal([
      { id: 'topic-1', label: 'First', entities: ['x'] },
      { id: 'topic-2', label: 'Second', time: 60, entities: [] },
      { id: 'topic-3', label: 'Third', entities: [] },
    ]);
    expect(warnings).to.deep.equal([
      { path: 'topics[0].entities[1]', message: 'unknown entity "nope"; ignored' },
      { path: 'topics[3].label', message: 'missing; topic dropped' },
    ]);
  });

  it('requires chapter titles unless toc is false', () => {
    const { episode, warnings } = ok(
      parseEpisode({
        version: 1,
        title: 'T',
        chapters: [{ start: 0, title: 'A' }, { start: 10 }, { start: 20, toc: false }],
      }),
    );
    expect(episode.chapters.map((c) => [c.start, c.title, c.toc])).to.deep.equal([
      [0, 'A', true],
      [20, '', false],
    ]);
    expect(warnings).to.deep.equal([{ path: 'chapters[1].title', message: 'missing; chapter dropped' }]);
  });

  it('treats unresolved companion references as empty, silently', () => {
    const { episode, warnings } = ok(
      parseEpisode({ version: 1, title: 'T', chapters: { src: 'c.json' }, transcript: { src: 't.vtt', type: 'text/vtt' } }),
    );
    expect(episode.chapters).to.deep.equal([]);
    expect(episode.transcript).to.deep.equal([]);
    expect(warnings).to.deep.equal([]);
  });
});

describe('parseEpisode: normalizing', () => {
  it('turns time strings into seconds, sorts stably and fills ends', () => {
    const { episode, warnings } = ok(
      parseEpisode({
        version: 1,
        title: 'T',
        duration: '1:10:00',
        chapters: [
          { start: '2:00', title: 'Second' },
          { start: 0, title: 'First' },
          { start: '1:02:03.5', title: 'Late', end: 3800 },
        ],
        transcript: [
          { start: 30, text: 'c' },
          { start: '0:10', text: 'a' },
          { start: 10, text: 'b' },
          { start: 40, end: 45, text: 'd' },
        ],
      }),
    );
    expect(warnings).to.deep.equal([]);
    expect(episode.duration).to.equal(4200);
    expect(episode.chapters.map((c) => [c.title, c.start, c.end])).to.deep.equal([
      ['First', 0, 120],
      ['Second', 120, 3723.5],
      ['Late', 3723.5, 3800],
    ]);
    expect(episode.transcript.map((s) => [s.index, s.text, s.start, s.end])).to.deep.equal([
      [0, 'a', 10, 10],
      [1, 'b', 10, 30],
      [2, 'c', 30, 40],
      [3, 'd', 40, 45],
    ]);
  });

  it('takes the duration from the latest end when the file has none', () => {
    const { episode } = ok(
      parseEpisode({
        version: 1,
        title: 'T',
        chapters: [{ start: 0, title: 'A' }],
        transcript: [
          { start: 0, text: 'a' },
          { start: 50, end: 75, text: 'b' },
        ],
      }),
    );
    expect(episode.duration).to.equal(75);
    expect(episode.chapters[0]!.end).to.equal(75);
  });

  it('resolves speakers by id, then by name, else keeps the name', () => {
    const { episode } = ok(
      parseEpisode({
        version: 1,
        title: 'T',
        people: [
          { id: 'sarah', name: 'Sarah Smith' },
          { id: 'tj', name: 'Travis' },
        ],
        transcript: [
          { start: 0, speaker: 'sarah', text: 'a' },
          { start: 1, speaker: 'travis', text: 'b' },
          { start: 2, speaker: 'Gillian', text: 'c' },
          { start: 3, text: 'd' },
        ],
      }),
    );
    expect(episode.transcript.map((s) => s.speaker)).to.deep.equal(['sarah', 'tj', 'Gillian', undefined]);
  });

  it('fills word ends from the next word and the segment end', () => {
    const { episode } = ok(
      parseEpisode({
        version: 1,
        title: 'T',
        transcript: [{ start: 0, end: 2, text: 'hello world', words: [{ start: 0, text: 'hello' }, { start: 1, text: 'world' }] }],
      }),
    );
    expect(episode.transcript[0]!.words).to.deep.equal([
      { start: 0, end: 1, text: 'hello' },
      { start: 1, end: 2, text: 'world' },
    ]);
  });

  it('keeps mentions the file gives and finds the others in the transcript', () => {
    const { episode } = ok(
      parseEpisode({
        version: 1,
        title: 'T',
        entities: [
          { id: 'ai', name: 'AI', type: 'concept' },
          { id: 'given', name: 'Given', type: 'concept', mentions: ['0:30', 5, 5] },
          { id: 'nobody', name: 'Nobody', type: 'person' },
        ],
        transcript: [
          { start: 20, text: 'She said nothing about it.' },
          { start: 10, text: 'AI is everywhere; ai, Ai.' },
          { start: 30, text: 'Given that, ai again.' },
        ],
      }),
    );
    const [ai, given, nobody] = episode.entities;
    expect(ai!.mentions).to.deep.equal([10, 30]);
    expect(ai!.mentionsSource).to.equal('transcript');
    expect(given!.mentions).to.deep.equal([5, 30]);
    expect(given!.mentionsSource).to.equal('file');
    expect(nobody!.mentions).to.deep.equal([]);
  });

  it('flags likely mojibake but keeps the text as written', () => {
    const garbled = 'Itâ€™s a cafÃ© πŸŽ‰';
    const { episode, warnings } = ok(
      parseEpisode({ version: 1, title: 'T', transcript: [{ start: 0, text: garbled }, { start: 1, text: 'Café, naïve — “fine” São Paulo' }] }),
    );
    expect(episode.transcript[0]!.text).to.equal(garbled);
    expect(warnings).to.have.length(1);
    expect(warnings[0]!.path).to.equal('transcript[0].text');
    expect(warnings[0]!.message).to.contain('wrong text encoding');
  });

  it('does not warn for normalizing', () => {
    const { warnings } = ok(
      parseEpisode({
        version: 1,
        title: 'T',
        topics: [{ label: 'x' }],
        transcript: [{ start: '0:05', text: 'b' }, { start: 0, text: 'a' }],
      }),
    );
    expect(warnings).to.deep.equal([]);
  });
});

describe('parseEpisode: nothing ignored silently (issue 17)', () => {
  it('reports unknown keys inside items with the key meant, once per kind with a count', () => {
    const { episode, warnings } = ok(
      parseEpisode({
        version: 1,
        title: 'T',
        entities: [{ id: 'a', name: 'A', descripton: 'x' }],
        chapters: [{ start: 0, title: 'C', img: 'c.jpg' }],
        transcript: [
          { start: 0, text: 'a', startTime: 0, tokens: [1] },
          { start: 1, text: 'b', tokens: [2] },
          { start: 2, text: 'c', tokens: [3] },
        ],
      }),
    );
    expect(episode.entities).to.have.length(1);
    expect(episode.chapters).to.have.length(1);
    expect(warningAt(warnings, 'entities[0].descripton').message).to.equal('unknown key; ignored (did you mean "description"?)');
    expect(warningAt(warnings, 'chapters[0].img').message).to.equal('unknown key; ignored (did you mean "image"?)');
    expect(warningAt(warnings, 'transcript[0].startTime').message).to.equal('unknown key; ignored (did you mean "start"?)');
    expect(warningAt(warnings, 'transcript[0].tokens').message).to.equal('unknown key; ignored (also in 2 more segments)');
    expect(warnings.filter((w) => w.path.endsWith('.tokens'))).to.have.length(1);
  });

  it('drops times past 7 days or past the known duration, with a warning', () => {
    const { episode, warnings } = ok(
      parseEpisode({
        version: 1,
        title: 'T',
        duration: 3600,
        chapters: [
          { start: 0, title: 'Start' },
          { start: 1e308, title: 'Far' },
          { start: 3600.5, title: 'Just inside' },
          { start: 3700, title: 'After' },
        ],
      }),
    );
    expect(episode.chapters.map((c) => c.title)).to.deep.equal(['Start', 'Just inside']);
    expect(warningAt(warnings, 'chapters[1].start').message).to.contain('is more than 7 days');
    expect(warningAt(warnings, 'chapters[3].start').message).to.equal("1:01:40 is after the episode's end (1:00:00); chapter dropped");
    const noDuration = ok(parseEpisode({ version: 1, title: 'T', chapters: [{ start: 8 * 24 * 3600, title: 'Week' }, { start: 5, title: 'Ok' }] }));
    expect(noDuration.episode.chapters.map((c) => c.title)).to.deep.equal(['Ok']);
    expect(noDuration.episode.duration).to.be.below(8 * 24 * 3600);
  });

  it('cuts names, titles and labels longer than 500 characters, with a warning; transcript text is kept whole', () => {
    const long = 'x'.repeat(100_000);
    const { episode, warnings } = ok(
      parseEpisode({
        version: 1,
        title: long,
        people: [{ id: 'p', name: long }],
        entities: [{ id: 'e', name: long }],
        chapters: [{ start: 0, title: long }],
        transcript: [{ start: 0, text: long }],
      }),
    );
    expect(episode.title.length).to.equal(501);
    expect(episode.title.endsWith('…')).to.equal(true);
    expect(episode.people[0]!.name.length).to.equal(501);
    expect(episode.entities[0]!.name.length).to.equal(501);
    expect(episode.chapters[0]!.title!.length).to.equal(501);
    expect(episode.transcript[0]!.text.length).to.equal(100_000);
    for (const path of ['title', 'people[0].name', 'entities[0].name', 'chapters[0].title']) {
      expect(warningAt(warnings, path).message).to.equal('100000 characters long; cut to 500');
    }
  });
});
