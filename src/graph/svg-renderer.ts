/**
 * The SVG renderer, for small graphs: one element per node (`part="node"`, focusable) and per
 * link (`part="link"`), labels in screen space so they keep their size when zooming. Episode
 * text only ever goes in through textContent and setAttribute.
 */
import type { GraphModel } from './model.js';
import { isHidden, isLinkHidden, type GraphRenderer, type Scene } from './scene.js';

const NS = 'http://www.w3.org/2000/svg';

export class SvgRenderer implements GraphRenderer {
  readonly type = 'svg';
  readonly svg: SVGSVGElement;
  private readonly view: SVGGElement;
  private readonly nodeEls: SVGGElement[] = [];
  private readonly circleEls: SVGCircleElement[] = [];
  private readonly linkEls: SVGLineElement[] = [];
  private readonly labelLayer: SVGGElement;
  private labelEls: SVGTextElement[] = [];

  constructor(
    container: HTMLElement,
    model: GraphModel,
    nodeName: (index: number) => string,
    private readonly labelAscent = 12,
  ) {
    const svg = (this.svg = document.createElementNS(NS, 'svg'));
    svg.classList.add('surface-svg');
    svg.setAttribute('role', 'none');
    this.view = document.createElementNS(NS, 'g');
    const links = document.createElementNS(NS, 'g');
    links.setAttribute('aria-hidden', 'true');
    links.classList.add('links');
    for (let i = 0; i < model.links.length; i++) {
      const line = document.createElementNS(NS, 'line');
      line.setAttribute('part', 'link');
      this.linkEls.push(line);
      links.append(line);
    }
    const nodes = document.createElementNS(NS, 'g');
    nodes.classList.add('nodes');
    for (const node of model.nodes) {
      const g = document.createElementNS(NS, 'g');
      g.setAttribute('part', 'node');
      g.setAttribute('role', 'button');
      g.setAttribute('tabindex', '-1');
      g.setAttribute('aria-label', nodeName(node.index));
      g.dataset.index = String(node.index);
      const circle = document.createElementNS(NS, 'circle');
      g.append(circle);
      this.nodeEls.push(g);
      this.circleEls.push(circle);
      nodes.append(g);
    }
    this.view.append(links, nodes);
    this.labelLayer = document.createElementNS(NS, 'g');
    this.labelLayer.setAttribute('aria-hidden', 'true');
    this.labelLayer.classList.add('labels');
    svg.append(this.view, this.labelLayer);
    container.append(svg);
  }

  nodeElement(index: number): SVGGElement | undefined {
    return this.nodeEls[index];
  }

  linkElement(index: number): SVGElement | undefined {
    return this.linkEls[index];
  }

  resize(width: number, height: number): void {
    this.svg.setAttribute('width', String(width));
    this.svg.setAttribute('height', String(height));
    this.svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  }

  drawAll(scene: Scene): void {
    const t = scene.transform;
    this.view.setAttribute('transform', `translate(${t.x},${t.y}) scale(${t.k})`);
    const { nodes, links } = scene.model;
    for (let i = 0; i < links.length; i++) {
      const { source, target } = links[i];
      const line = this.linkEls[i];
      line.setAttribute('x1', source.x.toFixed(1));
      line.setAttribute('y1', source.y.toFixed(1));
      line.setAttribute('x2', target.x.toFixed(1));
      line.setAttribute('y2', target.y.toFixed(1));
    }
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i];
      this.nodeEls[i].setAttribute('transform', `translate(${node.x.toFixed(1)},${node.y.toFixed(1)})`);
      const circle = this.circleEls[i];
      const r = String(node.radius);
      if (circle.getAttribute('r') !== r) circle.setAttribute('r', r);
      const fill = scene.colours.get(node.kind) ?? scene.theme.muted;
      if (circle.getAttribute('fill') !== fill) circle.setAttribute('fill', fill);
    }
    this.drawLabels(scene);
  }

  private drawLabels(scene: Scene): void {
    const labels = scene.labels;
    while (this.labelEls.length < labels.length) {
      const text = document.createElementNS(NS, 'text');
      text.setAttribute('part', 'label');
      text.setAttribute('text-anchor', 'middle');
      this.labelLayer.append(text);
      this.labelEls.push(text);
    }
    for (let i = 0; i < this.labelEls.length; i++) {
      const el = this.labelEls[i];
      const box = labels[i];
      if (!box) {
        if (!el.hasAttribute('display')) el.setAttribute('display', 'none');
        continue;
      }
      el.removeAttribute('display');
      if (el.textContent !== box.node.label) el.textContent = box.node.label;
      el.setAttribute('x', box.x.toFixed(1));
      // The alphabetic baseline, placed by hand: browsers disagree on dominant-baseline="hanging".
      el.setAttribute('y', (box.y + this.labelAscent).toFixed(1));
      el.dataset.index = String(box.node.index);
    }
  }

  drawState(scene: Scene): void {
    this.svg.classList.toggle('hovering', !!scene.hovered);
    for (const el of this.labelEls) {
      const index = Number(el.dataset.index);
      el.classList.toggle('active', scene.activeNodes.has(index));
    }
  }

  applyVisibility(scene: Scene): void {
    scene.model.nodes.forEach((node, i) => {
      const hidden = isHidden(scene, node);
      if (hidden === this.nodeEls[i].hasAttribute('display')) return;
      if (hidden) this.nodeEls[i].setAttribute('display', 'none');
      else this.nodeEls[i].removeAttribute('display');
    });
    scene.model.links.forEach((link, i) => {
      if (isLinkHidden(scene, link)) this.linkEls[i].setAttribute('display', 'none');
      else this.linkEls[i].removeAttribute('display');
    });
  }

  destroy(): void {
    this.svg.remove();
  }
}
