// Loaded before every test file (web-test-runner.config.mjs, testRunnerHtml). A media element a
// test removed keeps its download going until it is collected, and each holds a connection to the
// test server; Chromium and Firefox allow six per host, so a few files later the page's own
// requests could queue forever (the suite then "did not finish", with no CPU in use). A media
// element still out of the document a second after it left is unloaded, which frees its
// connection; a test that moves one (removed and added back at once) is not touched.
const unload = (media) => {
  if (media.isConnected) return;
  media.pause();
  media.removeAttribute('src');
  for (const source of media.querySelectorAll('source')) source.remove();
  media.load();
};
const mediaIn = (node) =>
  node instanceof HTMLMediaElement ? [node] : node instanceof Element ? [...node.querySelectorAll('audio, video')] : [];
new MutationObserver((records) => {
  for (const record of records) {
    for (const node of record.removedNodes) {
      for (const media of mediaIn(node)) setTimeout(() => unload(media), 1000);
    }
  }
}).observe(document, { childList: true, subtree: true });
