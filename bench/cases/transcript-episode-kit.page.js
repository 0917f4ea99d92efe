import '/dist/cdn/episode-kit.js';

const css = `
#stage episode-provider { display: block; height: 100%; }
#stage transcript-view { --ek-transcript-height: 640px; }
`;

export function setup() {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
}

const hasRows = (view) => !!view.shadowRoot?.querySelector('[part~="segment"]');

/**
 * Hands the episode file to a provider and resolves once the view shows laid-out rows. The split
 * (parsing + mention search by the provider, then the view's first render) is left in
 * `window.transcriptSplit` for `node bench/cases/transcript-episode-kit.split.js`.
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
  // The split: the provider's parsing ends where the view's first update with the episode starts.
  let parsed = 0;
  const update = view.update;
  view.update = function (...args) {
    if (!parsed && view.currentEpisode) parsed = performance.now();
    return update.apply(this, args);
  };
  const started = performance.now();
  const loaded = new Promise((resolve) => provider.addEventListener('episode-load', resolve, { once: true }));
  provider.episode = episode;
  await loaded;
  await view.updateComplete;
  while (!hasRows(view)) await new Promise((resolve) => setTimeout(resolve, 0));
  await view.updateComplete;
  document.body.offsetHeight;
  window.transcriptSplit = { parse: parsed - started, render: performance.now() - parsed };
  delete view.update;
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
