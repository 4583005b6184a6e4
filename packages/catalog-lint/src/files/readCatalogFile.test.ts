import { writeCatalogFiles } from '@internal/stagecraft-test-utils';
import path from 'node:path';
import { readCatalogFile } from './readCatalogFile';

describe('readCatalogFile', () => {
  const { dir, remove } = writeCatalogFiles({
    'ok.yaml': 'kind: Component\n',
    'bom.yaml': '\uFEFFkind: Component\n',
    'big.yaml': 'x'.repeat(2000),
    'nul.yaml': Buffer.from([0x61, 0x00]),
    'latin1.yaml': Buffer.from([0x63, 0x61, 0x66, 0xe9]),
  });
  afterAll(remove);
  const read = (name: string, max = 1000) =>
    readCatalogFile(path.join(dir, name), max);

  it('reads UTF-8 text', () => {
    expect(read('ok.yaml')).toEqual({ text: 'kind: Component\n' });
    expect(read('bom.yaml')).toEqual({ text: 'kind: Component\n' });
  });

  it('refuses files over the limit without reading them', () => {
    expect(read('big.yaml')).toEqual({
      problem: {
        ruleId: 'file/too-large',
        message:
          'The file is 2 KB, over the 1 KB limit (--max-file-size); not read.',
      },
    });
    expect(read('big.yaml', 4096)).toHaveProperty('text');
  });

  it('refuses binary and non-UTF-8 files', () => {
    expect(read('nul.yaml')).toMatchObject({
      problem: { ruleId: 'file/not-text' },
    });
    expect(read('latin1.yaml')).toMatchObject({
      problem: {
        ruleId: 'file/not-text',
        message: 'Not a text file: it is not valid UTF-8.',
      },
    });
  });

  it('reports a file it cannot read', () => {
    expect(read('missing.yaml')).toEqual({
      problem: {
        ruleId: 'file/unreadable',
        message: 'The file cannot be read: ENOENT.',
      },
    });
  });
});
