import { packageReadme, readmeTableRow } from '@internal/stagecraft-test-utils';
import { PIPELINE_LINT_RULES } from '.';

const readme = packageReadme(__dirname);

describe('README', () => {
  it('documents every lint rule and whether it needs the catalog', () => {
    for (const rule of PIPELINE_LINT_RULES) {
      const needsCatalog = readmeTableRow(readme, rule.id)?.[1];
      expect([rule.id, needsCatalog]).toEqual([
        rule.id,
        rule.needsCatalog ? 'yes' : 'no',
      ]);
    }
  });
});
