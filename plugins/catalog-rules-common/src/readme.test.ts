import { packageReadme, readmeTableRow } from '@internal/stagecraft-test-utils';
import { ENTITY_RULES } from '.';

const readme = packageReadme(__dirname);

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
      const severity = readmeTableRow(readme, rule.id)?.[1];
      expect([rule.id, severity]).toEqual([rule.id, rule.severity]);
    }
  });
});
