// Prints one "N passed, N failed, N skipped" line from Jest's and Playwright's
// JSON reports. Exits 1 when a report is missing (its runner crashed) or a test failed.
const fs = require('fs');

function readReport(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    console.error(`summarize-tests: no readable report at ${file}`);
    return undefined;
  }
}

function count(report) {
  if (!report) return { passed: 0, failed: 1, skipped: 0 };
  if ('numPassedTests' in report) {
    return {
      passed: report.numPassedTests,
      failed: report.numFailedTests + (report.numRuntimeErrorTestSuites ?? 0),
      skipped: report.numPendingTests + report.numTodoTests,
    };
  }
  const stats = report.stats;
  return {
    passed: stats.expected + stats.flaky,
    failed: stats.unexpected,
    skipped: stats.skipped,
  };
}

const totals = process.argv
  .slice(2)
  .map(file => count(readReport(file)))
  .reduce(
    (sum, c) => ({
      passed: sum.passed + c.passed,
      failed: sum.failed + c.failed,
      skipped: sum.skipped + c.skipped,
    }),
    { passed: 0, failed: 0, skipped: 0 },
  );

console.log(
  `${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`,
);
process.exit(totals.failed > 0 ? 1 : 0);
