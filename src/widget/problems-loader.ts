type ProblemsModule = typeof import('./problems.js');

let loaded: ProblemsModule | undefined;
let loading: Promise<ProblemsModule | undefined> | undefined;

/**
 * The code that words and lists problems: a chunk of its own in the CDN build, fetched only for
 * an episode that has some (a good file never needs it). Resolves undefined when it cannot be
 * fetched: the first problem's message is still shown.
 */
export function loadProblems(): Promise<ProblemsModule | undefined> {
  return (loading ??= import('./problems.js').then(
    (module) => (loaded = module),
    () => (loading = undefined),
  ));
}

/** The problems module once loaded, else undefined. */
export const problemsLoaded = (): ProblemsModule | undefined => loaded;
