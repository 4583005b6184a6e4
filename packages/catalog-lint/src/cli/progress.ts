/** Shown only when a run has at least this many files. */
const MIN_FILES = 200;
const INTERVAL_MS = 200;

export type ProgressReporter = {
  update(done: number, total: number): void;
  done(): void;
};

/**
 * Progress on stderr: a line redrawn in place on a terminal, a line per
 * tenth of the run otherwise (when asked for with --progress).
 */
export function createProgress(
  stderr: { write(text: string): unknown; isTTY?: boolean },
  enabled: boolean | undefined,
): ProgressReporter {
  const tty = Boolean(stderr.isTTY);
  const active = enabled ?? tty;
  let last = 0;
  let lastTenth = 0;
  let drawn = false;
  return {
    update(done, total) {
      if (!active || (enabled === undefined && total < MIN_FILES)) {
        return;
      }
      if (tty) {
        const now = Date.now();
        if (now - last < INTERVAL_MS && done < total) {
          return;
        }
        last = now;
        drawn = true;
        stderr.write(`\r\u001b[KLinting… ${done}/${total} files`);
      } else {
        const tenth = Math.floor((done * 10) / total);
        if (tenth > lastTenth || done === total) {
          lastTenth = tenth;
          stderr.write(`Linted ${done}/${total} files\n`);
        }
      }
    },
    done() {
      if (drawn) {
        stderr.write('\r\u001b[K');
      }
    },
  };
}
