import fs from 'fs';
import path from 'path';
import { parseAllDocuments } from 'yaml';

export type CatalogDocument = { file: string; index: number; data: object };

function yamlFilesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap(entry => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        return yamlFilesUnder(full);
      }
      return /\.ya?ml$/.test(entry.name) ? [full] : [];
    })
    .sort();
}

/**
 * Every YAML document under `dir` (recursively) that parses to an object.
 * Documents with syntax errors still count when the parser recovers an object,
 * so that broken files are scanned as far as they can be read.
 */
export function loadCatalogDocuments(dir: string): CatalogDocument[] {
  return yamlFilesUnder(dir).flatMap(file => {
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
}
