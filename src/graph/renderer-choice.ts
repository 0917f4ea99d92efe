/** Which renderer a graph gets: SVG below `CANVAS_THRESHOLD` nodes, canvas from it. */
export type RendererChoice = 'svg' | 'canvas';

/**
 * Node count from which `renderer="auto"` draws on canvas. Measured with the bench's graph
 * suite (hover + zoom frame cost, this machine): SVG and canvas cost about the same up to a
 * few hundred nodes; SVG's frame cost grows past 16 ms median near 1,000 nodes while canvas stays
 * under 8 ms at 2,000.
 */
export const CANVAS_THRESHOLD = 500;

export const chooseRenderer = (choice: string | undefined, nodeCount: number): RendererChoice =>
  choice === 'svg' || choice === 'canvas' ? choice : nodeCount >= CANVAS_THRESHOLD ? 'canvas' : 'svg';
