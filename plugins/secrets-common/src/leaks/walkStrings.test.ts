import { walkStrings } from './walkStrings';

describe('walkStrings', () => {
  it('lists strings in document order with paths and nearest keys', () => {
    const found = walkStrings({
      metadata: {
        name: 'n',
        annotations: { 'example.com/token': 't' },
        tags: ['a', 'b'],
        links: [{ url: 'u', title: 'x' }],
      },
      spec: { deep: [[{ v: 'w' }]] },
    });
    expect(found).toEqual([
      { path: 'metadata.name', key: 'name', value: 'n' },
      {
        path: 'metadata.annotations',
        value: 'example.com/token',
        isPropertyName: true,
      },
      {
        path: 'metadata.annotations["example.com/token"]',
        key: 'example.com/token',
        value: 't',
      },
      { path: 'metadata.tags[0]', key: 'tags', value: 'a' },
      { path: 'metadata.tags[1]', key: 'tags', value: 'b' },
      { path: 'metadata.links[0].url', key: 'url', value: 'u' },
      { path: 'metadata.links[0].title', key: 'title', value: 'x' },
      { path: 'spec.deep[0][0].v', key: 'v', value: 'w' },
    ]);
  });

  it('lists numbers as text and skips booleans and null', () => {
    expect(
      walkStrings({ a: 1, b: true, c: null, d: undefined, e: [2.5, null] }),
    ).toEqual([
      { path: 'a', key: 'a', value: '1' },
      { path: 'e[0]', key: 'e', value: '2.5' },
    ]);
    expect(walkStrings(null)).toEqual([]);
    expect(walkStrings(true)).toEqual([]);
  });

  it('lists property names other than plain words, at the object holding them', () => {
    expect(
      walkStrings({ labels: { 'team-01': 'x', owner: 'y' } }).filter(
        found => found.isPropertyName,
      ),
    ).toEqual([{ path: 'labels', value: 'team-01', isPropertyName: true }]);
  });

  it('redacts property names the caller says are secret from paths below them', () => {
    expect(
      walkStrings(
        { a: { 'bad-name': { deep: 'v' } } },
        { isSecretPropertyName: name => name === 'bad-name' },
      ).filter(found => !found.isPropertyName),
    ).toEqual([
      { path: 'a["<redacted property name>"].deep', key: 'deep', value: 'v' },
    ]);
  });

  it('uses the sibling name or key of a value in name/value pairs', () => {
    expect(
      walkStrings({
        env: [
          { name: 'DB_PASSWORD', value: 'v1' },
          { key: 'API_TOKEN', value: 'v2' },
        ],
      }).filter(found => found.path.endsWith('value')),
    ).toEqual([
      { path: 'env[0].value', key: 'DB_PASSWORD', value: 'v1' },
      { path: 'env[1].value', key: 'API_TOKEN', value: 'v2' },
    ]);
  });

  it('survives cycles', () => {
    const a: Record<string, unknown> = { s: 'x' };
    a.self = a;
    expect(walkStrings(a)).toEqual([{ path: 's', key: 's', value: 'x' }]);
  });

  it('handles very deep nesting without recursion limits', () => {
    let node: Record<string, unknown> = { leaf: 'bottom' };
    for (let i = 0; i < 5000; i++) {
      node = { n: node };
    }
    const found = walkStrings(node);
    expect(found).toHaveLength(1);
    expect(found[0].value).toBe('bottom');
  });
});
