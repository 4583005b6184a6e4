import fs from 'fs';
import path from 'path';
// The harness runs in tests only (a devDependency), never in the published package.
// eslint-disable-next-line @backstage/no-mixed-plugin-imports
import { yamlFilesUnder } from '@internal/stagecraft-test-utils';
import { parseAllDocuments } from 'yaml';

export type CatalogDocument = { file: string; index: number; data: object };

/**
 * Every YAML document under `dir` (recursively) that parses to an object.
 * Documents with syntax errors still count when the parser recovers an object,
 * so that broken files are scanned as far as they can be read. Throws, naming
 * the folder, when it holds none: a test must not pass on nothing.
 */
export function loadCatalogDocuments(dir: string): CatalogDocument[] {
  const documents = yamlFilesUnder(dir).flatMap(file => {
    const text = fs.readFileSync(file, 'utf8');
    return parseAllDocuments(text, { logLevel: 'silent' }).flatMap(
      (doc, index) => {
        let data: unknown;
        try {
          data = doc.toJS({ maxAliasCount: -1 });
        } catch {
          return [];
        }
        return data !== null && typeof data === 'object'
          ? [{ file: path.relative(dir, file), index, data }]
          : [];
      },
    );
  });
  if (documents.length === 0) {
    throw new Error(`The catalog folder ${dir} holds no YAML document`);
  }
  return documents;
}
