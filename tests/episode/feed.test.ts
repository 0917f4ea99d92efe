import { expect } from '@open-wc/testing';
import { htmlToText, loadFeedEpisode, readFeedItem, showNoteChapters, type FeedEpisode } from '../../src/episode/feed/index.js';
import { parseEpisode } from '../../src/episode/validate.js';
import type { EpisodeProblem } from '../../src/episode/types.js';

const FEEDS = '/tests/fixtures/feeds/';
const text = async (path: string) => (await fetch(path)).text();

function item(xml: string, options = {}): FeedEpisode {
  const read = readFeedItem(xml, options);
  if ('errors' in read) throw new Error(`expected an item, got ${JSON.stringify(read.errors)}`);
  return read;
}

const messages = (problems: EpisodeProblem[]) => problems.map((p) => `${p.path}: ${p.message}`);

describe('RSS feeds: one item as an episode file', () => {
  it('reads a Buzzsprout-shaped item: fields, people, soundbites, chapters and the best transcript', async () => {
    const read = item(await text(FEEDS + 'buzzsprout.xml'), { guid: 'Buzzsprout-2002' });
    expect(read.index).to.equal(0);
    const input = read.input;
    expect(input).to.deep.include({
      version: 1,
      id: 'Buzzsprout-2002',
      title: 'Rooms that sound good',
      show: 'Sound Advice',
      published: '2024-10-01T13:00:00.000Z',
      duration: 240,
      image: 'https://example.com/show-art.jpg',
      media: { src: '/media/silence-240.wav', type: 'audio/wav' },
    });
    // HTML show notes become text with their paragraphs; nothing is kept as markup.
    expect(input.description).to.equal('Ana and Ben talk about rooms & microphones.\n\nLinks:\n\n• Mics we use');
    // Item-level people win over the channel's; group and role default as the spec says.
    expect(input.people).to.deep.equal([
      { id: 'ben-okafor', name: 'Ben Okafor', role: 'guest', group: 'cast', href: 'https://example.com/ben' },
      { id: 'ana-ortiz', name: 'Ana Ortiz', role: 'host', group: 'cast' },
    ]);
    expect(input.soundbites).to.deep.equal([{ start: '62.5', duration: '30', title: 'The closet trick' }]);
    expect(input.chapters).to.deep.equal({ src: 'ep2002-chapters.json', type: 'application/json+chapters' });
    // VTT (timed, with voices) beats SRT and HTML; rel="captions" is a transcript too.
    expect(input.transcript).to.deep.equal({ src: 'ep2002.vtt', type: 'text/vtt' });
    expect(messages(read.warnings)).to.deep.equal([
      'item[0].podcast:transcript[1]: 3 transcripts; read text/vtt in en-us (captions), the best for en-us',
    ]);
    const parsed = parseEpisode({ ...input, chapters: [], transcript: [] });
    if (parsed.errors) throw new Error('expected an episode');
    expect(parsed.warnings).to.deep.equal([]);
    expect(parsed.episode.soundbites).to.deep.equal([{ start: 62.5, duration: 30, title: 'The closet trick' }]);
    expect(parsed.episode.people[0]!.group).to.equal('cast');
  });

  it('chooses the item: by guid, by index, else the latest pubDate; says what it cannot find', async () => {
    const xml = await text(FEEDS + 'buzzsprout.xml');
    expect(item(xml).input.id).to.equal('Buzzsprout-2002');
    expect(item(xml, { item: 1 }).input.id).to.equal('Buzzsprout-1001');
    expect(item(xml, { guid: ' Buzzsprout-1001 ' }).input.title).to.equal('Trailer');
    expect(readFeedItem(xml, { guid: 'nope', file: 'feed.xml' })).to.deep.equal({
      errors: [{ path: 'channel.item', file: 'feed.xml', message: 'no item has the guid "nope" (the feed has 2 items)' }],
    });
    expect(readFeedItem(xml, { item: 2 })).to.deep.equal({
      errors: [{ path: 'channel.item', message: 'there is no item 2 (the feed has 2 items, counted from 0)' }],
    });
    expect(item(xml, { item: 1 }).input.duration).to.equal(45);
  });

  it('reads namespaces by URI, whatever the prefix (pc: for podcast:), and chooses a transcript by language', async () => {
    const xml = await text(FEEDS + 'transistor.xml');
    const english = item(xml);
    expect(english.input.transcript).to.deep.equal({ src: 'https://example.com/ep12.json', type: 'application/json' });
    expect(english.input.people).to.deep.equal([{ id: 'chris-lee', name: 'Chris Lee', role: 'host', group: 'cast' }]);
    expect(english.input.duration).to.equal(3940);
    expect(english.input.image).to.equal('https://example.com/ep12.png');
    expect(english.input.url).to.equal('https://share.transistor.fm/s/abc123');
    expect(item(xml, { lang: 'de-AT' }).input.transcript).to.deep.equal({ src: 'https://example.com/ep12-de.vtt', type: 'text/vtt' });
    // content:encoded (the full show notes) over description; its timestamps are the chapters.
    expect(english.input.chapters).to.deep.equal([
      { start: 0, title: 'Intro' },
      { start: 135, title: 'The case for Fridays' },
      { start: 630, title: 'Feature flags' },
      { start: 3723, title: 'Wrapping up' },
    ]);
    expect(messages(english.warnings)).to.include('item[0].content:encoded: no podcast:chapters or psc:chapters; 4 chapters read from timestamps in the show notes');
  });

  it('reads Podlove Simple Chapters, and points bad ones into the feed', async () => {
    const read = item(await text(FEEDS + 'podlove.xml'), { file: 'podlove.xml' });
    expect(read.input.chapters).to.deep.equal([
      { start: '00:00:00.000', title: 'Intro' },
      { start: '00:04:12.500', title: 'Apple', url: 'https://example.com/apple', image: 'https://example.com/apple.jpg' },
      { start: 'later', title: 'Broken time' },
      { start: '01:10:00', title: 'Outro' },
    ]);
    expect(read.input.duration).to.equal(5707);
    expect(read.input.description).to.equal('Libsyn-style HTML escaped in a description & an entity.');
    const parsed = parseEpisode(read.input);
    if (parsed.errors) throw new Error('expected an episode');
    expect(parsed.episode.chapters.map((c) => c.start)).to.deep.equal([0, 252.5, 4200]);
    expect(parsed.warnings.map((p) => read.feedPath(p.path))).to.deep.equal(['item[0].psc:chapters.psc:chapter[2].start']);
    // XML that is not well-formed (an HTML entity outside CDATA) is reported with its line; the rest is read.
    expect(read.warnings[0]).to.deep.include({ file: 'podlove.xml', line: 10 });
    expect(read.warnings[0]!.message).to.match(/^malformed XML at line 10, column \d+: .*eacute/);
  });

  it('reads an Anchor-shaped item: CDATA, HTML show notes with (m:ss) timestamps, no podcast: tags', async () => {
    const read = item(await text(FEEDS + 'anchor.xml'));
    expect(read.input.title).to.equal('Tomatoes &amp; more');
    expect(read.input.chapters).to.deep.equal([
      { start: 0, title: 'Hello' },
      { start: 200, title: 'Seeds and soil' },
      { start: 945, title: 'Watering' },
    ]);
    expect(read.input.duration).to.equal(1450);
    expect(read.input.transcript).to.equal(undefined);
    expect(read.input.media).to.deep.equal({ src: 'https://anchor.fm/s/abc/podcast/play/123/ep.m4a', type: 'audio/x-m4a' });
  });

  it('reads a Captivate-shaped item: transcripts in two languages, repeated people, a bad soundbite', async () => {
    const read = item(await text(FEEDS + 'captivate.xml'));
    expect(read.input.transcript).to.deep.equal({ src: 'https://transcripts.captivate.fm/bilingual-en.json', type: 'application/json' });
    expect(item(await text(FEEDS + 'captivate.xml'), { lang: 'es-MX' }).input.transcript).to.deep.equal({
      src: 'https://transcripts.captivate.fm/bilingual-es.srt',
      type: 'application/srt',
    });
    // The channel's people stand in for the item's; a repeat is kept once, and said.
    expect(read.input.people).to.deep.equal([
      { id: 'mia-chen', name: 'Mia Chen', role: 'host', group: 'cast', image: 'https://example.com/mia.jpg', href: 'https://example.com/mia' },
    ]);
    expect(messages(read.warnings)).to.include('channel.podcast:person[1]: repeats Mia Chen (host) of channel.podcast:person[0]; the first is kept');
    expect(read.input.chapters).to.deep.equal([
      { start: 0, title: 'Hello' },
      { start: 330, title: 'Why two languages' },
      { start: 1260, title: 'Goodbye' },
    ]);
    const parsed = parseEpisode({ ...read.input, transcript: [] });
    if (parsed.errors) throw new Error('expected an episode');
    expect(parsed.episode.soundbites).to.deep.equal([{ start: 330, duration: 45.5 }]);
    expect(parsed.warnings.map((p) => `${read.feedPath(p.path)}: ${p.message}`)).to.deep.equal([
      'item[0].podcast:soundbite[1].startTime: expected seconds or "h:mm:ss", got "nope"; soundbite dropped',
    ]);
  });

  it('reads a Podbean-shaped item: m:ss timestamps in paragraphs, hh:mm:ss duration', async () => {
    const read = item(await text(FEEDS + 'podbean.xml'));
    expect(read.input.duration).to.equal(3127);
    expect(read.input.chapters).to.deep.equal([
      { start: 65, title: 'Starter' },
      { start: 760, title: 'Folding' },
      { start: 2590, title: 'Baking' },
    ]);
    expect(read.input.description).to.equal('Sourdough for people in a hurry.\n\n1:05 Starter\n\n12:40 Folding\n\n43:10 Baking');
    expect(read.input.image).to.equal('https://pbcdn1.podbean.com/imglogo/image-logo/123/logo.jpg');
  });

  it('reads a Libsyn-shaped item: entity-escaped HTML (no CDATA), [mm:ss] timestamps, mm:ss duration, a query in the enclosure URL', async () => {
    const read = item(await text(FEEDS + 'libsyn.xml'), { file: 'libsyn.xml' });
    expect(read.input).to.deep.include({
      id: '8e2f4d1a-0b7c-4c3e-9f51-57a0c0ffee57',
      title: 'Episode 57: Compost, slowly',
      show: 'Garden Talk',
      duration: 3487,
      url: 'https://gardentalk.libsyn.com/episode-57-compost-slowly',
      image: 'https://ssl-static.libsyn.com/p/assets/4/5/6/ep57.jpg',
      media: { src: 'https://traffic.libsyn.com/secure/gardentalk/ep57.mp3?dest-id=123456', type: 'audio/mpeg' },
      transcript: { src: 'https://gardentalk.libsyn.com/transcripts/ep57.srt', type: 'application/srt' },
    });
    expect(read.input.description).to.equal(
      'Why a slow heap makes better soil.\n\n[00:00] Welcome\n[03:12] What goes in\n[21:40] Turning the heap\n[49:05] Questions\n\nShow notes & links at example.com/57',
    );
    expect(read.input.chapters).to.deep.equal([
      { start: 0, title: 'Welcome' },
      { start: 192, title: 'What goes in' },
      { start: 1300, title: 'Turning the heap' },
      { start: 2945, title: 'Questions' },
    ]);
    expect(messages(read.warnings)).to.deep.equal(['item[0].content:encoded: no podcast:chapters or psc:chapters; 4 chapters read from timestamps in the show notes']);
  });

  it('reads the specification example', async () => {
    const read = item(await text('/tests/fixtures/formats/example.xml'));
    expect(read.input.title).to.be.a('string');
    expect(read.input.show).to.equal('Podcasting 2.0 Namespace Example');
    const parsed = parseEpisode({ ...read.input, chapters: [], transcript: [] });
    expect(parsed.errors).to.equal(undefined);
  });

  it('says clearly what is not a feed', () => {
    expect(readFeedItem('<html><body>Not found</body></html>', { file: 'f.xml' })).to.deep.equal({
      errors: [{ path: '', file: 'f.xml', line: 1, message: 'not an RSS 2.0 feed: the document is <html>' }],
    });
    const broken = readFeedItem('', {});
    expect('errors' in broken && broken.errors[0]!.message).to.match(/^(not XML|the feed is empty)/);
    expect(readFeedItem('<rss version="2.0"><channel><title>x</title></channel></rss>')).to.deep.equal({
      errors: [{ path: 'channel', line: 1, message: 'the feed has no <item>' }],
    });
  });
});

