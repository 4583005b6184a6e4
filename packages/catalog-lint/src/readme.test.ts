import fs from 'node:fs';
import path from 'node:path';
import { ALL_RULE_IDS, WHOLE_CATALOG_RULE_IDS } from './rules';
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE } from './cli/main';

const readme = fs.readFileSync(path.resolve(__dirname, '../README.md'), 'utf8');

describe('README', () => {
  it('documents every rule', () => {
    for (const id of ALL_RULE_IDS) {
      expect(readme).toContain(`\`${id}\``);
    }
  });

  it('lists the rules that need the whole catalog', () => {
    const section = readme.slice(
      readme.indexOf('### Which rules need the whole catalog'),
    );
    for (const id of WHOLE_CATALOG_RULE_IDS) {
      expect(section).toContain(`\`${id}\``);
    }
  });

  it('documents the exit codes', () => {
    for (const code of [EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE]) {
      expect(readme).toContain(`| \`${code}\`  |`);
    }
  });
});
