import { expect } from '@open-wc/testing';
import { importCompanion, sniffFormat } from '../../src/episode/formats/detect.js';
import { importJsonChapters } from '../../src/episode/formats/chapters-json.js';
import { importJsonTranscript } from '../../src/episode/formats/transcript-json.js';
import { importVttTranscript } from '../../src/episode/formats/vtt.js';
import { importSrtTranscript } from '../../src/episode/formats/srt.js';
import { importHtmlTranscript } from '../../src/episode/formats/html.js';
import { groupWords, isWordLevel } from '../../src/episode/formats/words.js';

const FIXTURES = '/tests/fixtures/formats/';

async function fixture(name: string): Promise<string> {
  const response = await fetch(FIXTURES + name);
  if (!response.ok) throw new Error(`fixture ${name}: HTTP ${response.status}`);
  return response.text();
}

describe('Podcasting 2.0 JSON chapters', () => {
  it('reads the spec example', async () => {
    const { items, problems } = importJsonChapters(await fixture('chapters-example.json'), { file: 'c.json' });
    expect(problems).to.deep.equal([]);
    expect(items).to.have.length(9);
    expect(items[1]).to.deep.equal({ start: 168, title: 'Hearing Aids', image: 'https://example.com/images/hearing_aids.jpg' });
    expect(items[3]).to.deep.equal({
      start: 410,
      title: 'Namespace',
      image: 'https://example.com/images/namepsace_example.jpg',
      url: 'https://github.com/Podcastindex-org/podcast-namespace',
    });
  });

  it('keeps toc:false chapters and ignores location and value', async () => {
    const { items, problems } = importJsonChapters(await fixture('chapters-exampleComplex.json'));
    expect(problems).to.deep.equal([]);
    expect(items).to.have.length(11);
    const silent = items.find((c) => c.start === 4826)!;
    expect(silent).to.deep.equal({ start: 4826, toc: false, image: 'https://example.com/images/parisfrance.jpg' });
    expect(Object.keys(items.find((c) => c.start === 4200)!)).to.not.include('value');
  });

  it('reports bad items with path and line and keeps the rest', async () => {
    const file = '/tests/fixtures/formats/chapters-bad.json';
    const { items, problems, lines } = importJsonChapters(await fixture('chapters-bad.json'), { file });
    expect(items.map((c) => c.title ?? null)).to.deep.equal(['Intro', 'Evil', null, 'Clock string']);
    expect(items[1]).to.deep.equal({ start: 60, title: 'Evil', image: 'https://example.com/a.jpg' });
    expect(items[3]).to.deep.equal({ start: 300, end: 330, title: 'Clock string' });
    expect(problems.map((p) => [p.path, p.line])).to.deep.equal([
      ['chapters[1].url', 5],
      ['chapters[2].startTime', 7],
      ['chapters[4].title', 11],
      ['chapters[5].endTime', 12],
    ]);
    expect(problems.every((p) => p.file === file)).to.equal(true);
    expect(problems[1]!.message).to.equal('expected seconds or "h:mm:ss", got "soon"; chapter dropped');
    expect(lines).to.deep.equal([4, 5, 10, 13]);
  });

  it('reports broken JSON with its line and column', () => {
    const { items, problems } = importJsonChapters('{\n  "chapters": [\n    { "startTime": 0, }\n  ]\n}', { file: 'x.json' });
    expect(items).to.deep.equal([]);
    expect(problems).to.have.length(1);
    expect(problems[0]!.line).to.equal(3);
    expect(problems[0]!.message).to.match(/^invalid JSON at line 3, column 23: /);
  });
});

