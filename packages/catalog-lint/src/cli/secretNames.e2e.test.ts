import { writeCatalogFiles } from '@internal/stagecraft-test-utils';
import { fakeGithubToken } from '../__testUtils__/fakeTokens';
import { runCli } from '../__testUtils__/runCli';
import { LintReport } from '../lint/types';

jest.setTimeout(180_000);

// A token pasted where a name belongs: valid as metadata.name, so the catalog
// rules run on it and quote it back.
const token = fakeGithubToken(42);
const storeToken = fakeGithubToken(43);

const resource = (name: string, spec: string[], metadata: string[] = []) =>
  [
    'apiVersion: backstage.io/v1alpha1',
    'kind: Resource',
    'metadata:',
    `  name: ${name}`,
    ...metadata,
    'spec:',
    ...spec,
    '',
  ].join('\n');

const SECRET = resource(
  token,
  [
    '  type: secret',
    '  owner: nobody',
    `  dependsOn: [resource:${storeToken}]`,
  ],
  ['  description: TODO'],
);

describe('a token used as metadata.name (child process)', () => {
  const repo = writeCatalogFiles({
    'names/secret.yaml': SECRET,
    // The same entity again: duplicate-entity and unique-name name it.
    'names/copy.yaml': SECRET,
    'names/store.yaml': resource(storeToken, [
      '  type: secret-store',
      '  owner: nobody',
    ]),
    'names/svc.yaml': [
      'apiVersion: backstage.io/v1alpha1',
      'kind: Component',
      'metadata:',
      '  name: svc',
      'spec:',
      '  type: service',
      '  lifecycle: experimental',
      '  owner: nobody',
      `  dependsOn: [resource:${token}]`,
      '',
    ].join('\n'),
  });
  afterAll(repo.remove);

  it.each(['human', 'json', 'github'])(
    'never prints it in the %s format, naming the file and document instead',
    format => {
      const run = runCli(['--format', format, 'names'], { cwd: repo.dir });
      expect(run.status).toBe(1);
      const output = run.stdout + run.stderr;
      for (const value of [token, storeToken]) {
        expect(output).not.toContain(value);
        expect(output).not.toContain(value.slice(4, 20));
      }
      expect(output).toContain(
        'resource:<redacted: looks like a GitHub token> (names/secret.yaml, document 1)',
      );
      expect(output).toContain(
        'resource:<redacted: looks like a GitHub token> (names/store.yaml, document 1)',
      );
    },
  );

  it('still reports what is wrong with the entity', () => {
    const run = runCli(['--format', 'json', 'names'], { cwd: repo.dir });
    const report: LintReport = JSON.parse(run.stdout);
    const rules = new Set(report.problems.map(p => p.ruleId));
    for (const rule of [
      'secrets/leak',
      'catalog/duplicate-entity',
      'secrets/approved-store',
      'secrets/description',
      'secrets/owner',
    ]) {
      expect(rules).toContain(rule);
    }
  });
});
