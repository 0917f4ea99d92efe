import { expect } from '@open-wc/testing';
import { importCompanion, sniffFormat } from '../../src/episode/formats/detect.js';
import { importJsonChapters } from '../../src/episode/formats/chapters-json.js';
import { importJsonTranscript } from '../../src/episode/formats/transcript-json.js';
import { importVttChapters, importVttTranscript } from '../../src/episode/formats/vtt.js';
import { importTextTranscript } from '../../src/episode/formats/text.js';
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
    expect(problems[0]!.column).to.equal(23);
    // The place is in line and column, once: the message says only what is wrong there.
    expect(problems[0]!.message).to.match(/^expected double-quoted property name$/i);
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

describe('WebVTT chapters', () => {
  it('reads a chapters track as media-chrome and Vidstack use it: cue ids, NOTE, header lines, entities, two-line titles', async () => {
    const file = '/tests/fixtures/formats/chapters.vtt';
    const { items, problems, lines } = await importVttChapters(await fixture('chapters.vtt'), { file });
    expect(items).to.deep.equal([
      { start: 0, end: 90, title: 'Welcome & introductions' },
      { start: 90, end: 725.5, title: 'Open weights: what they are' },
      { start: 1540, end: 1872, title: 'The chip race, TSMC and Taiwan' },
    ]);
    expect(lines).to.deep.equal([10, 14, 26]);
    expect(problems.map((p) => [p.path, p.line, p.file])).to.deep.equal([
      ['chapters', 19, file],
      ['chapters', 23, file],
    ]);
    expect(problems[0]!.message).to.equal('cue ends (00:11:00.000) at or before its start (00:12:05.500); cue dropped');
    expect(problems[1]!.message).to.equal('cue has no text (a chapter needs a title); chapter dropped');
  });
});

describe('Whisper JSON transcripts', () => {
  it('reads WhisperX output: speakers per segment, word timings, unaligned words timed from their neighbours', async () => {
    const { items, problems } = await importCompanion('transcript', await fixture('whisperx.json'), { file: 'whisperx.json' });
    expect(items.map((s) => [s.speaker ?? null, s.text, s.start, s.end])).to.deep.equal([
      ['SPEAKER_00', 'Welcome back to Open Weights.', 0.031, 1.655],
      ['SPEAKER_00', "Today we're talking about the chip race in 2024.", 2.016, 4.621],
      ['SPEAKER_01', 'Thanks for having me, Ana.', 5.103, 6.707],
      [null, "It's a big year.", 7.5, 8.4],
      ['SPEAKER_01', 'TSMC shipped 3 nanometre chips at scale.', 9.012, 11.837],
    ]);
    expect(items[0]!.words).to.deep.equal([
      { start: 0.031, end: 0.452, text: 'Welcome' },
      { start: 0.492, end: 0.713, text: 'back' },
      { start: 0.753, end: 0.833, text: 'to' },
      { start: 0.873, end: 1.134, text: 'Open' },
      { start: 1.174, end: 1.655, text: 'Weights.' },
    ]);
    // "2024." and "3" were not aligned: they run from the word before to the next word (or the end).
    expect(items[1]!.words!.at(-1)).to.deep.equal({ start: 4.221, end: 4.621, text: '2024.' });
    expect(items[4]!.words![2]).to.deep.equal({ start: 10.034, end: 10.114, text: '3' });
    expect(problems).to.have.length(1);
    expect(problems[0]).to.deep.include({ path: 'segments[1].words[8]', file: 'whisperx.json', line: 1 });
    expect(problems[0]!.message).to.equal('2 words have no time (not aligned), the first here; their times are taken from the words around them');
  });

  it("reads the OpenAI API's verbose_json: words beside the segments go to theirs, an empty segment is reported by line", async () => {
    const { items, problems, lines } = await importCompanion('transcript', await fixture('openai-verbose.json'), { file: 'openai.json' });
    expect(items.map((s) => [s.text, s.start, s.end])).to.deep.equal([
      ['Hi everyone, and welcome to the Sample Show.', 0, 4.2],
      ["I'm Ana Ortiz, and with me today is Ben Lee.", 4.2, 8.9],
      ['We\'re going to talk about open models and what they mean for small teams.', 9.4, 14.6],
    ]);
    expect(items[0]!.words!.map((w) => w.text)).to.deep.equal(['Hi', 'everyone', 'and', 'welcome', 'to', 'the', 'Sample', 'Show']);
    expect(items[2]!.words![0]).to.deep.equal({ start: 9.4, end: 9.72, text: "We're" });
    expect(items.every((s) => s.speaker === undefined)).to.equal(true);
    expect(lines).to.deep.equal([7, 23, 55]);
    expect(problems.map((p) => [p.path, p.line, p.message])).to.deep.equal([['segments[2].text', 44, 'no text; segment dropped']]);
  });

  it("trims openai-whisper's leading spaces, reports bad segments and words, and is not taken for Podcasting 2.0", async () => {
    const text = JSON.stringify(
      {
        text: ' Hello. Bye.',
        language: 'en',
        segments: [
          { id: 0, start: 0, end: 1.2, text: ' Hello.', words: [{ word: ' Hello.', start: 0, end: 1.2, probability: 0.98 }] },
          { id: 1, end: 2, text: ' Lost.' },
          { id: 2, start: 2, end: 3, text: ' Bye.', words: [{ start: 2, end: 3 }, { word: ' Bye.', start: 'x', end: 3 }] },
        ],
      },
      null,
      2,
    );
    const { items, problems } = importJsonTranscript(text, { file: 'w.json' });
    expect(items).to.deep.equal([
      { start: 0, end: 1.2, text: 'Hello.', words: [{ start: 0, end: 1.2, text: 'Hello.' }] },
      { start: 2, end: 3, text: 'Bye.', words: [{ start: 2, end: 3, text: 'Bye.' }] },
    ]);
    expect(problems.map((p) => p.path)).to.deep.equal(['segments[1].start', 'segments[2].words[0].word', 'segments[2].words[1].start', 'segments[2].words[1]']);
    expect(problems[0]!.message).to.equal('missing; segment dropped');
    expect(problems.every((p) => p.file === 'w.json' && typeof p.line === 'number')).to.equal(true);
  });
});