describe('Podcasting 2.0 JSON transcripts', () => {
  it('groups the word-level spec example into sentences that keep their words', async () => {
    const { items, problems } = importJsonTranscript(await fixture('transcripts-example.json'));
    expect(problems).to.deep.equal([]);
    expect(items).to.deep.equal([
      {
        start: 0.5,
        end: 2.5,
        speaker: 'Darth Vader',
        text: 'I am your father.',
        words: [
          { start: 0.5, end: 0.75, text: 'I' },
          { start: 1, end: 1.25, text: 'am' },
          { start: 1.5, end: 2, text: 'your' },
          { start: 2.25, end: 2.5, text: 'father.' },
        ],
      },
      { start: 2.75, end: 3, speaker: 'Luke', text: 'Nooooo', words: [{ start: 2.75, end: 3, text: 'Nooooo' }] },
    ]);
  });

  it('keeps sentence-level segments as they are and reports bad ones', () => {
    const text = JSON.stringify(
      {
        segments: [
          { speaker: 'A', startTime: 0, endTime: 2, body: 'Hello there, friend.' },
          { speaker: 'B', startTime: 'x', body: 'Bad start here.' },
          { speaker: 'B', startTime: 3, body: 'Good to see you.' },
        ],
      },
      null,
      2,
    );
    const { items, problems } = importJsonTranscript(text);
    expect(items).to.deep.equal([
      { start: 0, end: 2, speaker: 'A', text: 'Hello there, friend.' },
      { start: 3, speaker: 'B', text: 'Good to see you.' },
    ]);
    expect(problems.map((p) => [p.path, p.line])).to.deep.equal([['segments[1].startTime', 11]]);
  });
});

describe('word grouping', () => {
  it('detects word-level input', () => {
    expect(isWordLevel(['I', 'am', 'your', 'father.'])).to.equal(true);
    expect(isWordLevel(['I am', 'your father.'])).to.equal(false);
  });

  it('breaks at speaker changes, sentence ends, long pauses and a maximum length', () => {
    const { segments } = groupWords(
      [
        { start: 0, end: 0.4, text: 'one', speaker: 'A' },
        { start: 0.5, end: 0.9, text: 'two', speaker: 'A' },
        { start: 3, end: 3.4, text: 'three', speaker: 'A' },
        { start: 3.5, end: 3.9, text: 'four', speaker: 'B' },
        { start: 4, end: 4.4, text: 'five?', speaker: 'B' },
        { start: 4.5, end: 4.9, text: 'six', speaker: 'B' },
        { start: 5, end: 5.4, text: ',', speaker: 'B' },
        { start: 5.5, end: 5.9, text: 'seven', speaker: 'B' },
        { start: 6, end: 6.4, text: 'eight', speaker: 'B' },
      ],
      { maxWords: 3 },
    );
    expect(segments.map((s) => [s.speaker, s.text])).to.deep.equal([
      ['A', 'one two'],
      ['A', 'three'],
      ['B', 'four five?'],
      ['B', 'six, seven'],
      ['B', 'eight'],
    ]);
  });
});

