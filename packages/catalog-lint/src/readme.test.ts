import fs from 'node:fs';
import path from 'node:path';
import { ALL_RULE_IDS, LINT_RULES, WHOLE_CATALOG_RULE_IDS } from './rules';
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE } from './cli/main';

const readme = fs.readFileSync(path.resolve(__dirname, '../README.md'), 'utf8');

describe('README', () => {
  it('documents every rule', () => {
    for (const id of ALL_RULE_IDS) {
      expect(readme).toContain(`\`${id}\``);
    }
  });

  it('gives each rule its severity, in the tables that have a severity column', () => {
    const rows = readme.split('\n').filter(line => line.startsWith('| `'));
    const documented = LINT_RULES.flatMap(rule => {
      const cells = rows
        .find(row => row.startsWith(`| \`${rule.id}\``))
        ?.split('|')
        .map(cell => cell.trim());
      const severity = cells?.[2].split(';')[0];
      return severity === 'error' || severity === 'warning'
        ? [`${rule.id} ${severity}`]
        : [];
    });
    expect(documented.length).toBeGreaterThan(25);
    expect(documented).toEqual(
      LINT_RULES.filter(rule =>
        documented.some(row => row.startsWith(`${rule.id} `)),
      ).map(rule => `${rule.id} ${rule.severity}`),
    );
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
