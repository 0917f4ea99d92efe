import { expect } from '@open-wc/testing';
import { parseEpisode } from '../../src/episode/validate.js';
import { parseTime } from '../../src/episode/time.js';
import { isSafeUrl } from '../../src/episode/url.js';

interface Schema {
  properties: Record<string, unknown>;
  $defs: { time: { anyOf: [unknown, { pattern: string }] }; url: { not: { pattern: string } } };
}

async function schema(): Promise<Schema> {
  const response = await fetch('/src/episode.schema.json');
  expect(response.ok).to.equal(true);
  return response.json() as Promise<Schema>;
}

describe('episode.schema.json', () => {
  it('is draft 2020-12 and describes exactly the keys the validator knows', async () => {
    const s = (await schema()) as Schema & { $schema: string };
    expect(s.$schema).to.equal('https://json-schema.org/draft/2020-12/schema');
    const input: Record<string, unknown> = { version: 1, title: 'T' };
    for (const key of Object.keys(s.properties)) if (!(key in input)) input[key] = null;
    const result = parseEpisode(input);
    expect(result.warnings).to.deep.equal([]);
    expect(parseEpisode({ version: 1, title: 'T', notInSchema: 1 }).warnings![0]!.path).to.equal('notInSchema');
  });

  it('has time and URL patterns that agree with parseTime and isSafeUrl', async () => {
    const s = await schema();
    const time = new RegExp(s.$defs.time.anyOf[1].pattern);
    for (const text of ['90', '1:30', '1:02:03.5', '01:02:03,500', '1h2m3s', '90s', '2m', 'abc', '1x']) {
      expect(time.test(text), text).to.equal(parseTime(text) !== undefined);
    }
    const unsafe = new RegExp(s.$defs.url.not.pattern);
    for (const url of ['https://a.example', 'HTTP://a', '/x', 'x.png', 'javascript:alert(1)', ' data:x', 'vbscript:x']) {
      expect(!unsafe.test(url), url).to.equal(isSafeUrl(url));
    }
  });
});
