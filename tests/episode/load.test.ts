import { expect } from '@open-wc/testing';
import { loadEpisode } from '../../src/episode/load.js';
import { findJsonErrorOffset, lineAndColumn, parseJson } from '../../src/episode/json.js';
import type { Episode, EpisodeProblem } from '../../src/episode/types.js';

const DIR = '/tests/fixtures/formats/';
const abs = (name: string) => new URL(DIR + name, location.href).href;

function expectEpisode(result: { episode?: Episode; warnings?: EpisodeProblem[]; errors?: EpisodeProblem[] }) {
  if (result.errors) throw new Error(`expected an episode, got ${JSON.stringify(result.errors)}`);
  return { episode: result.episode!, warnings: result.warnings! };
}

function textResponse(text: string, type = 'text/plain') {
  return new Response(text, { status: 200, headers: { 'content-type': type } });
}

describe('loadEpisode', () => {
  it('loads an episode with companion chapters and transcript resolved next to it', async () => {
    const result = await loadEpisode({ src: DIR + 'episode-companions.json' });
    const { episode, warnings } = expectEpisode(result);
    expect(result.file).to.equal(abs('episode-companions.json'));
    expect(warnings).to.deep.equal([]);
    expect(episode.chapters).to.have.length(9);
    expect(episode.chapters[0]).to.deep.include({ start: 0, end: 168, title: 'Intro', toc: true });
    expect(episode.transcript).to.have.length(7);
    expect(episode.transcript.map((s) => s.speaker)).to.deep.equal(['sarah', 'sarah', 'sarah', 'sarah', 'sarah', 'gillian', 'gillian']);
    expect(episode.transcript[2]!.text).to.contain('Podcasting Q&A');
    const [buzzsprout, trailer] = episode.entities;
    expect(buzzsprout!.mentions).to.deep.equal([19.08]);
    expect(trailer!.mentions).to.deep.equal([2.76, 21.45]);
    expect(trailer!.mentionsSource).to.equal('transcript');
  });

  it('gives HTTP errors with the file URL', async () => {
    const result = await loadEpisode({ src: DIR + 'nope.json' });
    expect(result.episode).to.equal(undefined);
    expect(result.errors).to.deep.equal([
      { path: '', file: abs('nope.json'), message: `HTTP 404 Not Found (${abs('nope.json')})` },
    ]);
  });

  it('gives JSON syntax errors with line and column', async () => {
    const result = await loadEpisode({ src: DIR + 'broken-episode.json' });
    expect(result.errors).to.have.length(1);
    const [error] = result.errors!;
    expect(error!.file).to.equal(abs('broken-episode.json'));
    expect(error!.line).to.equal(6);
    expect(error!.column).to.equal(3);
    expect(error!.message).not.to.match(/line|column|position/);
  });

  it('shows the rest of the episode when a companion fails to load', async () => {
    const { episode, warnings } = expectEpisode(await loadEpisode({ src: DIR + 'episode-missing-companion.json' }));
    expect(episode.chapters.map((c) => c.title)).to.deep.equal(['Only chapter']);
    expect(episode.transcript).to.deep.equal([]);
    expect(warnings).to.deep.equal([
      {
        path: 'transcript.src',
        file: abs('does-not-exist.vtt'),
        message: 'the transcript file HTTP 404 Not Found',
      },
    ]);
  });

  it('merges companion problems as warnings with file and line', async () => {
    const { episode, warnings } = expectEpisode(await loadEpisode({ src: DIR + 'episode-srt.json' }));
    expect(episode.transcript.map((s) => s.speaker)).to.deep.equal(['ana', 'ana', 'Ben', 'Ben']);
    expect(warnings.map((w) => [w.file, w.line])).to.deep.equal([
      [abs('crlf-bom.srt'), 11],
      [abs('crlf-bom.srt'), 19],
    ]);
  });

  it('loads WebVTT chapters and a plain-text transcript named by extension, with their warnings by file and line', async () => {
    const { episode, warnings } = expectEpisode(await loadEpisode({ src: DIR + 'episode-vtt-chapters.json' }));
    expect(episode.chapters.map((c) => [c.start, c.end, c.title])).to.deep.equal([
      [0, 90, 'Welcome & introductions'],
      [90, 725.5, 'Open weights: what they are'],
      [1540, 1872, 'The chip race, TSMC and Taiwan'],
    ]);
    expect(episode.transcript.map((s) => s.speaker)).to.deep.equal(['Ana Ortiz', 'Ana Ortiz', 'Ben Lee', 'Ana Ortiz', 'Ben Lee', 'Ana Ortiz']);
    expect(episode.transcript[2]!.start).to.equal(9);
    expect(warnings.map((w) => [w.path, w.file, w.line])).to.deep.equal([
      ['chapters', abs('chapters.vtt'), 19],
      ['chapters', abs('chapters.vtt'), 23],
    ]);
  });

  it('reads a text/plain response by its content, and an author-given text/plain type', async () => {
    const text = 'Ana: Hello there, and welcome.\n[00:00:04] Ben: Thanks.';
    const fetchFn = (async () => textResponse(text, 'text/plain; charset=utf-8')) as typeof fetch;
    for (const transcript of [{ src: 'https://media.example/t' }, { src: 'https://media.example/t', type: 'text/plain' }]) {
      const { episode, warnings } = expectEpisode(await loadEpisode({ data: { version: 1, title: 'T', transcript } }, { fetch: fetchFn }));
      expect(episode.transcript.map((s) => [s.start, s.speaker])).to.deep.equal([
        [0, 'Ana'],
        [4, 'Ben'],
      ]);
      expect(warnings.map((w) => [w.file, w.line])).to.deep.equal([['https://media.example/t', 1]]);
    }
  });

  it('places validator warnings about imported items at the companion line', async () => {
    const vtt = 'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nFine\n\n00:00:03.000 --> 00:00:04.000\ncafÃ© talk\n';
    const fetchFn = (async () => textResponse(vtt, 'text/vtt')) as typeof fetch;
    const { episode, warnings } = expectEpisode(
      await loadEpisode(
        { data: { version: 1, title: 'T', transcript: { src: 'https://media.example/t.vtt' } } },
        { fetch: fetchFn },
      ),
    );
    expect(episode.transcript[1]!.text).to.equal('cafÃ© talk');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.deep.include({ path: 'transcript[1].text', file: 'https://media.example/t.vtt', line: 6 });
  });

  it('resolves companions of inline data against baseUrl', async () => {
    const { episode } = expectEpisode(
      await loadEpisode({
        data: { version: 1, title: 'Inline', transcript: { src: 'transcripts-example.json' } },
        baseUrl: abs(''),
      }),
    );
    expect(episode.transcript.map((s) => s.text)).to.deep.equal(['I am your father.', 'Nooooo']);
  });

  it('accepts inline JSON text and reports its syntax errors', async () => {
    const good = expectEpisode(await loadEpisode({ data: '{"version":1,"title":"From text"}' }));
    expect(good.episode.title).to.equal('From text');
    const bad = await loadEpisode({ data: '{\n "version": 1,\n "title": "x"\n "more": 2\n}' });
    expect(bad.errors![0]!.line).to.equal(4);
  });

  it('does not fetch unsafe companion URLs', async () => {
    let calls = 0;
    const fetchFn = (async () => {
      calls++;
      return textResponse('');
    }) as typeof fetch;
    const { warnings } = expectEpisode(
      await loadEpisode({ data: { version: 1, title: 'T', transcript: { src: 'javascript:alert(1)' } } }, { fetch: fetchFn }),
    );
    expect(calls).to.equal(0);
    expect(warnings[0]!.path).to.equal('transcript.src');
  });

  it('rejects with an AbortError when aborted, so stale loads never win', async () => {
    const controller = new AbortController();
    const fetchFn = ((_url: RequestInfo | URL, init?: RequestInit) =>
      new Promise<Response>((resolve, reject) => {
        const timer = setTimeout(() => resolve(textResponse('{"version":1,"title":"late"}')), 200);
        init?.signal?.addEventListener('abort', () => {
          clearTimeout(timer);
          reject(new DOMException('aborted', 'AbortError'));
        });
      })) as typeof fetch;
    const pending = loadEpisode({ src: 'https://x.example/e.json' }, { signal: controller.signal, fetch: fetchFn });
    controller.abort();
    let caught: unknown;
    try {
      await pending;
    } catch (error) {
      caught = error;
    }
    expect((caught as DOMException | undefined)?.name).to.equal('AbortError');

    let companionCaught: unknown;
    const second = new AbortController();
    const slowCompanion = ((url: RequestInfo | URL, init?: RequestInit) =>
      String(url).endsWith('e.json')
        ? Promise.resolve(textResponse('{"version":1,"title":"x","transcript":{"src":"t.vtt"}}'))
        : fetchFn(url, init)) as typeof fetch;
    const loading = loadEpisode({ src: 'https://x.example/e.json' }, { signal: second.signal, fetch: slowCompanion });
    setTimeout(() => second.abort(), 20);
    try {
      await loading;
    } catch (error) {
      companionCaught = error;
    }
    expect((companionCaught as DOMException | undefined)?.name).to.equal('AbortError');
  });

  it('rejects at once when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    let caught: unknown;
    try {
      await loadEpisode({ data: { version: 1, title: 'T' } }, { signal: controller.signal });
    } catch (error) {
      caught = error;
    }
    expect((caught as DOMException | undefined)?.name).to.equal('AbortError');
  });
});

