/**
 * The model's half of `<knowledge-graph>`: from an episode to the graph it shows (its model,
 * measured and sized, and the palette it is painted with), in steps a large graph spreads over
 * tasks so none blocks the page for long.
 */
import type { Episode } from '../../episode/types.js';
import { readPalette, type GraphPalette } from '../../graph/colours.js';
import { measureLabels } from '../../graph/label-font.js';
import { GraphModel, type SizeBy } from '../../graph/model.js';
import { taskScheduler } from '../../scheduler.js';
import type { MentionedNodes } from './mentions.js';

/** The graph as shown: one episode's model, painted with one palette. */
export interface ShownGraph {
  episode: Episode;
  model: GraphModel;
  palette: GraphPalette;
  /** Which nodes each transcript segment names: built when playback first starts. */
  mentions?: MentionedNodes;
}

/**
 * Builds an episode's graph in three steps (the nodes and links; the palette and the labels'
 * widths; the node sizes), run at once for a small graph and one task each for a large one.
 */
export function graphSteps(episode: Episode, element: HTMLElement, sizeBy: () => SizeBy, done: (graph: ShownGraph) => void): (() => void)[] {
  let model: GraphModel;
  let palette: GraphPalette;
  return [
    () => (model = new GraphModel(episode.entities, episode.links)),
    () => {
      palette = readPalette(element, model.kinds().keys());
      measureLabels(model, palette.theme.font);
    },
    () => {
      model.sizeNodes(sizeBy());
      done({ episode, model, palette });
    },
  ];
}

/** Runs `steps` one per task; the function returned cancels those not run yet. */
export function inTasks(steps: (() => void)[]): () => void {
  let cancel = () => {};
  const run = (i: number) => {
    if (i < steps.length) cancel = taskScheduler.request(() => (steps[i](), run(i + 1)));
  };
  run(0);
  return () => cancel();
}
