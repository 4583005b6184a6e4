import fs from 'fs';
import path from 'path';
import { findSecretValues } from './findSecretValues';
import {
  CatalogDocument,
  loadCatalogDocuments,
} from './__testUtils__/loadCatalogDocuments';

// The repository root is four levels up; shared/ sits beside the repository.
const REPO_ROOT = path.resolve(__dirname, '../../../..');
const REAL_CATALOG = path.resolve(REPO_ROOT, '../shared/corpus/real-catalog');
const OWN_CATALOG = path.resolve(REPO_ROOT, 'catalog-info');

function findingsByFile(
  documents: CatalogDocument[],
): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const { file, index, data } of documents) {
    for (const finding of findSecretValues(data)) {
      (result[file] ??= []).push(
        `#${index} ${finding.path}: ${finding.detector}`,
      );
    }
  }
  return result;
}

describe('findSecretValues on real catalogs (false positives)', () => {
  const realDocuments = fs.existsSync(REAL_CATALOG)
    ? loadCatalogDocuments(REAL_CATALOG)
    : [];
  // Throws when catalog-info is missing: the test must not pass on nothing.
  const ownDocuments = loadCatalogDocuments(OWN_CATALOG);

  it('reads all 132 files of the shared corpus beside the repository', () => {
    expect(fs.existsSync(REAL_CATALOG)).toBe(true);
    expect(new Set(realDocuments.map(d => d.file)).size).toBe(132);
  });

  it(`reports only the known placeholder credential in ${realDocuments.length} real catalog documents`, () => {
    // shared/README.md: two files hold placeholder credentials. The
    // `password: "REPLACE_ME"` is reported as a placeholder; the
    // `graph-token: qwertytoken1234` is too short and word-like to be a token.
    expect(findingsByFile(realDocuments)).toEqual({
      'hguerrero__kafka-selfservice-backstage__backstage__templates__consume-kafka-topics__skeleton__catalog-info.yaml':
        [
          '#0 metadata.annotations["kong-event-gateway/password"]: placeholder-credential',
        ],
    });
  });

  it(`reports nothing in this repository's catalog-info (${ownDocuments.length} documents)`, () => {
    expect(findingsByFile(ownDocuments)).toEqual({});
  });
});
