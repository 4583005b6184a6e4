import { packageReadme, readmeTableRow } from '@internal/stagecraft-test-utils';
import { LEAK_DETECTORS, SECRET_RULES } from '.';

const readme = packageReadme(__dirname);

describe('README', () => {
  it('documents every detector and every rule', () => {
    for (const { id } of [...LEAK_DETECTORS, ...SECRET_RULES]) {
      expect(readme).toContain(`\`${id}\``);
    }
  });

  it('gives each rule its default severity and whether it needs the catalog', () => {
    for (const rule of SECRET_RULES) {
      const [, needsCatalog, severity] = readmeTableRow(readme, rule.id) ?? [];
      expect([rule.id, needsCatalog?.split(' ')[0], severity]).toEqual([
        rule.id,
        rule.needsCatalog ? 'yes' : 'no',
        `\`${rule.severity}\``,
      ]);
    }
  });
});
