// Prints one plain `N passed, N failed` line at the end of a run, so CI can count the tests.
// With EK_COUNTS_FILE set (scripts/test.mjs, which adds the Node tests), writes the counts there
// as JSON instead.
import { writeFileSync } from 'node:fs';

export function countReporter() {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  const countSuite = (suite) => {
    for (const test of suite.tests ?? []) {
      if (test.skipped) skipped += 1;
      else if (test.passed) passed += 1;
      else failed += 1;
    }
    for (const child of suite.suites ?? []) countSuite(child);
  };
  return {
    onTestRunFinished({ sessions }) {
      let broken = 0;
      let hung = 0;
      for (const session of sessions) {
        // The runner's testsFinishTimeout: the page never reported (see scripts/open-requests.mjs).
        if ((session.errors ?? []).some((e) => /did not finish|did not complete/i.test(e?.message ?? ''))) hung += 1;
        if (session.testResults) countSuite(session.testResults);
        // A file that failed to load or threw outside a test has no results: count it as failed.
        if (!session.passed && (session.errors?.length ?? 0) > 0) broken += 1;
      }
      failed += broken;
      if (process.env.EK_COUNTS_FILE) {
        writeFileSync(process.env.EK_COUNTS_FILE, JSON.stringify({ passed, failed, skipped, hung }));
        return;
      }
      const extra = skipped ? `, ${skipped} skipped` : '';
      // At exit, so it is the very last line, after the runner's own summary.
      process.once('exit', () => console.log(`\n${passed} passed, ${failed} failed${extra}`));
    },
  };
}
