import '/dist/cdn/knowledge-graph.js';

export async function setup() {
  await customElements.whenDefined('knowledge-graph');
}

export function mount(stage, episode, { settleCapMs }) {
  const graph = document.createElement('knowledge-graph');
  graph.style.height = '100%';
  graph.episode = episode;
  stage.append(graph);
  const started = performance.now();
  const capped = new Promise((resolve) =>
    setTimeout(() => {
      graph.stopLayout();
      resolve({ capped: true });
    }, settleCapMs),
  );
  const settled = Promise.race([graph.settled.then(() => ({ capped: performance.now() - started >= settleCapMs - 20 })), capped]);
  return {
    firstFrame: graph.drawn,
    settled,
    hoverPoints(count) {
      const ids = episode.entities.map((entity) => entity.id);
      const step = Math.max(1, Math.floor(ids.length / count));
      const points = [];
      for (let i = 0; i < ids.length && points.length < count; i += step) {
        const point = graph.nodeClientPoint(ids[i]);
        if (point) points.push(point);
      }
      return points;
    },
  };
}
