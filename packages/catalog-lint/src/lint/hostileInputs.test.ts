import { writeCatalogFiles } from '@internal/stagecraft-test-utils';
import path from 'node:path';
import { HOSTILE_INPUTS } from '../__testUtils__/hostileInputs';
import { lintFiles } from './lintFiles';

// Each case must be reported, under its rule, on its line — and finish:
// the jest timeout is the bound, there is no assertion on speed.
describe('broken and hostile files', () => {
  const { dir, remove } = writeCatalogFiles(
    Object.fromEntries(
      Object.entries(HOSTILE_INPUTS).map(([name, { content }]) => [
        name,
        content,
      ]),
    ),
  );
  afterAll(remove);

  it.each(Object.entries(HOSTILE_INPUTS))(
    '%s is reported clearly',
    async (name, expected) => {
      const report = await lintFiles([path.join(dir, name)], { cwd: dir });
      expect(report.problems[0]).toMatchObject({
        file: name,
        ruleId: expected.ruleId,
        line: expected.line,
      });
      expect(report.problems.map(p => p.ruleId)).not.toContain(
        'internal-error',
      );
    },
    30_000,
  );

  it('one hostile file does not stop the others', async () => {
    const files = Object.keys(HOSTILE_INPUTS).map(name => path.join(dir, name));
    const report = await lintFiles(files, { cwd: dir });
    expect(report.files).toHaveLength(files.length);
    expect(new Set(report.problems.map(p => p.file)).size).toBe(files.length);
  }, 60_000);
});
