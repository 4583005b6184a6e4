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

  it('skips non-string leaves and null', () => {
    expect(
      walkStrings({ a: 1, b: true, c: null, d: undefined, e: [2, null] }),
    ).toEqual([]);
    expect(walkStrings(null)).toEqual([]);
    expect(walkStrings(42)).toEqual([]);
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
