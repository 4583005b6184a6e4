import path from 'node:path';
import { collectFiles } from '../files/collectFiles';

export const REPO_ROOT = path.resolve(__dirname, '../../../..');

/**
 * The files the parity tests give both the catalog and the linter: the
 * real-world corpus, the example catalog and the test's own cases.
 */
export function parityFiles(casesDir: string): string[] {
  const corpus = path.resolve(REPO_ROOT, '../shared/corpus/real-catalog');
  return [
    ...collectFiles([corpus], REPO_ROOT),
    ...collectFiles(['catalog-info'], REPO_ROOT),
    ...collectFiles([casesDir], REPO_ROOT),
  ];
}