describe('show notes', () => {
  it('HTML to text: paragraphs, line breaks and list items kept; scripts left out', () => {
    expect(htmlToText('<p>One <b>two</b></p><p>Three<br/>four</p><script>alert(1)</script><ul><li>a</li><li>b</li></ul>')).to.equal(
      'One two\n\nThree\nfour\n\n• a\n• b',
    );
    expect(htmlToText('plain\r\ntext  here')).to.equal('plain\ntext here');
  });

  it('timestamps as players read them, rising, at least two', () => {
    expect(showNoteChapters('00:00 Intro\n[01:30] Second\n• 2:45 — Third\n1:00:00 | Last')).to.deep.equal([
      { start: 0, title: 'Intro', line: 1 },
      { start: 90, title: 'Second', line: 2 },
      { start: 165, title: 'Third', line: 3 },
      { start: 3600, title: 'Last', line: 4 },
    ]);
    expect(showNoteChapters('05:00 only one')).to.deep.equal([]);
    expect(showNoteChapters('05:00 b\n01:00 a')).to.deep.equal([]);
    expect(showNoteChapters('Call 555-12:345\nSee 1:75 x')).to.deep.equal([]);
  });
});

describe('loadFeedEpisode', () => {
  it('fetches the feed and its companion files and points problems into the feed', async () => {
    const result = await loadFeedEpisode({ feed: FEEDS + 'buzzsprout.xml', item: 1, baseUrl: location.href });
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    expect(result.episode.title).to.equal('Trailer');
    const missing = result.warnings.find((w) => w.path === 'item[1].podcast:chapters' && /HTTP 404/.test(w.message));
    expect(missing, JSON.stringify(result.warnings)).to.exist;
    expect(missing!.file).to.match(/missing-chapters\.json$/);
  });

  it('reads the whole Buzzsprout item: chapters and a VTT transcript with speakers as people', async () => {
    const result = await loadFeedEpisode({ feed: FEEDS + 'buzzsprout.xml', baseUrl: location.href });
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    const { episode } = result;
    expect(episode.chapters.map((c) => c.title)).to.deep.equal(['Welcome', 'Small rooms', 'The closet trick', 'Microphones']);
    expect(episode.transcript).to.have.length(4);
    expect(episode.transcript.map((s) => s.speaker)).to.deep.equal(['ana-ortiz', 'ben-okafor', 'ana-ortiz', 'ben-okafor']);
    expect(result.file).to.equal(new URL(FEEDS + 'buzzsprout.xml', location.href).href);
  });

  it('a feed that cannot be fetched is an error naming it', async () => {
    const result = await loadFeedEpisode({ feed: FEEDS + 'nope.xml', baseUrl: location.href });
    expect(result.errors?.[0]!.message).to.match(/^the feed HTTP 404/);
  });
});
