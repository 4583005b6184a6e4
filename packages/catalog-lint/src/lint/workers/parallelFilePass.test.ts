import { Worker } from 'node:worker_threads';
import path from 'node:path';
import { writeCatalogFiles } from '@internal/stagecraft-test-utils';
import { collectFiles } from '../../files/collectFiles';
import { HOSTILE_INPUTS } from '../../__testUtils__/hostileInputs';
import { lintFiles, LintOptions } from '../lintFiles';
import { filePassInProcess } from '../filePass';
import { filePassInWorkers } from './parallelFilePass';

// Counts the threads started; they are real.
jest.mock('node:worker_threads', () => {
  const actual = jest.requireActual('node:worker_threads');
  return {
    ...actual,
    Worker: jest.fn((...args) => new actual.Worker(...args)),
  };
});

// Worker threads must change nothing but the speed: the same report, problem
// for problem and in the same order, as the whole lint in one thread.
const REPO_ROOT = path.resolve(__dirname, '../../../../..');
const CORPUS = path.resolve(REPO_ROOT, '../shared/corpus/real-catalog');

describe('linting in worker threads', () => {
  afterEach(() => jest.mocked(Worker).mockClear());
  const hostile = writeCatalogFiles(
    Object.fromEntries(
      Object.entries(HOSTILE_INPUTS).map(([name, { content }]) => [
        name,
        content,
      ]),
    ),
  );
  afterAll(hostile.remove);

  const cases: [string, string[], LintOptions][] = [
    [
      'the real-world corpus as one catalog',
      collectFiles([CORPUS], CORPUS),
      { cwd: CORPUS, checkLocalTargets: false },
    ],
    [
      'the example catalog',
      collectFiles(['catalog-info'], REPO_ROOT),
      { cwd: REPO_ROOT },
    ],
    [
      'broken and hostile files',
      Object.keys(HOSTILE_INPUTS).map(name => path.join(hostile.dir, name)),
      { cwd: hostile.dir },
    ],
  ];

  it.each(cases)(
    'gives the report of one thread for %s',
    async (_name, files, options) => {
      expect(files.length).toBeGreaterThan(10);
      const oneThread = await lintFiles(files, { ...options, workers: 0 });
      expect(Worker).not.toHaveBeenCalled();
      const progress: number[] = [];
      const threeThreads = await lintFiles(files, {
        ...options,
        workers: 2,
        onProgress: done => progress.push(done),
      });
      expect(Worker).toHaveBeenCalledTimes(2);
      expect(threeThreads).toEqual(oneThread);
      expect(oneThread.problems.length).toBeGreaterThan(0);
      expect(progress).toEqual(files.map((_, index) => index + 1));
    },
    120_000,
  );

  it('lets workers join once this thread has started, with the files left', async () => {
    const [, files, options] = cases[1];
    const passOptions = {
      cwd: options.cwd!,
      maxFileSize: 1024 * 1024,
    };
    const alone = await filePassInProcess(files, passOptions, () => {});
    const left: number[] = [];
    const joined = await filePassInWorkers(
      files,
      passOptions,
      {
        afterMs: 0,
        choose: filesLeft => {
          left.push(filesLeft);
          return 1;
        },
      },
      () => {},
    );
    try {
      expect(Worker).toHaveBeenCalledTimes(1);
      // Chosen once, after this thread's first chunk of 16 files.
      expect(left).toEqual([files.length - 16]);
      expect(joined.outcomes).toEqual(alone.outcomes);
      const requests = alone.outcomes
        .filter(outcome => outcome.entities.length > 0)
        .map(outcome => ({
          file: outcome.file,
          documentIndex: outcome.entities[0].documentIndex,
          field: 'metadata.name',
        }));
      expect(requests.length).toBeGreaterThan(16);
      expect(await joined.locate(requests)).toEqual(
        await alone.locate(requests),
      );
    } finally {
      await joined.close();
      await alone.close();
    }
  }, 120_000);
});
