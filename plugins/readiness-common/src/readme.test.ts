import { packageReadme } from '@internal/stagecraft-test-utils';
import {
  BUILT_IN_CHECK_IDS,
  DEFAULT_ALARM_PURPOSES,
  DEFAULT_CHECK_DEFINITIONS,
  DEFAULT_MONITOR_EXPECTATIONS,
} from '.';

const readme = packageReadme(__dirname);

describe('README', () => {
  it('has a section for every check, which its fix link points at', () => {
    for (const id of BUILT_IN_CHECK_IDS) {
      expect(readme).toContain(`\n### ${id}\n`);
    }
    for (const check of DEFAULT_CHECK_DEFINITIONS) {
      expect(check.fixUrl).toMatch(new RegExp(`README\\.md#${check.id}$`));
    }
  });

  it('documents every alarm purpose and monitor expectation', () => {
    for (const id of [
      ...Object.keys(DEFAULT_ALARM_PURPOSES),
      ...DEFAULT_MONITOR_EXPECTATIONS.map(e => e.id),
    ]) {
      expect(readme).toContain(`\`${id}\``);
    }
  });
});