describe('plain-text transcripts', () => {
  it('reads a Descript-style export: [time] Speaker: text, continuation lines joined', async () => {
    const { items, problems, lines } = await importCompanion('transcript', await fixture('descript.txt'), { file: 'descript.txt' });
    expect(problems).to.deep.equal([]);
    expect(items.map((s) => [s.start, s.speaker, s.text])).to.deep.equal([
      [0, 'Ana Ortiz', 'Hi everyone, and welcome to the Sample Show.'],
      [4, 'Ana Ortiz', "I'm Ana Ortiz, and with me today is Ben Lee."],
      [9, 'Ben Lee', "Thanks for having me. It's great to be here."],
      [13, 'Ana Ortiz', "Let's start with open models. What changed this year?"],
      [18, 'Ben Lee', 'Mostly the licences. Weights you can download and run on your own hardware, with terms a small team can live with.'],
      [27, 'Ana Ortiz', 'And the chips to run them on?'],
    ]);
    expect(lines).to.deep.equal([1, 3, 5, 8, 10, 13]);
  });

  it("reads an Otter export (CRLF): speaker and time on a header line, paragraphs keep their speaker, Otter's trailer left out", async () => {
    const { items, problems } = await importCompanion('transcript', await fixture('otter.txt'), { file: 'otter.txt' });
    expect(items.map((s) => [s.start, s.speaker, s.text.slice(0, 20)])).to.deep.equal([
      [0, 'Ana Ortiz', 'Hi everyone, and wel'],
      [9, 'Ben Lee', "Thanks for having me"],
      [13, 'Ana Ortiz', "Let's start with ope"],
      [18, 'Ben Lee', 'Mostly the licences.'],
      [19.59, 'Ben Lee', 'Weights you can down'],
      [27, 'Ana Ortiz', 'And the chips to run'],
    ]);
    expect(problems.map((p) => [p.line, p.message])).to.deep.equal([
      [13, '1 line has no timestamp, the first here: its time is estimated from the times around it'],
      [19, 'Otter\'s "Transcribed by https://otter.ai" line is not speech; left out'],
    ]);
  });

  it('reads time-first, name-time and bare-time lines, and estimates times when there are none', () => {
    const { items, problems } = importTextTranscript('00:01:02 Ana: One.\nBen (1:05): Two.\n(1:09) Three.\n1:12:03\nFour.', { file: 't.txt' });
    expect(problems).to.deep.equal([]);
    expect(items).to.deep.equal([
      { start: 62, speaker: 'Ana', text: 'One.' },
      { start: 65, speaker: 'Ben', text: 'Two.' },
      { start: 69, speaker: 'Ben', text: 'Three.' },
      { start: 4323, speaker: 'Ben', text: 'Four.' },
    ]);
    const untimed = importTextTranscript('Ana: Hello and welcome to the show.\nBen: Thanks for having me here today.', { file: 't.txt' });
    expect(untimed.items.map((s) => [s.start, s.speaker])).to.deep.equal([
      [0, 'Ana'],
      [2, 'Ben'],
    ]);
    expect(untimed.problems).to.deep.equal([
      {
        path: 'transcript',
        file: 't.txt',
        line: 1,
        message: 'the text has no timestamps: times are estimated at a speaking pace of about 150 words a minute, so seeking is approximate',
      },
    ]);
  });

  it('warns about a time that goes backwards and is detected by content or .txt', async () => {
    const { problems } = importTextTranscript('[00:10] Ana: Later.\n[00:05] Ben: Earlier.');
    expect(problems.map((p) => [p.line, p.message])).to.deep.equal([[2, 'time 0:05 comes before the 0:10 above it; kept (lines are shown in time order)']]);
    expect(sniffFormat(await fixture('descript.txt'))).to.equal('text');
    expect(sniffFormat(await fixture('otter.txt'))).to.equal('text');
    expect(sniffFormat('Dear listener, thanks for writing in.')).to.equal(undefined);
    expect((await importCompanion('transcript', 'just some words', { file: 'notes.txt' })).items).to.deep.equal([{ start: 0, text: 'just some words' }]);
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
    const unknown = await importCompanion('transcript', 'just some words', { file: 'a.docx' });
    expect(unknown.items).to.deep.equal([]);
    expect(unknown.problems).to.have.length(1);
    expect(unknown.problems[0]!.file).to.equal('a.docx');
    const srtChapters = await importCompanion('chapters', await fixture('transcripts-example.srt'));
    expect(srtChapters.problems[0]!.message).to.contain('not SRT');
  });
});

