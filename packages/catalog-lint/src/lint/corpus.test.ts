import fs from 'node:fs';
import path from 'node:path';
import { lintFiles } from './lintFiles';
import { LintReport } from './types';

// Real catalog files written by other teams, kept verbatim beside the repository.
const REPO_ROOT = path.resolve(__dirname, '../../../..');
const CORPUS = path.resolve(REPO_ROOT, '../shared/corpus/real-catalog');
const VERDICTS = path.resolve(
  __dirname,
  '../__fixtures__/corpus-verdicts.json',
);

/** Files grouped by their source repository: each repository is its own catalog. */
function repositories(): Map<string, string[]> {
  const rows = fs
    .readFileSync(path.join(CORPUS, 'SOURCES.tsv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map(line => line.split('\t'));
  const byRepo = new Map<string, string[]>();
  for (const [file, repo] of rows) {
    byRepo.set(repo, [...(byRepo.get(repo) ?? []), path.join(CORPUS, file)]);
  }
  return byRepo;
}

function verdict(file: string, report: LintReport): string {
  const rules = (severity: string) =>
    [
      ...new Set(
        report.problems
          .filter(p => p.file === file && p.severity === severity)
          .map(p => p.ruleId),
      ),
    ].sort();
  const errors = rules('error');
  const warnings = rules('warning');
  const parts = [errors.length ? `invalid: ${errors.join(', ')}` : 'valid'];
  if (warnings.length) {
    parts.push(`warnings: ${warnings.join(', ')}`);
  }
  return parts.join('; ');
}

describe('the real-world corpus', () => {
  it('exists', () => {
    expect(fs.existsSync(path.join(CORPUS, 'SOURCES.tsv'))).toBe(true);
  });

  it('lints every file without crashing, with the recorded verdicts', async () => {
    const verdicts: Record<string, string> = {};
    for (const files of repositories().values()) {
      // The corpus holds a sample of each repository's files, so Location
      // targets and placeholder files are mostly absent: not checked.
      const report = await lintFiles(files.sort(), {
        cwd: CORPUS,
        checkLocalTargets: false,
      });
      for (const { file } of report.files) {
        verdicts[file] = verdict(file, report);
      }
    }
    const sorted = Object.fromEntries(Object.entries(verdicts).sort());
    expect(Object.keys(sorted)).toHaveLength(
      fs.readdirSync(CORPUS).filter(f => /\.ya?ml$/.test(f)).length,
    );
    expect(Object.values(sorted).join('\n')).not.toContain('internal-error');
    if (process.env.UPDATE_CORPUS_VERDICTS) {
      fs.writeFileSync(VERDICTS, `${JSON.stringify(sorted, null, 2)}\n`);
    }
    expect(sorted).toEqual(JSON.parse(fs.readFileSync(VERDICTS, 'utf8')));
  });

  it('catches the known mistakes listed in ../shared/README.md', () => {
    const verdicts: Record<string, string> = JSON.parse(
      fs.readFileSync(VERDICTS, 'utf8'),
    );
    const expectations: [string, string][] = [
      // un-rendered template tags
      [
        'cosmonic-labs__mcp-server-template-ts__catalog-info.yaml',
        'catalog/field-format',
      ],
      [
        'hguerrero__kafka-selfservice-backstage__backstage__templates__consume-kafka-topics__skeleton__catalog-info.yaml',
        'yaml/syntax',
      ],
      // two documents without ---
      [
        'b4mad__racing-manifests__catalog__systems__pitwall.yaml',
        'yaml/duplicate-key',
      ],
      // e-mail owners
      [
        'Zenika__sensei__.backstage__catalog-info.yaml',
        'catalog/unresolvable-ref',
      ],
      [
        'jmichalak9__opentelemetry-demo__backstage__catalog-info.yaml',
        'catalog/unresolvable-ref',
      ],
      // duplicate names
      [
        'LedgerHQ__device-sdk-ts__catalog-info.yml.yaml',
        'catalog/duplicate-entity',
      ],
      // subComponentOf casing
      [
        'LedgerHQ__device-sdk-ts__catalog-info.yml.yaml',
        'catalog/field-casing',
      ],
      // placeholder credential
      [
        'hguerrero__kafka-selfservice-backstage__backstage__templates__consume-kafka-topics__skeleton__catalog-info.yaml',
        'secrets/leak',
      ],
    ];
    for (const [file, rule] of expectations) {
      expect(`${file}: ${verdicts[file]}`).toContain(rule);
    }
    // Empty documents are skipped, as the catalog skips them.
    expect(verdicts['pascalwilbrink__home-network__catalog__groups.yaml']).toBe(
      'valid',
    );
  });
});
