/**
 * What a renderer draws: the model, the view transform and the interaction state. The view
 * owns it; renderers only read it.
 */
import type { LabelBox } from './labels.js';
import type { GraphLink, GraphModel, GraphNode } from './model.js';
import type { Transform } from './viewport.js';

export interface Theme {
  text: string;
  muted: string;
  surface: string;
  link: string;
  accent: string;
  font: string;
}

export interface Scene {
  model: GraphModel;
  transform: Transform;
  width: number;
  height: number;
  colours: Map<string, string>;
  theme: Theme;
  /** The node whose neighbourhood is highlighted (hovered or focused). */
  hovered?: GraphNode;
  hoveredLink?: GraphLink;
  activeNodes: Set<number>;
  activeLinks: Set<number>;
  selected: number;
  mentioned: Set<number>;
  hiddenKinds: Set<string>;
  /** The node whose element has keyboard focus, or -1. */
  focused: number;
  labels: LabelBox[];
  /**
   * A large layout is still settling: the picture changes ~10 times a second, has no labels, and
   * a renderer may draw it at a lower resolution (the canvas draws it at half, a quarter of the
   * raster work).
   */
  draft?: boolean;
}

export const isHidden = (scene: Scene, node: GraphNode): boolean => scene.hiddenKinds.size > 0 && scene.hiddenKinds.has(node.kind);

export const isLinkHidden = (scene: Scene, link: GraphLink): boolean =>
  scene.hiddenKinds.size > 0 && (scene.hiddenKinds.has(link.source.kind) || scene.hiddenKinds.has(link.target.kind));

/** The node element's `part`: `node` plus its states, as DESIGN.md lists them. */
export function nodePart(scene: Scene, index: number): string {
  let part = 'node';
  if (scene.activeNodes.has(index)) part += ' active';
  if (scene.selected === index) part += ' selected';
  if (scene.mentioned.has(index)) part += ' mentioned';
  return part;
}

/** What a renderer must provide; the view drives it. */
export interface GraphRenderer {
  readonly type: 'svg' | 'canvas';
  /**
   * The focusable element standing for node `index` (roving tabindex, part, accessible name).
   * With `create` false, a renderer that makes its elements lazily returns only existing ones.
   */
  nodeElement(index: number, create?: boolean): HTMLElement | SVGElement | undefined;
  /** The element of link `index`, where links have elements (SVG). */
  linkElement(index: number): SVGElement | undefined;
  resize(width: number, height: number): void;
  /** Redraws after positions, the transform, labels or visibility changed. */
  drawAll(scene: Scene): void;
  /** Redraws after interaction state changed (hover, selection, mentions, focus). */
  drawState(scene: Scene): void;
  /** Shows or hides the elements of nodes and links of hidden kinds. */
  applyVisibility(scene: Scene): void;
  /** Told whenever nodes moved (a renderer that caches positions drops its cache). */
  positionsMoved?(): void;
  /**
   * Shows the scene under a new transform cheaply (moving what is drawn), for bursts of wheel
   * and pinch; `drawAll` follows once they pause. Absent where drawing is cheap enough.
   */
  preview?(scene: Scene): void;
  destroy(): void;
}
