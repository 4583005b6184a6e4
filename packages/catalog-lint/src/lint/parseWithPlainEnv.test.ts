import { parseCatalogYaml } from '@stagecraft/plugin-catalog-rules-common';
import { parseWithPlainEnv } from './parseWithPlainEnv';

const TEXT = 'kind: Component\nmetadata:\n  name: a\n---\nkind: [\n';

describe('parseWithPlainEnv', () => {
  it('parses as parseCatalogYaml does and gives process.env back', () => {
    const env = process.env;
    const parsed = parseWithPlainEnv(TEXT);
    expect(process.env).toBe(env);
    const expected = parseCatalogYaml(TEXT);
    expect(parsed.documents.map(({ document, ...rest }) => rest)).toEqual(
      expected.documents.map(({ document, ...rest }) => rest),
    );
    expect(parsed.lineCounter.lineStarts).toEqual(
      expected.lineCounter.lineStarts,
    );
  });
});
