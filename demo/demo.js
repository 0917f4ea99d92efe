// The demo page: chooses the episode (`?episode=seed`, the default, or `?episode=spoken`), keeps
// only that episode's player (the seed has no audio: a reading-mode position bar), then loads the
// kit. The page's markup holds both players; this runs before the kit so the provider never binds
// the other one.

const EPISODES = {
  seed: { src: './episodes/seed.json' },
  spoken: { src: './episodes/demo.json' },
};

const provider = document.getElementById('provider');
const chosen = chooseEpisode();
keepOnlyEpisode(chosen);
markCurrentEpisodeLink(chosen);
provider.setAttribute('src', EPISODES[chosen].src);
setUpThemeChoice();

const kit = await import('../dist/cdn/episode-kit.js');
provider.addEventListener('episode-load', (event) => {
  document.title = `episode-kit demo: ${event.detail.episode.title}`;
});
const bar = document.getElementById('position');
if (bar) followWithPositionBar(bar, document.getElementById('position-time'));

function chooseEpisode() {
  const asked = new URLSearchParams(location.search).get('episode');
  return asked && Object.hasOwn(EPISODES, asked) ? asked : 'seed';
}

/** Removes what belongs to the other episode (its player, its deep links). */
function keepOnlyEpisode(name) {
  for (const element of document.querySelectorAll('[data-episode]')) {
    if (element.dataset.episode !== name) element.remove();
  }
}

function markCurrentEpisodeLink(name) {
  for (const link of document.querySelectorAll('[data-episode-link]')) {
    if (link.dataset.episodeLink === name) link.setAttribute('aria-current', 'page');
  }
}

/** The theme choice forces a scheme on the page and, through the provider, on every widget. */
function setUpThemeChoice() {
  const select = document.getElementById('theme');
  const apply = (value) => {
    if (value) {
      document.documentElement.dataset.theme = value;
      provider.setAttribute('theme', value);
    } else {
      delete document.documentElement.dataset.theme;
      provider.removeAttribute('theme');
    }
  };
  select.addEventListener('change', () => apply(select.value));
  apply(select.value);
}

/**
 * The reading-mode bar: moving it seeks through the provider's public `seekTo`; it follows the
 * provider's playback, whoever moved it (a moment, a line, a deep link), by subscribing to the
 * playback context through the context protocol's `context-request` event, so it is told of each
 * change instead of polling.
 */
function followWithPositionBar(input, output) {
  let duration = Number(input.max);
  const show = (time) => {
    const text = `${kit.formatTime(time)} / ${kit.formatTime(duration)}`;
    output.value = text;
    input.setAttribute('aria-valuetext', text);
  };
  input.addEventListener('input', () => provider.seekTo(Number(input.value)));
  provider.addEventListener('episode-load', (event) => {
    duration = event.detail.episode.duration ?? duration;
    input.max = String(Math.ceil(duration));
    show(Number(input.value));
  });
  subscribeToPlayback(input, (playback) => {
    // A value the reader is dragging to is already shown; a late echo must not pull the thumb back.
    if (Number(input.value) !== Math.floor(playback.currentTime)) input.value = String(playback.currentTime);
    show(playback.currentTime);
  });
}

function subscribeToPlayback(from, callback) {
  const request = new Event('context-request', { bubbles: true, composed: true });
  Object.assign(request, { context: kit.playbackContext, subscribe: true, callback });
  from.dispatchEvent(request);
}
