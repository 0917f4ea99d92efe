import { expect } from '@open-wc/testing';
import { createMentionMatcher, findMentionRanges, indexMentions } from '../../src/episode/mentions.js';

function marked(text: string, ranges: { start: number; end: number; entityId: string }[]): string[] {
  return ranges.map((r) => `${r.entityId}:${text.slice(r.start, r.end)}`);
}

describe('mentions', () => {
  it('matches whole words only, case-insensitively', () => {
    const matcher = createMentionMatcher([{ id: 'ai', name: 'Ai' }]);
    const text = 'She said AI, not "aide"; ai-powered tools and Ai.';
    expect(marked(text, findMentionRanges(text, matcher))).to.deep.equal(['ai:AI', 'ai:ai', 'ai:Ai']);
    expect(findMentionRanges('said maid again', matcher)).to.deep.equal([]);
  });

  it('finds names and aliases, accent-insensitively, with exact character ranges', () => {
    const matcher = createMentionMatcher([
      { id: 'jose', name: 'José Núñez', aliases: ['Pepe'] },
      { id: 'zurich', name: 'Zürich' },
    ]);
    const text = 'Jose Nunez met PEPE in zurich. José  Núñez too.';
    const ranges = findMentionRanges(text, matcher);
    expect(marked(text, ranges)).to.deep.equal(['jose:Jose Nunez', 'jose:PEPE', 'zurich:zurich', 'jose:José  Núñez']);
    expect(ranges[0]).to.deep.equal({ start: 0, end: 10, entityId: 'jose' });
  });

  it('prefers the longest name at a position', () => {
    const matcher = createMentionMatcher([
      { id: 'ny', name: 'New York' },
      { id: 'nyt', name: 'New York Times' },
    ]);
    const text = 'The New York Times is in New York.';
    expect(marked(text, findMentionRanges(text, matcher))).to.deep.equal(['nyt:New York Times', 'ny:New York']);
  });

  it('handles punctuation in names, possessives and contractions', () => {
    const matcher = createMentionMatcher([
      { id: 'cpp', name: 'C++' },
      { id: 'node', name: 'Node.js' },
      { id: 'gpt4', name: 'GPT-4' },
      { id: 'don', name: 'Don' },
    ]);
    const text = "C++ and C, Node.js not Node, GPT 4, Don's car, don't.";
    expect(marked(text, findMentionRanges(text, matcher))).to.deep.equal([
      'cpp:C++',
      'node:Node.js',
      'gpt4:GPT 4',
      'don:Don',
    ]);
  });

  it('matches names in scripts without spaces', () => {
    const matcher = createMentionMatcher([{ id: 'tokyo', name: '東京' }]);
    const text = '私は東京で働いています';
    expect(marked(text, findMentionRanges(text, matcher))).to.deep.equal(['tokyo:東京']);
  });

  it('indexes sorted unique segment starts per entity', () => {
    const matcher = createMentionMatcher([
      { id: 'rust', name: 'Rust' },
      { id: 'go', name: 'Go', aliases: ['Golang'] },
    ]);
    const found = indexMentions(
      [
        { start: 30, text: 'Rust, rust and more Rust.' },
        { start: 5, text: 'Golang vs Rust' },
        { start: 12, text: 'Let us go.' },
        { start: 40, text: 'rusty gophers' },
      ],
      matcher,
    );
    expect(found.get('rust')).to.deep.equal([5, 30]);
    expect(found.get('go')).to.deep.equal([5, 12]);
  });

  function bigEpisode(segments: number, entities: number) {
    const names = Array.from({ length: entities }, (_, i) => ({
      id: `e${i}`,
      name: `Entity${i} Name`,
      aliases: [`Alias${i}`],
    }));
    const filler = 'and then we talked about something else entirely for a while before moving on to';
    const transcript = Array.from({ length: segments }, (_, i) => ({
      start: i * 3,
      text: `${filler} Entity${i % entities} Name ${filler} alias${(i * 7) % entities}.`,
    }));
    return { names, transcript };
  }

  it('indexes the seed page size: 1,125 segments × 40 entities', () => {
    const { names, transcript } = bigEpisode(1125, 40);
    const found = indexMentions(transcript, createMentionMatcher(names));
    expect(found.size).to.equal(40);
  });

  // Speed is measured by `npm run bench`, never asserted here: a shared machine makes timing
  // asserts flaky. This proves the result at scale.
  it('indexes 20,000 segments × 2,000 entities correctly', () => {
    const { names, transcript } = bigEpisode(20000, 2000);
    const found = indexMentions(transcript, createMentionMatcher(names));
    expect(found.size).to.equal(2000);
    expect(found.get('e1')).to.deep.equal(
      [...new Set([...transcript.filter((_, i) => i % 2000 === 1 || (i * 7) % 2000 === 1).map((s) => s.start)])].sort((a, b) => a - b),
    );
  });
});