describe('WebVTT', () => {
  it('reads the spec example: voices, entities, times', async () => {
    const { items, problems } = await importVttTranscript(await fixture('transcripts-example.vtt'));
    expect(problems).to.deep.equal([]);
    expect(items).to.have.length(7);
    expect(items.map((s) => s.speaker)).to.deep.equal(['Sarah', 'Sarah', 'Sarah', 'Sarah', 'Sarah', 'Gillian', 'Gillian']);
    expect(items[2]).to.deep.equal({
      start: 6.09,
      end: 11.61,
      speaker: 'Sarah',
      text: 'include in one? Welcome to Podcasting Q&A, where you learn',
    });
    expect(items[5]!.start).to.equal(19.08);
  });

  it('reports malformed and reversed cues by line, ignores NOTE, STYLE and settings, reads inner timestamps', async () => {
    const file = '/tests/fixtures/formats/broken.vtt';
    const { items, problems, lines } = await importVttTranscript(await fixture('broken.vtt'), { file });
    expect(items).to.deep.equal([
      { start: 0, end: 2, speaker: 'Sarah', text: 'Tom & Jerry’s show' },
      {
        start: 6,
        end: 9,
        speaker: 'Gillian',
        text: 'Karaoke style words.',
        words: [
          { start: 6, end: 7, text: 'Karaoke' },
          { start: 7, end: 8, text: 'style' },
          { start: 8, end: 9, text: 'words.' },
        ],
      },
    ]);
    expect(lines).to.deep.equal([11, 20]);
    expect(problems.map((p) => [p.line, p.file])).to.deep.equal([
      [14, file],
      [17, file],
    ]);
    expect(problems[0]!.message).to.contain('malformed cue timing');
    expect(problems[0]!.message).to.contain('00:00:0x.500');
    expect(problems[1]!.message).to.equal('cue ends (00:00:04.000) at or before its start (00:00:05.000); cue dropped');
  });

  it('regroups cues made of timed words into sentences', async () => {
    const { items, lines } = await importVttTranscript(await fixture('word-level.vtt'));
    expect(items.map((s) => [s.speaker, s.text, s.start, s.end])).to.deep.equal([
      ['Ana', 'Hello there.', 0, 1],
      ['Ana', 'How are you today?', 1, 4],
      ['Ben', 'Fine thanks.', 4, 6],
    ]);
    expect(items[1]!.words!.map((w) => w.text)).to.deep.equal(['How', 'are', 'you', 'today?']);
    expect(lines).to.deep.equal([3, 3, 9]);
  });

  it('warns when the header is missing but still reads the cues', async () => {
    const { items, problems } = await importVttTranscript('00:00:01.000 --> 00:00:02.000\nHi\n');
    expect(items).to.deep.equal([{ start: 1, end: 2, text: 'Hi' }]);
    expect(problems.map((p) => p.line)).to.deep.equal([1]);
  });
});

describe('SRT', () => {
  it('reads the spec example: sticky speakers, joined lines, comma milliseconds', async () => {
    const { items, problems } = await importSrtTranscript(await fixture('transcripts-example.srt'));
    expect(problems).to.deep.equal([]);
    expect(items[0]).to.deep.equal({ start: 0.179, end: 2.399, speaker: 'Travis', text: "When you first get started in podcasting, it's" });
    expect(items[1]).to.deep.equal({
      start: 2.4,
      end: 4.799,
      speaker: 'Travis',
      text: "almost guaranteed that you're going to make a handful of rookie",
    });
    const speakers = [...new Set(items.map((s) => s.speaker))];
    expect(speakers).to.include.members(['Travis', 'Sarah']);
    expect(items.every((s) => !/^\w+:/.test(s.text))).to.equal(true);
  });

  it('reads a BOM + CRLF file and reports malformed cues by line', async () => {
    const { items, problems, lines } = await importSrtTranscript(await fixture('crlf-bom.srt'), { file: 'crlf-bom.srt' });
    expect(items).to.deep.equal([
      { start: 1, end: 3.5, speaker: 'Ana', text: 'Hello and welcome to the show.' },
      { start: 3.5, end: 6, speaker: 'Ana', text: 'Today we talk about Rust & Go.' },
      { start: 8, end: 10, speaker: 'Ben', text: 'Thanks, Ana.' },
      { start: 12, end: 14, speaker: 'Ben', text: 'Glad to be here.' },
    ]);
    expect(lines).to.deep.equal([2, 7, 15, 23]);
    expect(problems.map((p) => p.line)).to.deep.equal([11, 19]);
    expect(problems.every((p) => p.file === 'crlf-bom.srt')).to.equal(true);
  });
});

