import { isNormalizedEpisode, parseEpisode } from '/dist/cdn/episode-kit.js';

const css = `
#stage episode-provider { display: block; height: 100%; }
#stage transcript-view { --ek-transcript-height: 640px; }
`;

// `prepare` must hand `mount` an Episode the elements use as it is (`isNormalizedEpisode`), or
// the provider parses it again inside the timed first render. An Episode from the exported
// `parseEpisode` qualifies only if `parseEpisode` marks what it returns; when it does not, the
// library's own loader (an `<episode-provider>`'s, which parses with the same `parseEpisode` and
// marks the result) is the public way to get one. Decided once, untimed, in `setup`.
let via = 'parseEpisode';

export function setup() {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  const probe = parseEpisode({ version: 1, title: 'probe', transcript: [{ start: 0, end: 1, text: 'probe' }] });
  if (!isNormalizedEpisode(probe.episode)) via = 'provider loader';
}

/** Shown under the table: how the episode was prepared. */
export const note = () =>
  via === 'parseEpisode'
    ? 'parse + mentions: the exported parseEpisode'
    : 'parse + mentions: an Episode from the exported parseEpisode is not recognised as normalized ' +
      '(isNormalizedEpisode false; the provider would parse it again), so the episode is prepared by the ' +
      "library's own loader (a bare <episode-provider>, off-stage, given the file; its episode-load episode)";

/** Parsing and mention search: the episode file to a normalized Episode. */
export async function prepare(file) {
  if (via === 'parseEpisode') {
    const result = parseEpisode(file);
    if (!result.episode) throw new Error(`parseEpisode: ${result.errors[0]?.message}`);
    return result.episode;
  }
  const loader = document.createElement('episode-provider');
  loader.hidden = true;
  const loaded = new Promise((resolve, reject) => {
    loader.addEventListener('episode-load', (event) => resolve(event.detail.episode), { once: true });
    loader.addEventListener('episode-error', (event) => reject(new Error(event.detail?.message)), { once: true });
  });
  document.body.append(loader);
  loader.episode = file;
  try {
    return await loaded;
  } finally {
    loader.remove();
  }
}

const hasRows = (view) => !!view.shadowRoot?.querySelector('[part~="segment"]');

/**
 * Hands the normalized episode to a provider (which follows an `<audio>`, for the time-update and
 * far-seek rows) holding a `<transcript-view>`, and resolves once the view shows rows.
 */
export async function mount(stage, episode) {
  const audio = document.createElement('audio');
  audio.id = 'ek-media';
  audio.preload = 'none';
  const provider = document.createElement('episode-provider');
  provider.setAttribute('for', 'ek-media');
  const view = document.createElement('transcript-view');
  provider.append(view);
  stage.append(audio, provider);
  const loaded = new Promise((resolve) => provider.addEventListener('episode-load', resolve, { once: true }));
  provider.episode = episode;
  const { detail } = await loaded;
  if (detail.episode !== episode) throw new Error('the provider parsed the prepared episode again');
  await view.updateComplete;
  while (!hasRows(view)) await new Promise((resolve) => setTimeout(resolve, 0));
  await view.updateComplete;
  return { audio, provider, view };
}

/** One playback tick: what the media element tells the provider while playing. */
export async function setTime(time, { audio, view }) {
  audio.currentTime = time; // no media loaded: the element keeps it as its position
  audio.dispatchEvent(new Event('timeupdate'));
  await view.updateComplete;
}

/** A far seek: `seeking` / `seeked`, then the view's jump (rendered and measured in the same task). */
export async function seek(time, { audio, view }) {
  audio.currentTime = time;
  audio.dispatchEvent(new Event('seeking'));
  audio.dispatchEvent(new Event('seeked'));
  await view.updateComplete;
}
