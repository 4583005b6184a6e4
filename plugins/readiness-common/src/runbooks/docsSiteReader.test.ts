import { markdownOfSites, SiteReader } from './docsSiteReader';

/** A site held in memory: its files by path inside the site; records what was read. */
function siteOf(files: Record<string, string>) {
  const reads: string[] = [];
  const read: SiteReader = async relativePath => {
    reads.push(relativePath);
    return files[relativePath];
  };
  return { read, reads };
}

describe('markdownOfSites', () => {
  it('reads Markdown from the docs folder mkdocs.yml names', async () => {
    const site = siteOf({
      'mkdocs.yml': 'site_name: Orders\ndocs_dir: handbook/\n',
      'handbook/runbooks/orders.md': '# Orders runbook',
    });
    const read = markdownOfSites(async () => site.read);

    expect(await read('system:default/orders', 'runbooks/orders.md')).toBe(
      '# Orders runbook',
    );
    expect(await read('system:default/orders', 'runbooks/missing.md')).toBe(
      undefined,
    );
    expect(site.reads).toEqual([
      'mkdocs.yml',
      'handbook/runbooks/orders.md',
      'handbook/runbooks/missing.md',
    ]);
  });

  it('falls back to mkdocs.yaml, then to the docs folder MkDocs uses by default', async () => {
    const yaml = siteOf({
      'mkdocs.yaml': "docs_dir: 'pages'",
      'pages/index.md': 'from pages',
    });
    const bare = siteOf({ 'docs/index.md': 'from docs' });
    const read = markdownOfSites(async entityRef =>
      entityRef === 'system:default/yaml' ? yaml.read : bare.read,
    );

    expect(await read('system:default/yaml', 'index.md')).toBe('from pages');
    expect(await read('system:default/bare', 'index.md')).toBe('from docs');
    expect(bare.reads).toEqual(['mkdocs.yml', 'mkdocs.yaml', 'docs/index.md']);
  });

  it('opens each entity’s site once, and keeps saying why one cannot be', async () => {
    const site = siteOf({ 'docs/a.md': 'a', 'docs/b.md': 'b' });
    const opened: string[] = [];
    const read = markdownOfSites(async entityRef => {
      opened.push(entityRef);
      if (entityRef === 'system:default/elsewhere') {
        throw new Error(`${entityRef} has no docs site beside its YAML`);
      }
      return site.read;
    });

    expect(await read('system:default/orders', 'a.md')).toBe('a');
    expect(await read('system:default/orders', 'b.md')).toBe('b');
    await expect(read('system:default/elsewhere', 'a.md')).rejects.toThrow(
      'has no docs site',
    );
    await expect(read('system:default/elsewhere', 'b.md')).rejects.toThrow(
      'has no docs site',
    );
    expect(opened).toEqual([
      'system:default/orders',
      'system:default/elsewhere',
    ]);
  });
});
