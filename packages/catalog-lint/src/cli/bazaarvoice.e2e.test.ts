import path from 'node:path';
import { runCli } from '../__testUtils__/runCli';
import { LintReport } from '../lint/types';

jest.setTimeout(180_000);

// The YAML files secrets-common and the secrets backend judge too.
const EXAMPLE_DIR = path.resolve(
  __dirname,
  '../../../../plugins/secrets-common/src/rules/__fixtures__/bazaarvoice',
);

describe("the Bazaarvoice security team's minimal example (child process)", () => {
  it('passes with no error and no warning, only a hint to type the link', () => {
    const run = runCli(['--format', 'json', EXAMPLE_DIR]);
    expect(run).toMatchObject({ status: 0, stderr: '' });
    const report: LintReport = JSON.parse(run.stdout);
    expect(report.summary).toMatchObject({
      files: 5,
      entities: 5,
      errors: 0,
      warnings: 0,
    });
    expect(
      report.problems.map(p => `${p.entity} ${p.ruleId}/${p.severity}`),
    ).toEqual([
      'resource:default/reviews-api-db-password secrets/remediation-docs/info',
    ]);
    expect(report.problems[0]).toMatchObject({
      line: 8,
      field: 'metadata.links[0]',
    });
  });

  it('prints the hint as info in the human format and as a notice for GitHub', () => {
    const human = runCli([EXAMPLE_DIR]);
    expect(human.status).toBe(0);
    expect(human.stdout).toMatch(
      /info {5}resource:default\/reviews-api-db-password {2}"Rotation guide" is taken as the secret's remediation docs from its title; it has no type\. {2}secrets\/remediation-docs/,
    );
    expect(human.stdout).toContain('✔ No problems — 5 entities in 5 files');
    const github = runCli(['--format', 'github', EXAMPLE_DIR]);
    expect(github.stdout).toMatch(/^::notice file=.*secret\.yaml,line=8,/m);
    expect(github.stdout).toContain('catalog-lint: 0 error(s), 0 warning(s)');
  });
});
