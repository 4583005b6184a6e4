/* eslint-disable no-restricted-syntax */
// Lints a generated catalog of 5,000 files in-process (and, with --cli,
// through the command line) and prints `name: value` lines, the last one
// being lint_files_per_s.
//
//   ./yarn bench:lint [--files 5000] [--workers N] [--cli]
//
// --workers sets the worker threads that share the per-file pass with the
// main thread (default: lintFiles' own choice, one per core left idle while
// the main thread lints alone for its first 150 ms, at most one fewer than
// the cores); workers_started says how many it started.
// lint_cpu_ms is the CPU time of every thread of the lint: on a busy machine
// it moves much less than the wall-clock figures.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { parseArgs } = require('node:util');

const root = path.resolve(__dirname, '../..');
require(require.resolve('@backstage/cli-node/config/nodeTransform.cjs', {
  paths: [root],
}));
// Counts the worker threads lintFiles starts (its own choice by default).
const workerThreads = require('node:worker_threads');

let workersStarted = 0;
const RealWorker = workerThreads.Worker;
workerThreads.Worker = class extends RealWorker {
  constructor(...args) {
    super(...args);
    workersStarted += 1;
  }
};
const { lintFiles } = require('@stagecraft/catalog-lint');
const { generateCatalog } = require('./generate');

async function main() {
  const { values } = parseArgs({
    options: {
      files: { type: 'string', default: '5000' },
      workers: { type: 'string' },
      cli: { type: 'boolean' },
    },
  });
  const count = Number(values.files);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-lint-'));
  try {
    let start = performance.now();
    const files = generateCatalog(dir, count);
    const generateMs = performance.now() - start;
    const bytes = files.reduce((sum, file) => sum + fs.statSync(file).size, 0);

    const workers =
      values.workers === undefined ? undefined : Number(values.workers);
    start = performance.now();
    const cpuStart = process.cpuUsage();
    const report = await lintFiles(files, { cwd: dir, workers });
    const lintMs = performance.now() - start;
    const cpu = process.cpuUsage(cpuStart);

    const lines = [
      ['files', files.length],
      ['catalog_mb', (bytes / 1024 / 1024).toFixed(1)],
      ['entities', report.summary.entities],
      ['errors', report.summary.errors],
      ['warnings', report.summary.warnings],
      ['generate_ms', Math.round(generateMs)],
      ['workers', workers ?? `default (${os.availableParallelism()} cores)`],
      ['workers_started', workersStarted],
      ['load_1m', os.loadavg()[0].toFixed(1)],
      ['lint_ms', Math.round(lintMs)],
      ['lint_cpu_ms', Math.round((cpu.user + cpu.system) / 1000)],
      ['peak_rss_mb', Math.round(process.resourceUsage().maxRSS / 1024)],
    ];
    if (values.cli) {
      start = performance.now();
      const cli = spawnSync(
        process.execPath,
        [
          path.join(root, 'packages/catalog-lint/bin/stagecraft-catalog-lint'),
          '--format',
          'json',
          dir,
        ],
        { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
      );
      const cliMs = performance.now() - start;
      lines.push(['cli_exit_code', cli.status], ['cli_ms', Math.round(cliMs)]);
      lines.push([
        'cli_files_per_s',
        Math.round(files.length / (cliMs / 1000)),
      ]);
    }
    lines.push([
      'lint_files_per_s',
      Math.round(files.length / (lintMs / 1000)),
    ]);
    for (const [name, value] of lines) {
      console.log(`${name}: ${value}`);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch(error => {
  console.error(error);
  process.exitCode = 1;
});
