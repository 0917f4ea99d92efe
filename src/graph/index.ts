/** The knowledge graph's engine: plain TypeScript, no Lit. */
export * from './model.js';
export * from './random.js';
export * from './layout.js';
export * from './viewport.js';
export * from './hit-test.js';
export * from './labels.js';
export * from './colours.js';
export * from './gestures.js';
export * from './scene.js';
export { SvgRenderer } from './svg-renderer.js';
export { CanvasRenderer } from './canvas-renderer.js';
export * from './graph-view.js';
