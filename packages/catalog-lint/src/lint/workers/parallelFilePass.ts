import path from 'node:path';
import {
  isMainThread,
  parentPort,
  Worker,
  workerData,
} from 'node:worker_threads';
import { SourcePosition } from '@stagecraft/plugin-catalog-rules-common';
import { FileLinter, FilePass, LocateRequest } from '../filePass';
import { FileOutcome, FilePassOptions } from '../lintOneFile';

// The per-file pass is independent from file to file: threads share it out
// in small chunks, taken from one queue as each thread gets through its
// previous one. Each thread keeps the YAML it parsed, and places the
// whole-catalog findings of its files when the main thread asks.

/** Files handed out at a time. */
const CHUNK_SIZE = 16;
/** Chunks a worker holds, so that it never waits for the main thread. */
const CHUNKS_IN_FLIGHT = 2;
const WORKER_MARK = 'stagecraftCatalogLintWorker';
/**
 * A worker keeps every document it parsed, so most young objects survive
 * and each scavenge copies them: V8's default (48 MB) scavenges three times
 * as often as this, for about 4% more CPU on the bench catalog.
 */
const WORKER_YOUNG_GENERATION_MB = 192;

type ToWorker =
  | { type: 'lint'; files: { index: number; path: string }[] }
  | { type: 'locate'; requests: readonly LocateRequest[] };

type FromWorker =
  | { type: 'linted'; outcomes: { index: number; outcome: FileOutcome }[] }
  | { type: 'located'; positions: (SourcePosition | undefined)[] };

type WorkerSetup = { [WORKER_MARK]: true; options: FilePassOptions };