describe('JSON error positions', () => {
  it('computes line and column from an offset', () => {
    expect(lineAndColumn('ab\ncd\nef', 0)).to.deep.equal({ line: 1, column: 1 });
    expect(lineAndColumn('ab\ncd\nef', 4)).to.deep.equal({ line: 2, column: 2 });
  });

  it('finds the error offset itself when the engine gives none', () => {
    expect(findJsonErrorOffset('{"a": [1, 2,]}')).to.equal(12);
    expect(findJsonErrorOffset('{"a": tru}')).to.equal(9);
    expect(findJsonErrorOffset('{"a": 1}')).to.equal(undefined);
    expect(findJsonErrorOffset('{"a": 1} x')).to.equal(9);
  });

  it('gives line and column for any engine wording', () => {
    for (const text of ['{\n  "a": 1,\n  "b": }', '{\n  "a": 1\n  "b": 2}', '{\n  "a": 1,\n  "b": "x']) {
      const result = parseJson(text);
      expect(result.ok, text).to.equal(false);
      if (!result.ok) expect(result.error.line, text).to.equal(3);
    }
    const empty = parseJson('  ');
    expect(empty.ok).to.equal(false);
    if (!empty.ok) expect(empty.error.reason).to.equal('the file is empty');
  });

  it('a file on another origin that cannot be fetched names CORS as a possible cause and the header to send', async () => {
    const result = await loadEpisode({ src: 'http://127.0.0.1:9/episode.json' });
    const message = result.errors?.[0]!.message ?? '';
    expect(message).to.contain('could not be fetched');
    expect(message).to.contain('another origin (http://127.0.0.1:9)');
    expect(message).to.contain(`Access-Control-Allow-Origin: ${location.origin}`);
    const sameOrigin = await loadEpisode({ src: '/tests/fixtures/nothing-here.json' });
    expect(sameOrigin.errors?.[0]!.message).to.not.contain('CORS');
  });
});
