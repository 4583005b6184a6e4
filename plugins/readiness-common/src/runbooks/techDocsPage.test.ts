import { markdownSourcesOf, techDocsPageOf } from './techDocsPage';

describe('techDocsPageOf', () => {
  it('reads the docs entity and the page, without slashes, query or anchor', () => {
    expect(
      techDocsPageOf('/docs/default/System/Platform/vault/#sealed-or-down'),
    ).toEqual({ entityRef: 'system:default/platform', page: 'vault' });
    expect(techDocsPageOf('/docs/default/system/platform/')).toEqual({
      entityRef: 'system:default/platform',
      page: '',
    });
    expect(
      techDocsPageOf('/docs/default/system/platform/stores/vault?x=1'),
    ).toEqual({ entityRef: 'system:default/platform', page: 'stores/vault' });
  });

  it('is undefined for paths that are not docs pages', () => {
    expect(techDocsPageOf('/catalog/default/system/platform')).toBeUndefined();
    expect(techDocsPageOf('/docs/default/system')).toBeUndefined();
    expect(techDocsPageOf('/docs/%E0%A4%A/system/x/')).toBeUndefined();
  });
});

describe('markdownSourcesOf', () => {
  it('lists the files MkDocs builds a page from, preferred first', () => {
    expect(markdownSourcesOf('')).toEqual(['index.md', 'README.md']);
    expect(markdownSourcesOf('stores/vault')).toEqual([
      'stores/vault.md',
      'stores/vault/index.md',
      'stores/vault/README.md',
    ]);
  });
});