// A worker loads this very module (the package's build output once
// published, its TypeScript source in the repository) and serves requests.
const BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
for (const preload of workerData.preload) require(preload);
require(workerData.entry);
`;

function serveRequests(setup: WorkerSetup) {
  const linter = new FileLinter(setup.options);
  // One request at a time, so that replies keep the order of requests.
  let queue = Promise.resolve();
  parentPort!.on('message', (message: ToWorker) => {
    queue = queue.then(() => serve(message));
  });
  async function serve(message: ToWorker) {
    let reply: FromWorker;
    if (message.type === 'lint') {
      const outcomes = [];
      for (const file of message.files) {
        outcomes.push({
          index: file.index,
          outcome: await linter.lint(file.path),
        });
      }
      reply = { type: 'linted', outcomes };
    } else {
      reply = { type: 'located', positions: linter.locate(message.requests) };
    }
    parentPort!.postMessage(reply);
  }
}

if (!isMainThread && workerData?.[WORKER_MARK]) {
  serveRequests(workerData as WorkerSetup);
}

function startWorker(options: FilePassOptions): Worker {
  const isSource = path.extname(__filename) === '.ts';
  const setup: WorkerSetup & { entry: string; preload: string[] } = {
    [WORKER_MARK]: true,
    options,
    entry: __filename,
    preload: isSource
      ? // The sources run only inside the repository, never from a build.
        // eslint-disable-next-line no-restricted-syntax
        [path.resolve(__dirname, '../../../bin/registerTypeScript.js')]
      : [],
  };
  return new Worker(BOOTSTRAP, {
    eval: true,
    workerData: setup,
    resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
  });
}

/** One thread's share: this one, or a worker. */
type Lane = {
  lint(
    files: { index: number; path: string }[],
  ): Promise<{ index: number; outcome: FileOutcome }[]>;
  locate(
    requests: readonly LocateRequest[],
  ): Promise<(SourcePosition | undefined)[]>;
  close(): Promise<void>;
};

function localLane(options: FilePassOptions): Lane {
  const linter = new FileLinter(options);
  return {
    async lint(files) {
      // Let the workers' messages in between chunks.
      await new Promise(resolve => setImmediate(resolve));
      const outcomes = [];
      for (const file of files) {
        outcomes.push({
          index: file.index,
          outcome: await linter.lint(file.path),
        });
      }
      return outcomes;
    },
    async locate(requests) {
      return linter.locate(requests);
    },
    async close() {
      linter.parsedFiles.clear();
    },
  };
}

/** Answers arrive in the order of the requests: a worker serves one at a time. */
function workerLane(options: FilePassOptions): Lane {
  const worker = startWorker(options);
  const waiting: {
    resolve: (reply: FromWorker) => void;
    reject: (error: Error) => void;
  }[] = [];
  let failure: Error | undefined;
  const fail = (error: Error) => {
    failure ??= new Error(`A lint worker thread failed: ${error.message}`);
    for (const request of waiting.splice(0)) {
      request.reject(failure);
    }
  };
  worker.on('message', (reply: FromWorker) => waiting.shift()?.resolve(reply));
  worker.on('error', fail);
  worker.on('exit', code => fail(new Error(`it exited with code ${code}`)));
  const ask = (message: ToWorker) =>
    new Promise<FromWorker>((resolve, reject) => {
      if (failure) {
        reject(failure);
        return;
      }
      waiting.push({ resolve, reject });
      worker.postMessage(message);
    });
  return {
    async lint(files) {
      const reply = await ask({ type: 'lint', files });
      return reply.type === 'linted' ? reply.outcomes : [];
    },
    async locate(requests) {
      const reply = await ask({ type: 'locate', requests });
      return reply.type === 'located' ? reply.positions : [];
    },
    async close() {
      failure ??= new Error('The lint worker thread was closed.');
      await worker.terminate();
    },
  };
}

/**
 * Workers chosen once this thread has linted for `afterMs`: `choose` sees
 * the machine meanwhile (its idle cores), and gets the files left.
 */
export type LaterWorkers = {
  afterMs: number;
  choose: (filesLeft: number) => number;
};

/**
 * The per-file pass shared by this thread and `workers` worker threads (or
 * as many as `workers.choose` says once this thread has started).
 * Outcomes are in the order of `files`, whichever thread linted them.
 */
export async function filePassInWorkers(
  files: readonly string[],
  options: FilePassOptions,
  workers: number | LaterWorkers,
  onFileDone: () => void,
): Promise<FilePass> {
  const lanes: Lane[] = [localLane(options)];
  const closeAll = async () => {
    await Promise.all(lanes.map(lane => lane.close()));
  };
  const outcomes: FileOutcome[] = new Array(files.length);
  const laneOfFile = new Map<string, Lane>();
  let next = 0;
  const takeChunk = () => {
    const chunk = files
      .slice(next, next + CHUNK_SIZE)
      .map((file, offset) => ({ index: next + offset, path: file }));
    next += chunk.length;
    return chunk;
  };
  const drive = async (lane: Lane, afterChunk?: () => void): Promise<void> => {
    for (let chunk = takeChunk(); chunk.length > 0; chunk = takeChunk()) {
      for (const { index, outcome } of await lane.lint(chunk)) {
        outcomes[index] = outcome;
        laneOfFile.set(outcome.file, lane);
        onFileDone();
      }
      afterChunk?.();
    }
  };
  const running: Promise<void>[] = [];
  const run = (lane: Lane, afterChunk?: () => void) => {
    const driving = drive(lane, afterChunk);
    // Awaited below; a failure before then must not go unhandled.
    driving.catch(() => undefined);
    running.push(driving);
  };
  const addWorkers = (count: number) => {
    for (let i = 0; i < count; i++) {
      const lane = workerLane(options);
      lanes.push(lane);
      for (let j = 0; j < CHUNKS_IN_FLIGHT; j++) {
        run(lane);
      }
    }
  };
  if (typeof workers === 'number') {
    run(lanes[0]);
    addWorkers(workers);
  } else {
    const start = performance.now();
    let later: LaterWorkers | undefined = workers;
    run(lanes[0], () => {
      if (later && performance.now() - start >= later.afterMs) {
        addWorkers(later.choose(files.length - next));
        later = undefined;
      }
    });
  }
  try {
    // Lanes may be added while the first ones run.
    for (let awaited = 0; awaited < running.length; ) {
      const batch = running.slice(awaited);
      awaited = running.length;
      await Promise.all(batch);
    }
  } catch (error) {
    await closeAll();
    throw error;
  }

  return {
    outcomes,
    async locate(requests) {
      const positions: (SourcePosition | undefined)[] = new Array(
        requests.length,
      );
      await Promise.all(
        lanes.map(async lane => {
          const indexes = requests.flatMap((request, index) =>
            laneOfFile.get(request.file) === lane ? [index] : [],
          );
          if (indexes.length === 0) {
            return;
          }
          const found = await lane.locate(indexes.map(i => requests[i]));
          indexes.forEach((requestIndex, i) => {
            positions[requestIndex] = found[i];
          });
        }),
      );
      return positions;
    },
    close: closeAll,
  };
}
