import fs from 'fs';
import path from 'path';
import { PIPELINE_LINT_RULES } from '.';

const readme = fs.readFileSync(path.resolve(__dirname, '../README.md'), 'utf8');

describe('README', () => {
  it('documents every lint rule and whether it needs the catalog', () => {
    for (const rule of PIPELINE_LINT_RULES) {
      const row = readme
        .split('\n')
        .find(line => line.startsWith(`| \`${rule.id}\``));
      const needsCatalog = row?.split('|')[2].trim();
      expect([rule.id, needsCatalog]).toEqual([
        rule.id,
        rule.needsCatalog ? 'yes' : 'no',
      ]);
    }
  });
});
