import { loadScript } from '/bench/pages/util.js';

export async function setup() {
  await loadScript('/bench/node_modules/force-graph/dist/force-graph.min.js');
}

export function mount(stage, episode, { width, height, settleCapMs }) {
  const nodes = episode.entities.map((entity) => ({ id: entity.id, name: entity.name, type: entity.type }));
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const links = episode.links.map((link) => ({ source: link.source, target: link.target }));
  const neighbours = new Map(nodes.map((node) => [node, new Set()]));
  const nodeLinks = new Map(nodes.map((node) => [node, new Set()]));
  for (const link of links) {
    const a = byId.get(link.source);
    const b = byId.get(link.target);
    neighbours.get(a).add(b);
    neighbours.get(b).add(a);
    nodeLinks.get(a).add(link);
    nodeLinks.get(b).add(link);
  }
  const highlightNodes = new Set();
  const highlightLinks = new Set();
  let hovered = null;

  let firstFrame;
  let settled;
  const firstFramePromise = new Promise((resolve) => (firstFrame = resolve));
  const settledPromise = new Promise((resolve) => (settled = resolve));
  const started = performance.now();
  const host = document.createElement('div');
  stage.append(host);

  const graph = new globalThis.ForceGraph(host)
    .width(width)
    .height(height)
    .backgroundColor('#ffffff')
    .nodeLabel('name')
    .nodeAutoColorBy('type')
    .nodeColor((node) => (hovered && !highlightNodes.has(node) ? '#c8c8c8' : node.color))
    .linkColor((link) => (highlightLinks.has(link) ? '#d33' : '#999'))
    .linkWidth((link) => (highlightLinks.has(link) ? 2.5 : 1))
    .autoPauseRedraw(false)
    // Its default d3AlphaMin is 0: the engine would run until cooldownTime (15 s) whatever the
    // layout does. d3's own default (0.001) makes "settled" mean the same for every library.
    .d3AlphaMin(0.001)
    .cooldownTime(settleCapMs)
    .onNodeHover((node) => {
      highlightNodes.clear();
      highlightLinks.clear();
      hovered = node;
      if (node) {
        highlightNodes.add(node);
        for (const other of neighbours.get(node)) highlightNodes.add(other);
        for (const link of nodeLinks.get(node)) highlightLinks.add(link);
      }
    })
    .onRenderFramePost(() => firstFrame())
    .onEngineStop(() => settled({ capped: performance.now() - started >= settleCapMs - 20 }))
    .graphData({ nodes, links });

  return {
    firstFrame: firstFramePromise,
    settled: settledPromise,
    hoverPoints(count) {
      const box = host.getBoundingClientRect();
      const step = Math.max(1, Math.floor(nodes.length / count));
      const points = [];
      for (let i = 0; i < nodes.length && points.length < count; i += step) {
        const { x, y } = graph.graph2ScreenCoords(nodes[i].x, nodes[i].y);
        points.push({ x: box.left + x, y: box.top + y });
      }
      return points;
    },
  };
}
