/** One measurement: its name and value. */
export type BenchLine = [string, string | number | boolean];

/** What a bench ends with: one `name: value` line per measurement. */
export function printBenchLines(lines: BenchLine[]): void {
  for (const [name, value] of lines) {
    console.log(`${name}: ${value}`);
  }
}

/** Runs a bench's `main`, exiting with 1 and the error when it fails. */
export function runBench(main: () => Promise<void>): void {
  main().catch(error => {
    console.error(error);
    process.exit(1);
  });
}
