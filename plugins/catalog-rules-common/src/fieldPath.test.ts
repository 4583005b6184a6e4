import { formatFieldPath, parseFieldPath } from './fieldPath';

describe('formatFieldPath / parseFieldPath', () => {
  it.each([
    [['metadata', 'name'], 'metadata.name'],
    [
      ['metadata', 'annotations', 'example.com/token'],
      'metadata.annotations["example.com/token"]',
    ],
    [['metadata', 'links', 0, 'url'], 'metadata.links[0].url'],
    [['spec', 'dependsOn', 12], 'spec.dependsOn[12]'],
    [['spec', '0'], 'spec.0'],
    [['a b', 'c'], '["a b"].c'],
    [['x', 'say "hi" \\ [0]'], 'x["say \\"hi\\" \\\\ [0]"]'],
    [['x', ''], 'x[""]'],
    [['ünïcode', '日本'], '["ünïcode"]["日本"]'],
  ])('writes %j as %s and reads it back', (segments, text) => {
    expect(formatFieldPath(segments)).toBe(text);
    expect(parseFieldPath(text)).toEqual(segments);
  });

  it('reads the empty path as the root', () => {
    expect(parseFieldPath('')).toEqual([]);
  });

  it.each(['.a', 'a..b', 'a[', 'a[x]', 'a["x"', 'a["x"]b', 'a-b'])(
    'refuses %s',
    text => {
      expect(parseFieldPath(text)).toBeUndefined();
    },
  );
});
