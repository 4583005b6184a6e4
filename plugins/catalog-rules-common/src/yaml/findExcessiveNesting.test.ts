import fs from 'fs';
import path from 'path';
import {
  findExcessiveNesting,
  MAX_NESTING_DEPTH,
} from './findExcessiveNesting';

const deepBlockMap = (levels: number) =>
  Array.from({ length: levels }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n');

describe('findExcessiveNesting', () => {
  it('accepts ordinary catalog YAML', () => {
    const text = [
      'apiVersion: backstage.io/v1alpha1',
      'kind: Component',
      'metadata:',
      '  name: a # [[[[ not a bracket',
      '  tags: [a, b, "[[[["]',
      '  description: "[[[[[ in quotes"',
      "  title: '{{{{ it''s quoted }'",
      'spec:',
      '  definition: |',
      `    ${'['.repeat(500)}`,
      '  owner: team-a',
    ].join('\n');
    expect(findExcessiveNesting(text)).toBeUndefined();
  });

  it('finds flow collections nested past the limit, at the bracket', () => {
    const text = `a: ${'['.repeat(MAX_NESTING_DEPTH + 50)}`;
    const offset = findExcessiveNesting(text);
    expect(offset).toBeDefined();
    expect(text[offset!]).toBe('[');
    expect(
      findExcessiveNesting(`a: ${'['.repeat(50)}${']'.repeat(50)}`),
    ).toBeUndefined();
  });

  it('finds deep flow mappings and compact sequences', () => {
    expect(findExcessiveNesting(`a: ${'{a: '.repeat(300)}`)).toBeDefined();
    expect(findExcessiveNesting('- '.repeat(300))).toBeDefined();
    expect(findExcessiveNesting(`a: ${'- '.repeat(300)}`)).toBeDefined();
    expect(findExcessiveNesting(`a: ${'- '.repeat(30)}`)).toBeUndefined();
  });

  it('finds deeply indented block mappings', () => {
    expect(
      findExcessiveNesting(deepBlockMap(MAX_NESTING_DEPTH + 10)),
    ).toBeDefined();
    expect(
      findExcessiveNesting(deepBlockMap(MAX_NESTING_DEPTH - 10)),
    ).toBeUndefined();
  });

  it('counts only brackets that open a value in block context', () => {
    expect(findExcessiveNesting(`a: x${'['.repeat(500)}`)).toBeUndefined();
    expect(findExcessiveNesting(`a: ${'x['.repeat(500)}`)).toBeUndefined();
  });

  it('skips anchors and tags before a flow collection', () => {
    expect(
      findExcessiveNesting(`a: &x !!seq ${'['.repeat(300)}`),
    ).toBeDefined();
  });

  it('flags nothing in the real-world corpus and the example catalog', () => {
    const roots = [
      path.resolve(__dirname, '../../../../../shared/corpus/real-catalog'),
      path.resolve(__dirname, '../../../../catalog-info'),
    ];
    const files = roots.flatMap(root =>
      fs
        .readdirSync(root, { recursive: true, encoding: 'utf8' })
        .filter(file => /\.ya?ml$/.test(file))
        .map(file => path.join(root, file)),
    );
    expect(files.length).toBeGreaterThan(150);
    const flagged = files.filter(
      file => findExcessiveNesting(fs.readFileSync(file, 'utf8')) !== undefined,
    );
    expect(flagged).toEqual([]);
  });
});
