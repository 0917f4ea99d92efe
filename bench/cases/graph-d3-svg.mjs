// The baseline a developer writes by hand: d3-force for the layout, one SVG <line> per link and
// one <circle> per node updated on every tick, d3-zoom for wheel/drag zoom, and hover highlighting
// of the node's links and neighbours (classes, styled by CSS). Same forces as force-graph's
// defaults (link, many-body -30, center; alpha decay 0.0228).
export default {
  suite: 'graph',
  library: 'd3-force + SVG',
  page: 'graph-d3-svg.page.js',
};
