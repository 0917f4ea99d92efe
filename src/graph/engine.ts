/**
 * The graph's engine: the layout (d3-force and our forces), the view with its renderers,
 * gestures, hit-testing and labels. `<knowledge-graph>` imports it when it first connects, so in
 * the CDN build it is a chunk of its own: a page without a graph never fetches it, and a page
 * with one fetches it while its episode loads.
 */
export { canvasRendererReady, GraphView, loadCanvasRenderer } from './graph-view.js';
export { createSimulation } from './layout.js';
