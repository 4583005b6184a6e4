import { writeCatalogFiles } from '@internal/stagecraft-test-utils';
import path from 'node:path';
import { componentYaml, GROUP_TEAM_A } from '../__testUtils__/catalogYaml';
import { fakeGithubToken } from '../__testUtils__/fakeTokens';
import { HOSTILE_INPUTS } from '../__testUtils__/hostileInputs';
import { runCli, STACK_FRAME } from '../__testUtils__/runCli';
import { LintReport } from '../lint/types';

jest.setTimeout(180_000);

const token = fakeGithubToken(99);
const SECRET = [
  'apiVersion: backstage.io/v1alpha1',
  'kind: Resource',
  'metadata:',
  '  name: orders-db-password',
  '  description: Password of the orders database user, used by the orders API.',
  '  links:',
  '    - url: https://wiki.example.com/rotate-orders-db',
  '      type: rotation-guide',
  'spec:',
  '  type: secret',
  '  owner: team-a',
  '  system: orders',
  '  dependsOn: [resource:default/vault]',
  '',
].join('\n');

describe('stagecraft-catalog-lint (child process)', () => {
  const repo = writeCatalogFiles({
    'clean/org.yaml': GROUP_TEAM_A,
    'clean/svc.yaml': componentYaml('svc'),
    'warn/org.yaml': GROUP_TEAM_A,
    'warn/svc.yaml': componentYaml('svc2', { spec: ['subComponentOf: svc'] }),
    'leak/svc.yaml': componentYaml('svc3', {
      metadata: ['annotations:', `  example.com/token: ${token}`],
    }),
    'secret-only/secret.yaml': SECRET,
    'config/bad.yaml':
      'stagecraft:\n  secrets:\n    rules:\n      owner:\n        severity: fatal\n',
    'config/lenient.yaml':
      'stagecraft:\n  secrets:\n    rules:\n      owner: { severity: off }\n      store: { severity: off }\n',
    ...Object.fromEntries(
      Object.entries(HOSTILE_INPUTS).map(([name, { content }]) => [
        `hostile/${name}`,
        content,
      ]),
    ),
  });
  const cwd = repo.dir;
  afterAll(repo.remove);

  it('prints help and the version', () => {
    const help = runCli(['--help'], { cwd });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: stagecraft-catalog-lint');
    expect(runCli(['--version'], { cwd }).stdout.trim()).toMatch(
      /^\d+\.\d+\.\d+$/,
    );
  });

  it('exits 0 for a clean catalog', () => {
    const run = runCli(['clean'], { cwd });
    expect(run).toMatchObject({ status: 0, stderr: '' });
    expect(run.stdout).toBe('✔ No problems — 2 entities in 2 files\n');
  });

  it('exits 1 for errors, with file:line:column, entity, rule and message', () => {
    const run = runCli(['leak'], { cwd });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(
      'leak/svc.yaml\n  6:24    error    component:default/svc3  Value looks like a GitHub token. (github-token)  secrets/leak',
    );
    expect(run.stdout).not.toContain(token);
  });

  it('never prints a leaked value, in any format', () => {
    for (const format of ['human', 'json', 'github']) {
      const run = runCli(['--format', format, 'leak'], { cwd });
      expect(run.status).toBe(1);
      expect(run.stdout + run.stderr).not.toContain(token.slice(4, 20));
    }
  });

  it('writes the JSON report', () => {
    const run = runCli(['--format', 'json', 'leak', 'warn'], { cwd });
    expect(run.status).toBe(1);
    const report: LintReport = JSON.parse(run.stdout);
    expect(report.schemaVersion).toBe(1);
    expect(report.summary).toMatchObject({
      files: 3,
      entities: 3,
      errors: 1,
      warnings: 1,
    });
    expect(
      report.problems.map(p => [p.file, p.line, p.column, p.entity, p.ruleId]),
    ).toEqual([
      ['leak/svc.yaml', 6, 24, 'component:default/svc3', 'secrets/leak'],
      [
        'warn/svc.yaml',
        9,
        19,
        'component:default/svc2',
        'catalog/field-casing',
      ],
    ]);
  });

  it('writes GitHub annotations', () => {
    const run = runCli(['--format', 'github', 'warn'], { cwd });
    expect(run.status).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe(
      '::warning file=warn/svc.yaml,line=9,col=19,endLine=9,endColumn=22,title=catalog/field-casing::component:default/svc2: spec.subComponentOf is ignored by the catalog: the field is spelled "subcomponentOf".',
    );
  });

  it('fails on too many warnings, and hides warnings with --quiet', () => {
    expect(runCli(['--max-warnings', '1', 'warn'], { cwd }).status).toBe(0);
    const strict = runCli(['--max-warnings', '0', 'warn'], { cwd });
    expect(strict.status).toBe(1);
    expect(strict.stderr).toContain(
      'Too many warnings: 1, more than --max-warnings 0.',
    );
    const quiet = runCli(['--quiet', 'warn'], { cwd });
    expect(quiet.stdout).not.toContain('field-casing');
  });

  it('runs whole-catalog rules over the files given, unless told not to', () => {
    const all = runCli(['--format', 'json', 'secret-only'], { cwd });
    expect(all.status).toBe(1);
    expect(JSON.parse(all.stdout).problems.map((p: any) => p.ruleId)).toEqual([
      'secrets/owner',
      'secrets/store',
    ]);
    const alone = runCli(['--no-catalog-rules', 'secret-only'], { cwd });
    expect(alone.status).toBe(0);
    expect(alone.stdout).toContain('Whole-catalog rules skipped');
  });

  it('applies severities from --config', () => {
    expect(
      runCli(['--config', 'config/lenient.yaml', 'secret-only'], { cwd })
        .status,
    ).toBe(0);
    const bad = runCli(['--config', 'config/bad.yaml', 'clean'], { cwd });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('stagecraft.secrets.rules.owner.severity');
  });

  it('exits 2 for usage errors, without a stack trace', () => {
    for (const args of [
      [],
      ['--format', 'xml', 'clean'],
      ['no-such-folder'],
      ['config/../clean/nothing'],
    ]) {
      const run = runCli(args, { cwd });
      expect(run.status).toBe(2);
      expect(run.stderr).not.toMatch(STACK_FRAME);
    }
  });

  it('exits 2 when the portal cannot be read, without printing the token', () => {
    const run = runCli(['--catalog-url', 'http://127.0.0.1:9', 'clean'], {
      cwd,
      env: { STAGECRAFT_TOKEN: 'very-secret-token-value' },
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(
      'Could not read the catalog at http://127.0.0.1:9/api/catalog/entities/by-query',
    );
    expect(run.stderr).not.toContain('very-secret-token-value');
  });

  it('reports every broken or hostile file clearly, never crashing', () => {
    const run = runCli(['--format', 'json', 'hostile'], { cwd });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('');
    const report: LintReport = JSON.parse(run.stdout);
    for (const [name, expected] of Object.entries(HOSTILE_INPUTS)) {
      const first = report.problems.find(p => p.file === `hostile/${name}`);
      expect({ name, ruleId: first?.ruleId, line: first?.line }).toEqual({
        name,
        ruleId: expected.ruleId,
        line: expected.line,
      });
    }
    expect(run.stdout).not.toMatch(STACK_FRAME);
  });

  it('runs from the repository root as `./yarn catalog-lint`', () => {
    const run = runCli(['--format', 'json', path.join(cwd, 'clean')]);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).summary.entities).toBe(2);
  });
});
