// Test files that run in a fresh browser of their own, after the main suite (scripts/test.mjs).
//
// tests/provider-media-errors.test.ts (404 media, failing <source>s, a feed whose enclosure is
// gone): in about one full run in three, in Chromium and in Firefox, the browser running it
// stopped with the page idle (no CPU, no test failing, nothing reported), so the runner waited
// until its testsFinishTimeout. Seen mostly after 16 other files in a shared browser, once alone;
// never in 13 runs alone on a loaded machine (2026-12-07). Found since: no request is left open
// at a hang (scripts/open-requests.mjs printed none), and in Firefox alone the same file once
// ended "browser disconnected" instead; Chromium was seen to crash when chai described a DOM
// element in a failing assertion (tests/transcript-tall-rows.test.ts). So the likeliest cause is
// an assertion that failed now and then on an element (`expect(notice).to.equal(null)`): they
// now compare its text, and Firefox keeps background pages' timers (web-test-runner.config.mjs).
// Confirmed the same day: the next CI run failed (not hung) on "the notice goes once the page
// gives the media a source that plays", the notice text in the message: the server's late answer
// to the provider's HEAD brought the notice back after the new source loaded. Fixed in the
// provider and tested with a HEAD that answers late (/slow-head/, scripts/hanging.mjs). The file
// stays apart (and retried once on a hang) until full runs show no hang again. So it runs apart: a hang there cannot hide the rest of the suite; a hang is
// retried once in a fresh browser (after 2 minutes), and the requests still open are printed
// (scripts/open-requests.mjs) so the next hang names what the page waited for. A failing test
// fails the run at once, and so does a second hang.
export const ISOLATED = (process.env.EK_ISOLATED_FILES?.split(',') ?? ['tests/provider-media-errors.test.ts']).filter(Boolean);
