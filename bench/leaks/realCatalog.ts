import fs from 'fs';
import path from 'path';
import { parseAllDocuments } from 'yaml';
import { findSecretValues } from '@stagecraft/plugin-secrets-common';
import { yamlFilesUnder } from '@internal/stagecraft-test-utils';

/**
 * Stand-in credentials that real catalogs ship in templates and examples
 * (`REPLACE_ME`, `qwertytoken1234`); flagging them is fine, so a document
 * refused only because of them is not a false refusal.
 */
const PLACEHOLDER_CREDENTIAL =
  /^(replace[_-]?me|change[_-]?me|changeit|todo|x{3,}|qwerty\w*|dummy\w*|<[^>]+>)$/i;

function withoutPlaceholders(value: unknown): unknown {
  if (typeof value === 'string') {
    return PLACEHOLDER_CREDENTIAL.test(value) ? '' : value;
  }
  if (Array.isArray(value)) {
    return value.map(withoutPlaceholders);
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, withoutPlaceholders(v)]),
    );
  }
  return value;
}

export type RealCatalogScan = {
  files: number;
  documents: number;
  /** Documents refused only for a placeholder credential. */
  placeholderRefusals: string[];
  /** Documents refused for anything else: `file#index path (detector)`. */
  falseRefusals: string[];
};

/** Runs the guard over every document of a directory of real catalog files. */
export function scanRealCatalog(dir: string): RealCatalogScan {
  const scan: RealCatalogScan = {
    files: 0,
    documents: 0,
    placeholderRefusals: [],
    falseRefusals: [],
  };
  for (const file of yamlFilesUnder(dir)) {
    scan.files++;
    const documents = parseAllDocuments(fs.readFileSync(file, 'utf8'), {
      logLevel: 'silent',
    });
    documents.forEach((document, index) => {
      let data: unknown;
      try {
        data = document.toJS({ maxAliasCount: -1 });
      } catch {
        return;
      }
      if (!data || typeof data !== 'object') return;
      scan.documents++;
      const findings = findSecretValues(data);
      if (findings.length === 0) return;
      const where = `${path.relative(dir, file)}#${index}`;
      if (findSecretValues(withoutPlaceholders(data)).length === 0) {
        scan.placeholderRefusals.push(where);
      } else {
        scan.falseRefusals.push(
          `${where} ${findings
            .map(f => `${f.path} (${f.detector})`)
            .join(', ')}`,
        );
      }
    });
  }
  return scan;
}
