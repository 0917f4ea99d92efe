import { expect } from '@open-wc/testing';
import { GraphModel, shortLabel } from '../../src/graph/model.js';

const entities = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ({ id, name: id.toUpperCase(), type: id === 'f' ? 'podcast' : 'company', aliases: id === 'c' ? ['Charlie'] : [] }));
const links = [
  { source: 'a', target: 'b' },
  { source: 'a', target: 'c' },
  { source: 'b', target: 'c' },
  { source: 'c', target: 'a' }, // duplicate (reversed): dropped
  { source: 'd', target: 'd' }, // self-link: dropped
  { source: 'd', target: 'e' },
];

describe('graph/model', () => {
  it('builds neighbours and degree, dropping self-links and duplicates', () => {
    const model = new GraphModel(entities, links);
    expect(model.links.length).to.equal(4);
    expect(model.node('a')!.degree).to.equal(2);
    expect([...model.neighbours[model.node('c')!.index]].map((i) => model.nodes[i].id).sort()).to.deep.equal(['a', 'b']);
    expect(model.node('f')!.degree).to.equal(0);
    expect(model.linksOf[model.node('d')!.index].length).to.equal(1);
  });

  it('finds connected components, largest first', () => {
    const model = new GraphModel(entities, links);
    expect(model.componentCount).to.equal(3);
    expect(['a', 'b', 'c'].map((id) => model.node(id)!.component)).to.deep.equal([0, 0, 0]);
    expect(model.node('d')!.component).to.equal(model.node('e')!.component);
    expect(model.node('d')!.component).to.equal(1);
    expect(model.node('f')!.component).to.equal(2);
  });

  it('counts kinds in first-seen order', () => {
    expect([...new GraphModel(entities, links).kinds()]).to.deep.equal([
      ['company', 5],
      ['podcast', 1],
    ]);
  });

  it('sizes nodes by degree or by mentions', () => {
    const model = new GraphModel(
      [
        { id: 'x', name: 'X', type: 'concept', mentions: [1, 2, 3, 4] },
        { id: 'y', name: 'Y', type: 'concept', mentions: [] },
        { id: 'z', name: 'Z', type: 'concept', mentions: [5] },
      ],
      [
        { source: 'y', target: 'x' },
        { source: 'y', target: 'z' },
      ],
    );
    model.sizeNodes('degree');
    expect(model.node('y')!.radius).to.be.greaterThan(model.node('x')!.radius);
    model.sizeNodes('mentions');
    expect(model.node('x')!.radius).to.be.greaterThan(model.node('z')!.radius);
    expect(model.node('z')!.radius).to.be.greaterThan(model.node('y')!.radius);
    expect(model.bySize()[0].id).to.equal('x');
  });

  it('searches names and aliases: exact, then prefix, then substring', () => {
    const model = new GraphModel(
      [
        { id: '1', name: 'DeepSeek-R1', type: 'product' },
        { id: '2', name: 'DeepSeek', type: 'company', aliases: ['Deepseek AI'] },
        { id: '3', name: 'TSMC', type: 'company', aliases: ['Taiwan Semiconductor'] },
      ],
      [],
    );
    expect(model.search('deepseek')!.id).to.equal('2');
    expect(model.search('deeps')!.id).to.be.oneOf(['1', '2']);
    expect(model.search('semicon')!.id).to.equal('3');
    expect(model.search('r1')!.id).to.equal('1');
    expect(model.search('nothing')).to.equal(undefined);
    expect(model.search('  ')).to.equal(undefined);
    expect(model.search('tsmc', (n) => n.id !== '3')).to.equal(undefined);
  });

  it('searches without regard to case or accents, as the entity list filters', () => {
    const model = new GraphModel(
      [
        { id: 'tulu', name: 'Tülu 3', type: 'product' },
        { id: 'nestle', name: 'Nestlé', type: 'company', aliases: ['Société des Produits Nestlé'] },
      ],
      [],
    );
    expect(model.search('tulu')!.id).to.equal('tulu');
    expect(model.search('TÜLU')!.id).to.equal('tulu');
    expect(model.search('societe')!.id).to.equal('nestle');
    expect(model.search('nestle')!.id).to.equal('nestle');
  });

  it('labels a node with its name, cut after 40 characters at a code point with "…"', () => {
    expect(shortLabel('TSMC')).to.equal('TSMC');
    const forty = 'x'.repeat(40);
    expect(shortLabel(forty)).to.equal(forty);
    const url = `https://example.com/${'segment'.repeat(20)}`;
    expect(shortLabel(url)).to.equal(`${url.slice(0, 39)}…`);
    // 41 emoji: cut between code points, never inside a surrogate pair.
    const emoji = '🎙'.repeat(41);
    expect(Array.from(shortLabel(emoji))).to.have.length(40);
    expect(shortLabel(emoji).endsWith('🎙…')).to.equal(true);
    const model = new GraphModel([{ id: 'u', name: url, type: 'concept' }], []);
    expect(model.nodes[0]!.name).to.equal(url);
    expect(model.nodes[0]!.label).to.equal(shortLabel(url));
  });
});
