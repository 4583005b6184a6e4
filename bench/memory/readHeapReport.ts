import fs from 'fs';
import { eventually } from '@internal/stagecraft-test-utils';

/** What `heapReportPreload.cjs` writes: the process's own view of its memory, after a GC. */
export interface HeapReport {
  memoryUsage: NodeJS.MemoryUsage;
  heapSpaces: Array<{ space_name: string; space_used_size: number }>;
  at: number;
}

/** Asks the backend process for a heap report (SIGUSR2) and waits for it in `file`. */
export async function readHeapReport(
  pid: number,
  file: string,
): Promise<HeapReport> {
  const askedAt = Date.now();
  process.kill(pid, 'SIGUSR2');
  return eventually(
    `process ${pid}'s heap report in ${file}`,
    async () => {
      if (!fs.existsSync(file)) return undefined;
      const report = JSON.parse(fs.readFileSync(file, 'utf8')) as HeapReport;
      return report.at >= askedAt ? report : undefined;
    },
    { timeoutMs: 120_000, intervalMs: 100 },
  );
}
