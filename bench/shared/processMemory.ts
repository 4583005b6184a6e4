import { readFileSync } from 'fs';

/** A process's memory as the kernel counts it (`/proc/<pid>/status`), in MB. */
export interface ProcessMemory {
  /** Resident set size now (`VmRSS`). */
  rssMb: number;
  /** The highest resident set size since the process started (`VmHWM`). */
  peakRssMb: number;
  /** Of the RSS: anonymous memory (the heaps) and mapped files (code, libraries). */
  anonMb: number;
  fileMb: number;
}

const kbField = (status: string, field: string): number => {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
  if (!match) throw new Error(`/proc status has no ${field} line`);
  return Number(match[1]);
};

/** Reads `/proc/<pid>/status` (Linux only). */
export function readProcessMemory(pid: number): ProcessMemory {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const mb = (field: string) => Math.round(kbField(status, field) / 1024);
  return {
    rssMb: mb('VmRSS'),
    peakRssMb: mb('VmHWM'),
    anonMb: mb('RssAnon'),
    fileMb: mb('RssFile'),
  };
}

/** One sample of `ProcessMemorySampler`, with the phase it was taken in. */
export interface MemorySample extends ProcessMemory {
  at: number;
  phase: string;
}

/**
 * Samples another process's memory every `intervalMs` until stopped, each sample labelled
 * with the phase set last (`phase('warm-up')`), so a bench can say what ran meanwhile.
 */
export class ProcessMemorySampler {
  readonly samples: MemorySample[] = [];
  private currentPhase = 'start';
  private readonly timer: NodeJS.Timeout;

  constructor(readonly pid: number, intervalMs = 500) {
    this.timer = setInterval(() => this.sample(), intervalMs);
    this.timer.unref();
    this.sample();
  }

  phase(name: string): void {
    this.currentPhase = name;
    this.sample();
  }

  /** Takes a sample now; undefined once the process is gone. */
  sample(): MemorySample | undefined {
    try {
      const sample = {
        ...readProcessMemory(this.pid),
        at: Date.now(),
        phase: this.currentPhase,
      };
      this.samples.push(sample);
      return sample;
    } catch {
      return undefined;
    }
  }

  /** The samples of one phase. */
  of(phase: string): MemorySample[] {
    return this.samples.filter(sample => sample.phase === phase);
  }

  stop(): void {
    clearInterval(this.timer);
  }
}
