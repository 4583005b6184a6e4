import fs from 'fs';
import path from 'path';
import { ENTITY_RULES } from '.';

const readme = fs.readFileSync(path.resolve(__dirname, '../README.md'), 'utf8');

describe('README', () => {
  it('documents every entity rule and YAML problem', () => {
    const ids = [
      ...ENTITY_RULES.map(rule => rule.id),
      'yaml/duplicate-key',
      'yaml/not-an-object',
      'yaml/alias-limit',
      'yaml/too-deep',
    ];
    for (const id of ids) {
      expect(readme).toContain(`\`${id}\``);
    }
  });

  it('gives each entity rule its severity', () => {
    for (const rule of ENTITY_RULES) {
      const row = readme
        .split('\n')
        .find(line => line.startsWith(`| \`${rule.id}\``));
      const severity = row?.split('|')[2].trim();
      expect([rule.id, severity]).toEqual([rule.id, rule.severity]);
    }
  });
});
