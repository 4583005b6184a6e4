import { docsDirOf, techDocsDirOf } from './docsSite';

const system = (ref?: string) => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'System',
  metadata: {
    name: 'platform',
    ...(ref ? { annotations: { 'backstage.io/techdocs-ref': ref } } : {}),
  },
});

describe('techDocsDirOf', () => {
  it('reads the folder of a dir: ref', () => {
    expect(techDocsDirOf(system('dir:.'))).toBe('.');
    expect(techDocsDirOf(system(' dir:../docs-site '))).toBe('../docs-site');
  });

  it('is undefined without a ref or for url: refs', () => {
    expect(techDocsDirOf(system())).toBeUndefined();
    expect(
      techDocsDirOf(system('url:https://github.com/acme/x/tree/main')),
    ).toBeUndefined();
  });
});

describe('docsDirOf', () => {
  it("reads docs_dir from mkdocs.yml, MkDocs' default otherwise", () => {
    expect(docsDirOf('site_name: x\ndocs_dir: "runbooks"\n')).toBe('runbooks');
    expect(docsDirOf('site_name: x\n')).toBe('docs');
    expect(docsDirOf(undefined)).toBe('docs');
  });
});
