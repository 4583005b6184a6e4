import fs from 'fs';
import path from 'path';
import { LEAK_DETECTORS, SECRET_RULES } from '.';

const readme = fs.readFileSync(path.resolve(__dirname, '../README.md'), 'utf8');

describe('README', () => {
  it('documents every detector and every rule', () => {
    for (const { id } of [...LEAK_DETECTORS, ...SECRET_RULES]) {
      expect(readme).toContain(`\`${id}\``);
    }
  });

  it('gives each rule its default severity and whether it needs the catalog', () => {
    for (const rule of SECRET_RULES) {
      const row = readme
        .split('\n')
        .find(line => line.startsWith(`| \`${rule.id}\``));
      const [needsCatalog, severity] = (row?.split('|') ?? [])
        .slice(2, 4)
        .map(cell => cell.trim());
      expect([rule.id, needsCatalog?.split(' ')[0], severity]).toEqual([
        rule.id,
        rule.needsCatalog ? 'yes' : 'no',
        `\`${rule.severity}\``,
      ]);
    }
  });
});
