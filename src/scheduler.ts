/**
 * Where deferred work runs: the next frame, or the next task. Shared by the graph (layout slices,
 * drawing, set-up steps) and the episode loader (a large episode is checked after "Loading…").
 */
export interface Scheduler {
  request(callback: () => void): () => void;
}

/**
 * The next frame, or a timer if frames do not come (a background tab): whichever comes first.
 */
export const frameScheduler: Scheduler = {
  request(callback) {
    let done = false;
    const run = () => {
      if (done) return;
      done = true;
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      callback();
    };
    const frame = requestAnimationFrame(run);
    const timer = setTimeout(run, 50);
    return () => {
      done = true;
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  },
};

/**
 * The next task (a message to ourselves): not tied to frames, so layout slices of a large graph
 * run as separate short tasks, and drawing, input and rendering get the main thread in between.
 */
export const taskScheduler: Scheduler = {
  request(callback) {
    let cancelled = false;
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      if (!cancelled) callback();
    };
    channel.port2.postMessage(0);
    return () => {
      cancelled = true;
      channel.port1.close();
    };
  },
};

/** Resolves in the next task. */
export const nextTask = (): Promise<void> => new Promise((resolve) => taskScheduler.request(resolve));
