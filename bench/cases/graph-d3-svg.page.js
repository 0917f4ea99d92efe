import { forceCenter, forceLink, forceManyBody, forceSimulation } from 'd3-force';
import { select } from 'd3-selection';
import { zoom } from 'd3-zoom';

const SVG = 'http://www.w3.org/2000/svg';
const COLORS = { person: '#e6550d', company: '#3182bd', product: '#31a354', concept: '#756bb1',
  location: '#636363', media: '#e7ba52', event: '#d6616b' };
const css = `
.d3g line { stroke: #999; stroke-width: 1px; }
.d3g line.active { stroke: #d33; stroke-width: 2.5px; }
.d3g.hovering circle:not(.active) { fill: #c8c8c8; }
`;

export function setup() {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
}

export function mount(stage, episode, { width, height, settleCapMs }) {
  const nodes = episode.entities.map((entity) => ({ id: entity.id, name: entity.name, type: entity.type }));
  const links = episode.links.map((link) => ({ source: link.source, target: link.target }));

  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('width', width);
  svg.setAttribute('height', height);
  svg.setAttribute('viewBox', `${-width / 2} ${-height / 2} ${width} ${height}`);
  svg.classList.add('d3g');
  const layer = document.createElementNS(SVG, 'g');
  const linkLayer = document.createElementNS(SVG, 'g');
  const nodeLayer = document.createElementNS(SVG, 'g');
  layer.append(linkLayer, nodeLayer);
  svg.append(layer);

  const simulation = forceSimulation(nodes)
    .force('link', forceLink(links).id((node) => node.id))
    .force('charge', forceManyBody())
    .force('center', forceCenter(0, 0))
    .stop(); // started below, once the elements exist

  const lineOf = new Map();
  const circleOf = new Map();
  const linksOf = new Map(nodes.map((node) => [node, []]));
  let activated = [];
  for (const link of links) {
    const line = document.createElementNS(SVG, 'line');
    linkLayer.append(line);
    lineOf.set(link, line);
    linksOf.get(link.source).push(link);
    linksOf.get(link.target).push(link);
  }
  for (const node of nodes) {
    const circle = document.createElementNS(SVG, 'circle');
    circle.setAttribute('r', '4');
    circle.setAttribute('fill', COLORS[node.type] ?? '#888');
    const title = document.createElementNS(SVG, 'title');
    title.textContent = node.name;
    circle.append(title);
    nodeLayer.append(circle);
    circleOf.set(node, circle);
    circle.addEventListener('mouseenter', () => {
      svg.classList.add('hovering');
      activated = [circle];
      for (const link of linksOf.get(node)) {
        activated.push(lineOf.get(link), circleOf.get(link.source === node ? link.target : link.source));
      }
      for (const element of activated) element.classList.add('active');
    });
    circle.addEventListener('mouseleave', () => {
      svg.classList.remove('hovering');
      for (const element of activated) element.classList.remove('active');
      activated = [];
    });
  }
  stage.append(svg);

  const draw = () => {
    for (const [link, line] of lineOf) {
      line.setAttribute('x1', link.source.x);
      line.setAttribute('y1', link.source.y);
      line.setAttribute('x2', link.target.x);
      line.setAttribute('y2', link.target.y);
    }
    for (const [node, circle] of circleOf) {
      circle.setAttribute('cx', node.x);
      circle.setAttribute('cy', node.y);
    }
  };

  let firstFrame;
  let settled;
  const firstFramePromise = new Promise((resolve) => (firstFrame = resolve));
  const settledPromise = new Promise((resolve) => (settled = resolve));
  const cap = setTimeout(() => {
    simulation.stop();
    settled({ capped: true });
  }, settleCapMs);
  simulation
    .on('tick', () => {
      draw();
      firstFrame();
    })
    .on('end', () => {
      clearTimeout(cap);
      settled({ capped: false });
    })
    .restart();

  select(svg).call(zoom().scaleExtent([0.1, 16]).on('zoom', (event) => layer.setAttribute('transform', event.transform)));

  return {
    firstFrame: firstFramePromise,
    settled: settledPromise,
    hoverPoints(count) {
      const step = Math.max(1, Math.floor(nodes.length / count));
      const points = [];
      for (let i = 0; i < nodes.length && points.length < count; i += step) {
        const box = circleOf.get(nodes[i]).getBoundingClientRect();
        points.push({ x: box.left + box.width / 2, y: box.top + box.height / 2 });
      }
      return points;
    },
  };
}
