// force-graph 1.x (canvas, d3-force-3d inside), set up as its own "highlight" example does:
// hovering a node highlights its links and neighbours (hence autoPauseRedraw(false)).
export default {
  suite: 'graph',
  library: 'force-graph',
  page: 'graph-force-graph.page.js',
};
