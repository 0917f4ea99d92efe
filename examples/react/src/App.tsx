import { useState } from 'react';
// Each entry registers one element; React 19 then sets props as properties and on<event> as listeners.
import 'episode-kit/episode-provider.js';
import 'episode-kit/key-moments.js';
import 'episode-kit/knowledge-graph.js';
import 'episode-kit/transcript-view.js';

type Layout = 'list' | 'timeline';

export function App() {
  const [selected, setSelected] = useState<string | null>(null);
  const [lastSeek, setLastSeek] = useState<number>();
  const [layout, setLayout] = useState<Layout>('list');

  return (
    <main className="app">
      <header className="bar">
        <audio id="player" src="episode.opus" preload="metadata" controls />
        <label>
          Moments as{' '}
          <select value={layout} onChange={(event) => setLayout(event.target.value as Layout)}>
            <option value="list">a list</option>
            <option value="timeline">a timeline</option>
          </select>
        </label>
        <p id="last-seek" aria-live="polite">
          {lastSeek === undefined ? 'Choose a moment or a line to jump there.' : `Last jump: ${lastSeek} s`}
        </p>
        <p>
          Selected entity: <strong id="selected">{selected ?? 'none'}</strong>{' '}
          <button id="clear" type="button" disabled={selected === null} onClick={() => setSelected(null)}>
            Clear
          </button>
        </p>
      </header>
      {/* React owns the selection: the provider shows it, and tells React when a widget changes it. */}
      <episode-provider
        id="episode"
        src="episode.json"
        for="player"
        selectedEntity={selected}
        onseek={(event) => setLastSeek(event.detail.time)}
        onentity-select={(event) => setSelected(event.detail.id)}
      >
        <key-moments layout={layout} />
        <knowledge-graph sizeBy="mentions" />
        <transcript-view />
      </episode-provider>
    </main>
  );
}
