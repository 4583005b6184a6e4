import fs from 'fs';
import path from 'path';
import { findValueReads } from '../__testUtils__/findValueReads';

const repoRoot = path.resolve(__dirname, '../../../..');

/** Every .ts/.tsx/.js source file under plugins/star/src and packages/star/src. */
function sourceFiles(): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name === 'dist') continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(ts|tsx|js|jsx|mjs|cjs)$/.test(entry.name)) files.push(full);
    }
  };
  for (const group of ['plugins', 'packages']) {
    for (const pkg of fs.readdirSync(path.join(repoRoot, group))) {
      const src = path.join(repoRoot, group, pkg, 'src');
      if (fs.existsSync(src)) walk(src);
    }
  }
  return files;
}

const isTest = (file: string) =>
  /\.test\.(ts|tsx|js)$/.test(file) ||
  file.includes(`${path.sep}__fixtures__${path.sep}`);

describe('no Stagecraft code reads a secret value', () => {
  const files = sourceFiles();

  it('scans every package', () => {
    const scanned = (dir: string) =>
      files.some(f => f.startsWith(path.join(repoRoot, dir)));
    expect(files.length).toBeGreaterThan(100);
    expect(scanned('plugins/secrets-node/src/aws')).toBe(true);
    expect(scanned('plugins/secrets-node/src/vault')).toBe(true);
    expect(scanned('plugins/secrets-backend/src')).toBe(true);
    expect(scanned('packages/backend/src')).toBe(true);
  });

  it('calls no GetSecretValue, GetParameter(s) or Vault data/ path', () => {
    const reads = files.flatMap(file =>
      findValueReads(fs.readFileSync(file, 'utf8'), {
        fileName: file,
        testFile: isTest(file),
      }).map(
        read =>
          `${path.relative(repoRoot, file)}:${read.line} ${read.rule} (${
            read.text
          })`,
      ),
    );
    expect(reads).toEqual([]);
  });
});
