import { sampleReport } from '../__testUtils__/report';
import { formatGithub } from './github';
import { formatHuman } from './human';
import { formatJson } from './json';

describe('formatHuman', () => {
  it('groups problems by file and ends with a summary', () => {
    expect(formatHuman(sampleReport(), { color: false })).toBe(
      [
        'catalog/a.yaml',
        '  3:9     error    component:default/a  metadata.name "a b" is not valid.  catalog/field-format',
        '',
        'catalog/b, c.yaml',
        '  10:1    warning  resource:default/key  Nothing uses this secret: 100% unused,\nreally.  secrets/dependents',
        '                    Add it to spec.dependsOn.',
        '',
        '✖ 2 problems (1 error, 1 warning) — 3 entities in 2 files',
        '',
      ].join('\n'),
    );
  });

  it('uses colours only when asked', () => {
    expect(formatHuman(sampleReport(), { color: false })).not.toContain(
      '\u001b[',
    );
    expect(formatHuman(sampleReport(), { color: true })).toContain(
      '\u001b[31m',
    );
  });

  it('says when there is nothing to report, and when whole-catalog rules were skipped', () => {
    const report = sampleReport();
    report.problems = [];
    report.summary = {
      ...report.summary,
      errors: 0,
      warnings: 0,
      catalogScope: 'off',
      skippedRules: ['secrets/owner'],
    };
    expect(formatHuman(report, { color: false })).toBe(
      '✔ No problems — 3 entities in 2 files\nWhole-catalog rules skipped (--no-catalog-rules): secrets/owner\n',
    );
  });
});

describe('formatGithub', () => {
  it('writes one escaped annotation per problem and a summary', () => {
    expect(formatGithub(sampleReport()).split('\n')).toEqual([
      '::error file=catalog/a.yaml,line=3,col=9,endLine=3,endColumn=12,title=catalog/field-format::component:default/a: metadata.name "a b" is not valid.',
      '::warning file=catalog/b%2C c.yaml,line=10,col=1,endLine=10,endColumn=1,title=secrets/dependents::resource:default/key: Nothing uses this secret: 100%25 unused,%0Areally. Add it to spec.dependsOn.',
      'catalog-lint: 1 error(s), 1 warning(s) in 2 file(s)',
      '',
    ]);
  });
});

describe('formatJson', () => {
  it('is the report itself', () => {
    expect(JSON.parse(formatJson(sampleReport()))).toEqual(sampleReport());
  });
});
