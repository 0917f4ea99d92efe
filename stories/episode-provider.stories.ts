import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { action } from 'storybook/actions';
import '../src/index.js';

interface Args {
  src: string;
  'selected-entity': string;
  'deep-link': boolean;
}

const meta: Meta<Args> = {
  title: 'Elements/episode-provider',
  component: 'episode-provider',
  args: { src: 'fixtures/episodes/sample.json', 'selected-entity': '', 'deep-link': false },
  argTypes: {
    src: { control: 'select', options: ['fixtures/episodes/sample.json', 'fixtures/episodes/partial.json', 'fixtures/episodes/broken.json', 'fixtures/episodes/missing.json'] },
    'selected-entity': { control: 'text' },
    'deep-link': { control: 'boolean' },
  },
  render: (args) => html`<episode-provider
    src=${args.src}
    selected-entity=${args['selected-entity'] || nothing}
    ?deep-link=${args['deep-link']}
    @seek=${action('seek')}
    @entity-select=${action('entity-select')}
    @episode-load=${action('episode-load')}
    @episode-error=${action('episode-error')}
  >
    <audio controls preload="metadata" src=${'data:audio/wav;base64,' + silentWavBase64(240)}></audio>
    <key-moments></key-moments>
  </episode-provider>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The provider bound to a child <audio>, with key moments inside. */
export const WithAudio: Story = {};

/** A file with some bad parts: the good parts show, every drop is listed. */
export const SomeBadParts: Story = { args: { src: 'fixtures/episodes/partial.json' } };

/** A file that is not JSON: a visible error with the line. */
export const BrokenFile: Story = { args: { src: 'fixtures/episodes/broken.json' } };

/** A missing file: a visible HTTP 404 error. */
export const Missing: Story = { args: { src: 'fixtures/episodes/missing.json' } };

function silentWavBase64(seconds: number): string {
  const rate = 3000;
  const samples = seconds * rate;
  const bytes = new Uint8Array(44 + samples).fill(128);
  const view = new DataView(bytes.buffer);
  const ascii = (o: number, s: string) => [...s].forEach((c, i) => view.setUint8(o + i, c.charCodeAt(0)));
  ascii(0, 'RIFF');
  view.setUint32(4, 36 + samples, true);
  ascii(8, 'WAVEfmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true);
  view.setUint16(22, 1, true);
  view.setUint32(24, rate, true);
  view.setUint32(28, rate, true);
  view.setUint16(32, 1, true);
  view.setUint16(34, 8, true);
  ascii(36, 'data');
  view.setUint32(40, samples, true);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