describe('nothing dropped silently (issue 17)', () => {
  const cue = (timing: string, text: string) => `${timing}\n${text}\n`;

  it('reports a VTT cue whose timing line is damaged, with its line, and keeps the others', async () => {
    const source = [
      'WEBVTT',
      '',
      cue('00:00:01.000 --> 00:00:02.000', 'kept one'),
      cue('00:00:03.000 - -> 00:00:04.000', 'damaged arrow'),
      cue('00:00:05.000 -> 00:00:06.000', 'short arrow'),
      'lost cue text',
      '00:00:07.000 --> 00:00:08.000',
      '',
      cue('00:00:09.000 --> 00:00:10.000', 'kept two'),
    ].join('\n');
    const { items, problems } = await importVttTranscript(source, { file: 'bad.vtt' });
    expect(items.map((s) => s.text)).to.deep.equal(['kept one', 'kept two']);
    expect(problems.map((p) => [p.file, p.line])).to.deep.equal([
      ['bad.vtt', 6],
      ['bad.vtt', 9],
      ['bad.vtt', 13],
    ]);
    expect(problems[0]!.message).to.equal('malformed cue timing line "00:00:03.000 - -> 00:00:04.000": expected "start --> end"; cue dropped');
    expect(problems[1]!.message).to.contain('"00:00:05.000 -> 00:00:06.000"');
    expect(problems[2]!.message).to.equal('cue has no text; dropped');
  });

  it('reports a swapped SRT cue (text before its timing) and a damaged arrow, with lines', async () => {
    const source = [
      '1',
      '00:00:01,000 --> 00:00:02,000',
      'kept',
      '',
      '2',
      'text first',
      '00:00:03,000 --> 00:00:04,000',
      '',
      '3',
      '00:00:05,000 - -> 00:00:06,000',
      'damaged',
      '',
    ].join('\n');
    const { items, problems } = await importSrtTranscript(source, { file: 'bad.srt' });
    expect(items.map((s) => s.text)).to.deep.equal(['kept']);
    expect(problems.map((p) => p.line)).to.deep.equal([7, 10]);
    expect(problems[0]!.message).to.contain('must be the first line of its block');
  });

  it('says so when a file has nothing in it', async () => {
    const empty = await importVttTranscript('WEBVTT\n', { file: 'e.vtt' });
    expect(empty.items).to.deep.equal([]);
    expect(empty.problems.map((p) => [p.file, p.message])).to.deep.equal([['e.vtt', 'no cues in the file']]);
    const chapters = importJsonChapters('[]', { file: 'c.json' });
    expect(chapters.items).to.deep.equal([]);
    expect(chapters.problems.map((p) => p.message)).to.deep.equal(['no chapters in the file']);
    const emptyChapters = importJsonChapters('{"version":"1.2.0","chapters":[]}');
    expect(emptyChapters.problems.map((p) => p.message)).to.deep.equal(['no chapters in the file']);
    const transcript = importJsonTranscript('{"version":"1.0.0","segments":[]}');
    expect(transcript.problems.map((p) => p.message)).to.deep.equal(['no segments in the file']);
  });

  it('reports keys of Podcasting 2.0 items that are in neither spec, suggesting the one meant, and keeps location and value quiet', () => {
    const chapters = importJsonChapters(
      JSON.stringify({ version: '1.2.0', chapters: [{ startTime: 0, title: 'A', image: 'x.jpg', location: { name: 'P' }, value: {} }, { startTime: 5, titel: 'B' }] }),
      { file: 'c.json' },
    );
    expect(chapters.problems.map((p) => [p.path, p.message])).to.deep.equal([
      ['chapters[0].image', 'unknown key; ignored (did you mean "img"?)'],
      ['chapters[1].titel', 'unknown key; ignored (did you mean "title"?)'],
      ['chapters[1].title', 'missing (only chapters with "toc": false may go without one); chapter dropped'],
    ]);
    expect(chapters.problems[0]!.line).to.equal(1);
    expect(chapters.items.map((c) => c.title)).to.deep.equal(['A']);
    const transcript = importJsonTranscript(JSON.stringify({ version: '1.0.0', segments: [{ startTime: 0, endTime: 1, body: 'hi', speeker: 'Ana' }] }));
    expect(transcript.problems.map((p) => [p.path, p.message])).to.deep.equal([['segments[0].speeker', 'unknown key; ignored (did you mean "speaker"?)']]);
  });
});
