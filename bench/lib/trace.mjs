// Frame cost from a Chrome trace: the main-thread work of each animation frame the page
// produced. A frame is the renderer main thread's task that holds a BeginMainThreadFrame
// (rAF callbacks, style, layout, paint, commit) plus every task that ran since the previous
// frame's task ended (input handlers, timers, ...): the work that frame had to wait for.
// Idle gaps are not counted, so this is work, not the rAF interval.

export const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'toplevel',
  'blink.user_timing',
];

export function frameCosts(trace) {
  const events = Array.isArray(trace) ? trace : trace.traceEvents ?? [];
  const mainThreads = events
    .filter((event) => event.ph === 'M' && event.name === 'thread_name' && event.args?.name === 'CrRendererMain')
    .map((event) => `${event.pid}:${event.tid}`);
  // With one page open there is one renderer that draws frames; take the busiest one anyway.
  const perThread = new Map(mainThreads.map((key) => [key, { tasks: [], frames: [] }]));
  for (const event of events) {
    const entry = perThread.get(`${event.pid}:${event.tid}`);
    if (!entry) continue;
    if (event.ph === 'X' && event.name === 'RunTask' && event.cat === 'disabled-by-default-devtools.timeline') {
      entry.tasks.push({ start: event.ts, end: event.ts + (event.dur ?? 0) });
    } else if (event.name === 'BeginMainThreadFrame') {
      entry.frames.push(event.ts);
    }
  }
  let best = null;
  for (const entry of perThread.values()) if (!best || entry.frames.length > best.frames.length) best = entry;
  if (!best || !best.frames.length) return [];

  const tasks = best.tasks.sort((a, b) => a.start - b.start);
  const topLevel = [];
  for (const task of tasks) {
    const last = topLevel.at(-1);
    if (last && task.start < last.end) continue; // nested run loop: already inside `last`
    topLevel.push(task);
  }
  const frameStarts = best.frames.sort((a, b) => a - b);
  const costs = [];
  let pending = 0; // work since the previous frame's task
  let f = 0;
  for (const task of topLevel) {
    while (f < frameStarts.length && frameStarts[f] < task.start) f++; // frames outside any task
    const holdsFrame = f < frameStarts.length && frameStarts[f] >= task.start && frameStarts[f] <= task.end;
    pending += task.end - task.start;
    if (holdsFrame) {
      costs.push(pending / 1000);
      pending = 0;
      while (f < frameStarts.length && frameStarts[f] <= task.end) f++;
    }
  }
  return costs;
}
