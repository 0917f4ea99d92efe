// force-graph 1.x (canvas, d3-force-3d inside), set up as its own "highlight" example does:
// hovering a node highlights its links and neighbours (hence autoPauseRedraw(false)). Its
// d3AlphaMin is set to d3's default 0.001 (its own default, 0, runs the engine for the whole
// 15 s cooldown), so the settle time means the same as for the d3 baseline.
export default {
  suite: 'graph',
  library: 'force-graph',
  page: 'graph-force-graph.page.js',
};
