/**
 * The model's half of `<knowledge-graph>`: from an episode to the graph it shows (its model,
 * sized, and its kinds' colours as CSS), in steps a large graph spreads over tasks so none
 * blocks the page for long. Reading styles and measuring labels wait for the view (graph-stage.ts):
 * done before the first render, they cost a style recalculation of their own.
 */
import type { Episode } from '../../episode/types.js';
import { kindColourCss } from '../../graph/colours.js';
import { GraphModel, type SizeBy } from '../../graph/model.js';
import { taskScheduler } from '../../scheduler.js';
import type { MentionedNodes } from './mentions.js';

/** The graph as shown: one episode's model. */
export interface ShownGraph {
  episode: Episode;
  model: GraphModel;
  /** Each kind's colour as CSS, for the legend and the details. */
  kindColours: Map<string, string>;
  /** Which nodes each transcript segment names: built when playback first starts. */
  mentions?: MentionedNodes;
}

/**
 * Builds an episode's graph in two steps (the nodes and links; their sizes and colours), run at
 * once for a small graph and one task each for a large one.
 */
export function graphSteps(episode: Episode, sizeBy: () => SizeBy, done: (graph: ShownGraph) => void): (() => void)[] {
  let model: GraphModel;
  return [
    () => (model = new GraphModel(episode.entities, episode.links)),
    () => {
      model.sizeNodes(sizeBy());
      done({ episode, model, kindColours: kindColourCss(model.kinds().keys()) });
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
