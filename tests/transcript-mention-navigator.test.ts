import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { MentionNavigator } from '../src/components/transcript-view/mention-navigator.js';
import { MentionIndex } from '../src/components/transcript-view/transcript-model.js';
import { createMentionMatcher } from '../src/episode/mentions.js';
import type { Segment } from '../src/episode/types.js';
import { defaultStrings } from '../src/i18n/strings.js';

const TEXTS = ['TSMC makes chips.', 'Nothing here.', 'Intel and TSMC compete.', 'More about TSMC.', 'Intel again.'];
const segments: Segment[] = TEXTS.map((text, i) => ({ index: i, start: i * 10, end: i * 10 + 10, text }));
const ENTITIES = [
  { id: 'tsmc', name: 'TSMC' },
  { id: 'intel', name: 'Intel' },
  { id: 'asml', name: 'ASML' },
];

/** A host without DOM: the page's selection, and what the navigator asked for. */
function setup() {
  const revealed: number[] = [];
  const played: number[] = [];
  const controllers: ReactiveController[] = [];
  const host: ReactiveControllerHost & { selectedEntity: string | null } = {
    selectedEntity: null,
    addController: (c) => void controllers.push(c),
    removeController: () => undefined,
    requestUpdate: () => undefined,
    updateComplete: Promise.resolve(true),
  };
  const mentions = new MentionIndex(segments, createMentionMatcher(ENTITIES));
  const navigator = new MentionNavigator(host, {
    mentions: () => mentions,
    reveal: (index) => revealed.push(index),
    play: (index) => played.push(index),
    changed: () => undefined,
  });
  /** The host's selection changes, and it updates. */
  const select = (id: string | null) => {
    host.selectedEntity = id;
    for (const c of controllers) c.hostUpdate?.();
  };
  return { navigator, select, revealed, played };
}

const position = (navigator: MentionNavigator) => navigator.positionText(defaultStrings, String);

describe('MentionNavigator', () => {
  it('counts the selected entity’s mentions, then steps through them round the ends, bringing each into view', () => {
    const { navigator, select, revealed } = setup();
    select('tsmc');
    expect(position(navigator)).to.equal('3 mentions');
    expect(navigator.stepped).to.equal(undefined);
    navigator.go(1);
    expect(position(navigator)).to.equal('mention 1 of 3');
    navigator.go(1);
    navigator.go(1);
    navigator.go(1);
    expect(position(navigator)).to.equal('mention 1 of 3');
    navigator.go(-1);
    expect(navigator.stepped).to.deep.equal({ segment: 3, range: 0 });
    expect(revealed).to.deep.equal([0, 2, 3, 0, 3]);
  });

  it('steps back from the last mention first; plays the stepped one', () => {
    const { navigator, select, played } = setup();
    select('intel');
    navigator.play();
    expect(played).to.deep.equal([]);
    navigator.go(-1);
    expect(navigator.stepped).to.deep.equal({ segment: 4, range: 0 });
    navigator.play();
    expect(played).to.deep.equal([4]);
  });

  it('a new selection, or new mentions, start again before the first mention', () => {
    const { navigator, select } = setup();
    select('tsmc');
    navigator.go(1);
    navigator.go(1);
    select('intel');
    expect(position(navigator)).to.equal('2 mentions');
    navigator.go(1);
    expect(navigator.stepped).to.deep.equal({ segment: 2, range: 0 });
    navigator.reset();
    expect(navigator.stepped).to.equal(undefined);
  });

  it('says so when the entity is not mentioned, and does not move', () => {
    const { navigator, select, revealed } = setup();
    select('asml');
    expect(position(navigator)).to.equal('not mentioned in the transcript');
    navigator.go(1);
    expect(navigator.stepped).to.equal(undefined);
    expect(revealed).to.deep.equal([]);
  });
});
