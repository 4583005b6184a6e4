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
});
