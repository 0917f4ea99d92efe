// Only the elements this page uses: each entry registers one element (the bundle leaves the others out).
import 'episode-kit/episode-provider.js';
import 'episode-kit/episode-summary.js';
import 'episode-kit/key-moments.js';
import 'episode-kit/knowledge-graph.js';
import 'episode-kit/transcript-view.js';
import './style.css';
