import fs from 'fs';
import os from 'os';
import path from 'path';
import {
  EXAMPLE_CATALOG_DIR,
  exampleCatalogByRef,
  loadExampleCatalog,
} from './exampleCatalog';

describe('loadExampleCatalog', () => {
  let tmp: string;
  beforeEach(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'example-catalog-'));
  });
  afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it("loads the repository's catalog-info/ without its Locations, namespaces set", () => {
    const entities = loadExampleCatalog();
    expect(entities.length).toBeGreaterThan(100);
    expect(entities.some(e => e.kind === 'Location')).toBe(false);
    expect(entities.every(e => e.metadata.namespace)).toBe(true);
    expect(EXAMPLE_CATALOG_DIR.endsWith('catalog-info')).toBe(true);
  });

  it('throws naming the folder when it is missing', () => {
    const missing = path.join(tmp, 'catalog-info');
    expect(() => loadExampleCatalog(missing)).toThrow(
      `The example catalog folder ${missing} does not exist`,
    );
  });

  it('throws naming the folder when it holds no entity', () => {
    fs.writeFileSync(path.join(tmp, 'empty.yaml'), '');
    fs.writeFileSync(
      path.join(tmp, 'all.yaml'),
      'apiVersion: backstage.io/v1alpha1\nkind: Location\nmetadata:\n  name: all\nspec:\n  targets: [./empty.yaml]\n',
    );
    expect(() => loadExampleCatalog(tmp)).toThrow(
      `The example catalog folder ${tmp} holds no entities`,
    );
  });

  it('reads nested folders and every document of a file', () => {
    fs.mkdirSync(path.join(tmp, 'team'));
    fs.writeFileSync(
      path.join(tmp, 'team', 'two.yml'),
      [
        'apiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata:\n  name: team-a\n',
        'apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: web\n  namespace: shop\n',
      ].join('---\n'),
    );
    expect([...exampleCatalogByRef(tmp).keys()]).toEqual([
      'group:default/team-a',
      'component:shop/web',
    ]);
  });
});
