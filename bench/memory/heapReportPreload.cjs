/*
 * Preloaded into the bench's backend process (NODE_OPTIONS=--require, with --expose-gc):
 * on SIGUSR2 it collects garbage, then writes process.memoryUsage() and V8's heap spaces
 * to $STAGECRAFT_HEAP_REPORT, so the bench can tell the live JavaScript heap from the
 * rest of the RSS. Nothing else changes in the process.
 */
const fs = require('fs');
const v8 = require('v8');

const file = process.env.STAGECRAFT_HEAP_REPORT;
if (file) {
  process.on('SIGUSR2', () => {
    if (typeof global.gc === 'function') global.gc();
    const report = {
      memoryUsage: process.memoryUsage(),
      heapSpaces: v8.getHeapSpaceStatistics(),
      at: Date.now(),
    };
    fs.writeFileSync(`${file}.tmp`, JSON.stringify(report));
    fs.renameSync(`${file}.tmp`, file);
  });
}