describe('HTML transcripts', () => {
  it('reads the spec example without running or inserting anything', async () => {
    const before = document.body.innerHTML;
    const { items, problems } = importHtmlTranscript(await fixture('transcripts-example.html'));
    expect(problems).to.deep.equal([]);
    expect(items.length).to.be.greaterThan(5);
    expect(items[0]!.speaker).to.equal('Travis');
    expect(items[0]!.start).to.equal(0);
    expect(items[0]!.text.startsWith("When you first get started in podcasting, it's almost")).to.equal(true);
    expect(items[1]).to.deep.include({ speaker: 'Sarah', start: 53 });
    expect(items[3]).to.deep.include({ speaker: 'Gilon', start: 219 });
    expect(document.body.innerHTML).to.equal(before);
  });

  it('never runs scripts or handlers in the transcript', () => {
    (window as unknown as { __pwned?: boolean }).__pwned = false;
    const { items } = importHtmlTranscript(
      '<script>window.__pwned = true</script><cite>A:</cite><time>0:05</time><p>Hi <img src=x onerror="window.__pwned = true"> there</p>',
    );
    expect(items).to.deep.equal([{ start: 5, speaker: 'A', text: 'Hi there' }]);
    expect((window as unknown as { __pwned?: boolean }).__pwned).to.equal(false);
  });

  it('reads text as the DOM would: entities decoded, nested markup kept as text, script and style left out', () => {
    const { items, problems } = importHtmlTranscript(
      '<cite>Ana &amp; Bo:</cite><time datetime="PT1M5S">1:05</time>' +
        '<p>It&rsquo;s <em>really</em>&nbsp;here,<br>on <a href="https://x.example">two</a> lines<script>ignored()</script><style>p{}</style></p>',
    );
    expect(problems).to.deep.equal([]);
    expect(items).to.deep.equal([{ start: 65, speaker: 'Ana & Bo', text: 'It\u2019s really here, on two lines' }]);
  });

  it('needs no DOM: it reads the same with DOMParser gone (a Trusted Types page, or Node)', async () => {
    const html = await fixture('transcripts-example.html');
    const expected = importHtmlTranscript(html);
    const saved = Object.getOwnPropertyDescriptor(window, 'DOMParser')!;
    Object.defineProperty(window, 'DOMParser', { value: undefined, configurable: true, writable: true });
    try {
      expect(importHtmlTranscript(html)).to.deep.equal(expected);
      expect(expected.items.length).to.be.greaterThan(5);
    } finally {
      Object.defineProperty(window, 'DOMParser', saved);
    }
  });

  it('reports a bad <time> with its line', () => {
    const { items, problems } = importHtmlTranscript('<cite>A:</cite>\n<time>0:05</time>\n<p>One</p>\n<time>soon</time>\n<p>Two</p>', {
      file: 't.html',
    });
    expect(items).to.deep.equal([{ start: 5, speaker: 'A', text: 'One Two' }]);
    expect(problems.map((p) => [p.line, p.file])).to.deep.equal([[4, 't.html']]);
  });
});

describe('importCompanion', () => {
  it('picks the format from the type, then the extension, then the content', async () => {
    const vtt = await fixture('transcripts-example.vtt');
    const srt = await fixture('transcripts-example.srt');
    const json = await fixture('transcripts-example.json');
    const html = await fixture('transcripts-example.html');
    expect(sniffFormat(vtt)).to.equal('vtt');
    expect(sniffFormat(srt)).to.equal('srt');
    expect(sniffFormat(json)).to.equal('json');
    expect(sniffFormat(html)).to.equal('html');
    expect((await importCompanion('transcript', vtt, { type: 'text/vtt' })).items).to.have.length(7);
    expect((await importCompanion('transcript', srt, { file: 'https://x.example/t.srt?v=2' })).items[0]!.speaker).to.equal('Travis');
    expect((await importCompanion('transcript', json)).items).to.have.length(2);
    expect((await importCompanion('transcript', html)).items[0]!.speaker).to.equal('Travis');
    expect((await importCompanion('chapters', await fixture('chapters-example.json'), { type: 'application/json+chapters' })).items).to.have.length(9);
  });

  it('reports what it cannot read', async () => {
    const unknown = await importCompanion('transcript', 'just some words', { file: 'a.txt' });
    expect(unknown.items).to.deep.equal([]);
    expect(unknown.problems).to.have.length(1);
    expect(unknown.problems[0]!.file).to.equal('a.txt');
    const srtChapters = await importCompanion('chapters', await fixture('transcripts-example.srt'));
    expect(srtChapters.problems[0]!.message).to.contain('not SRT');
  });
});
