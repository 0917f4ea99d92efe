import { expect } from '@open-wc/testing';
import { fold } from '../../src/episode/fold.js';
import { foldText } from '../../src/components/transcript-view/transcript-search.js';

describe('fold (text as every search compares it)', () => {
  it('lower case without accents; the transcript\'s find folds each text as the entity filter and the graph do', () => {
    expect(fold('Tülu 3')).to.equal('tulu 3');
    expect(fold('JOSÉ Núñez')).to.equal('jose nunez');
    // Hangul syllables come apart under NFD and together again: a find for "한국" matches the fold of "한국어".
    for (const text of ['Tülu 3', 'JOSÉ Núñez', '한국어 방송', 'İstanbul', 'Ångström', 'plain ascii']) {
      expect(foldText(text).text, text).to.equal(fold(text));
    }
  });

  it('the transcript\'s fold still maps each folded unit back to where it came from', () => {
    const { text, map } = foldText('Café 한국');
    const hit = text.indexOf('한국');
    expect(map![hit]).to.equal('Café '.length);
    expect(map![text.indexOf('e')]).to.equal(3);
  });
});
