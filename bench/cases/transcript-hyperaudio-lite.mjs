// hyperaudio-lite 2.x, the interactive transcript people reach for. It reads timed markup: one
// <p> per segment, a speaker span and a text span, each with data-m (start, ms) and data-d
// (duration, ms). Our segments have no word timings, so each segment's text is one timed span;
// word-level markup (its usual form) would cost it more elements, not fewer.
export default {
  suite: 'transcript',
  library: 'hyperaudio-lite',
  page: 'transcript-hyperaudio-lite.page.js',
};
