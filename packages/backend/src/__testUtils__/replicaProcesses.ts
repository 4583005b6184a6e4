import { ChildProcess, spawn } from 'child_process';
import net from 'net';
import path from 'path';

/** packages/backend: the replicas run its `src/index.ts`, as `yarn start` does. */
export const BACKEND_PACKAGE_DIR = path.resolve(__dirname, '../..');
/** The repository root, where the app-config files are. */
export const REPO_ROOT = path.resolve(BACKEND_PACKAGE_DIR, '../..');

/** Output lines kept per replica, to explain a failure. */
const LOG_LINES_KEPT = 300;

/** A line a backend that will never become ready prints (it keeps running after it). */
const STARTUP_FAILURE =
  /Unhandled rejection|Backend failed to start|Plugin '[^']+' startup failed/;

/** Every replica not yet exited, killed if the test process ends without stopping them. */
const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/** A port nobody listens on right now (the kernel's choice). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface ReplicaProcessOptions {
  /** Names the replica in errors and logs, e.g. `a`. */
  name: string;
  port: number;
  /** app-config files, later ones overriding earlier ones. */
  configFiles: string[];
  /** Added to the backend's environment. */
  env: Record<string, string>;
  /** A static access token of `backend.auth.externalAccess`, sent with every `get`. */
  token: string;
}

export interface ReplicaAnswer<T = any> {
  status: number;
  body: T;
}

/**
 * One backend process (`packages/backend/src/index.ts`, every plugin the portal runs) on
 * loopback, started with Node and Backstage's TypeScript transform.
 */
export class ReplicaProcess {
  readonly baseUrl: string;
  readonly spawnedAt = Date.now();
  /** When the backend first said it was ready. */
  readyAt?: number;
  private readonly logLines: string[] = [];
  private readonly exit: Promise<number | string | null>;
  private exitedWith?: number | string | null;

  private constructor(
    readonly options: ReplicaProcessOptions,
    private readonly child: ChildProcess,
  ) {
    this.baseUrl = `http://127.0.0.1:${options.port}`;
    running.add(child);
    this.exit = new Promise(resolve => {
      child.once('exit', (code, signal) => {
        running.delete(child);
        this.exitedWith = signal ?? code;
        resolve(this.exitedWith);
      });
    });
    const keep = (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (!line) continue;
        this.logLines.push(line);
        if (this.logLines.length > LOG_LINES_KEPT) this.logLines.shift();
      }
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
  }

  static spawn(options: ReplicaProcessOptions): ReplicaProcess {
    const args = [
      '--require',
      require.resolve('@backstage/cli/config/nodeTransform.cjs'),
      'src/index.ts',
      ...options.configFiles.flatMap(file => ['--config', file]),
    ];
    const child = spawn(process.execPath, args, {
      cwd: BACKEND_PACKAGE_DIR,
      env: {
        ...process.env,
        // Jest's NODE_ENV=test turns off the scheduler's janitor, which frees the task a
        // killed replica held; the replicas run as deployed.
        NODE_ENV: 'production',
        ...options.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return new ReplicaProcess(options, child);
  }

  get name(): string {
    return this.options.name;
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  get alive(): boolean {
    return this.exitedWith === undefined;
  }

  /** The replica's last output lines, for an error message. */
  logTail(lines = 40): string {
    return this.logLines.slice(-lines).join('\n');
  }

  /** A GET with the test's token; the body parsed as JSON when it is JSON. */
  get<T = any>(urlPath: string): Promise<ReplicaAnswer<T>> {
    return this.request<T>('GET', urlPath);
  }

  /** A POST without a body, with the test's token. */
  post<T = any>(urlPath: string): Promise<ReplicaAnswer<T>> {
    return this.request<T>('POST', urlPath);
  }

  private async request<T>(
    method: string,
    urlPath: string,
  ): Promise<ReplicaAnswer<T>> {
    const response = await fetch(`${this.baseUrl}${urlPath}`, {
      method,
      headers: { authorization: `Bearer ${this.options.token}` },
      signal: AbortSignal.timeout(30_000),
    });
    const text = await response.text();
    let body: any = text;
    if (response.headers.get('content-type')?.includes('json')) {
      body = JSON.parse(text);
    }
    return { status: response.status, body };
  }

  /** Waits until the backend says it is ready; fails with its last output if it exits or times out. */
  async ready(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (!this.alive) {
        throw new Error(
          `Replica ${this.name} exited (${
            this.exitedWith
          }) while starting:\n${this.logTail()}`,
        );
      }
      const fatal = this.logLines.find(line => STARTUP_FAILURE.test(line));
      if (fatal) {
        throw new Error(`Replica ${this.name} failed to start: ${fatal}`);
      }
      try {
        const response = await fetch(
          `${this.baseUrl}/.backstage/health/v1/readiness`,
          { signal: AbortSignal.timeout(2_000) },
        );
        if (response.ok) {
          this.readyAt = Date.now();
          return;
        }
      } catch {
        // not listening yet
      }
      await new Promise(resolve => setTimeout(resolve, 250));
    }
    throw new Error(
      `Replica ${
        this.name
      } was not ready within ${timeoutMs} ms:\n${this.logTail()}`,
    );
  }

  /** Sends `signal` and waits for the process to end. */
  async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    if (!this.alive) return;
    this.child.kill(signal);
    await this.exit;
  }

  /** Stops the backend as a deployment would (SIGTERM), killing it after `graceMs`. */
  async stop(graceMs = 10_000): Promise<void> {
    if (!this.alive) return;
    this.child.kill('SIGTERM');
    let timer: NodeJS.Timeout | undefined;
    const stopped = await Promise.race([
      this.exit.then(() => true),
      new Promise<boolean>(resolve => {
        timer = setTimeout(() => resolve(false), graceMs);
      }),
    ]);
    clearTimeout(timer);
    if (!stopped) await this.kill('SIGKILL');
  }
}
