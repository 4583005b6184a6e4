import { writeCatalogFiles } from '@internal/stagecraft-test-utils';
import fs from 'node:fs';
import path from 'node:path';
import { collectFiles, displayPath, MissingPathError } from './collectFiles';

describe('collectFiles', () => {
  const { dir, remove } = writeCatalogFiles({
    'a.yaml': '',
    'sub/b.yml': '',
    'sub/C.YAML': '',
    'sub/readme.md': '',
    'sub/mkdocs.yml': '',
    'node_modules/x/catalog-info.yaml': '',
    '.git/config.yaml': '',
    'other.txt': '',
  });
  fs.symlinkSync(dir, path.join(dir, 'sub', 'loop'));
  afterAll(remove);

  it('finds YAML files below folders, skipping node_modules, .git, mkdocs.yml and symlinks', () => {
    expect(collectFiles([dir], dir).map(f => displayPath(f, dir))).toEqual([
      'a.yaml',
      'sub/C.YAML',
      'sub/b.yml',
    ]);
  });

  it('lints a file named explicitly whatever its name, once', () => {
    expect(
      collectFiles(['other.txt', 'a.yaml', dir], dir).map(f =>
        displayPath(f, dir),
      ),
    ).toEqual(['a.yaml', 'other.txt', 'sub/C.YAML', 'sub/b.yml']);
  });

  it('refuses a path that does not exist', () => {
    expect(() => collectFiles(['nope'], dir)).toThrow(MissingPathError);
    expect(() => collectFiles(['nope'], dir)).toThrow(
      'No such file or folder: nope',
    );
  });

  it('shows paths outside the working folder as absolute', () => {
    expect(displayPath('/elsewhere/x.yaml', dir)).toBe('/elsewhere/x.yaml');
  });
});
