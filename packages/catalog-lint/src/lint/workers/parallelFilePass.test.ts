import { Worker } from 'node:worker_threads';
import path from 'node:path';
import { writeCatalogFiles } from '@internal/stagecraft-test-utils';
import { collectFiles } from '../../files/collectFiles';
import { HOSTILE_INPUTS } from '../../__testUtils__/hostileInputs';
import { lintFiles, LintOptions } from '../lintFiles';

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
});
