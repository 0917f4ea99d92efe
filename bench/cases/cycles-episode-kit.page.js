import '/dist/cdn/episode-kit.js';
import '/dist/cdn/knowledge-graph.js';

const WIDGETS = ['episode-summary', 'knowledge-graph', 'key-moments', 'transcript-view', 'episode-topics', 'entity-list'];

const css = `
#stage { overflow: auto; }
#stage episode-provider { display: block; }
#stage knowledge-graph { height: 400px; }
#stage transcript-view { --ek-transcript-height: 400px; }
`;

export async function setup() {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  await Promise.all(['episode-provider', ...WIDGETS].map((name) => customElements.whenDefined(name)));
}

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Every widget in one provider that follows an <audio>; resolves once each has drawn its content. */
export async function mountPage(stage, file, i) {
  const audio = document.createElement('audio');
  audio.id = `ek-cycle-media-${i}`;
  audio.preload = 'none';
  const provider = document.createElement('episode-provider');
  provider.setAttribute('for', audio.id);
  const widgets = WIDGETS.map((name) => provider.appendChild(document.createElement(name)));
  stage.append(audio, provider);
  const loaded = new Promise((resolve, reject) => {
    provider.addEventListener('episode-load', resolve, { once: true });
    provider.addEventListener('episode-error', (event) => reject(new Error(event.detail?.message ?? 'episode-error')), { once: true });
  });
  provider.episode = file;
  await loaded;
  const [, graph, , transcript] = widgets;
  await graph.drawn;
  await Promise.all(widgets.map((widget) => widget.updateComplete));
  while (!transcript.shadowRoot?.querySelector('[part~="segment"]')) await nextTask();
  return { audio, provider };
}

export function unmountPage({ audio, provider }) {
  provider.remove();
  audio.remove();
}
