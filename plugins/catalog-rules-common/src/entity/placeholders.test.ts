import { resolvePlaceholders } from './placeholders';

describe('resolvePlaceholders', () => {
  it('substitutes placeholders and names their fields', () => {
    const { data, placeholders, problems } = resolvePlaceholders({
      metadata: { name: 'x' },
      spec: {
        definition: { $text: './api.yaml' },
        items: [{ a: { $json: 'https://example.com/a.json' } }],
        bad: { $yaml: 3 },
      },
    });
    expect(data).toEqual({
      metadata: { name: 'x' },
      spec: {
        definition: '(contents of ./api.yaml)',
        items: [{ a: {} }],
        bad: { $yaml: 3 },
      },
    });
    expect(placeholders).toEqual([
      { field: 'spec.definition', resolver: 'text', target: './api.yaml' },
      {
        field: 'spec.items[0].a',
        resolver: 'json',
        target: 'https://example.com/a.json',
      },
    ]);
    expect(problems).toEqual([
      expect.objectContaining({
        ruleId: 'catalog/placeholder',
        field: 'spec.bad["$yaml"]',
      }),
    ]);
  });

  it('copies a "__proto__" key as an own property, keys in their order', () => {
    const input = JSON.parse(
      '{"metadata":{"b":1,"__proto__":{"polluted":true},"a":2}}',
    );
    const { data } = resolvePlaceholders(input);
    const metadata = data.metadata as Record<string, unknown>;
    expect(Object.keys(metadata)).toEqual(['b', '__proto__', 'a']);
    expect(Object.getPrototypeOf(metadata)).toBe(Object.prototype);
    expect((metadata as { polluted?: boolean }).polluted).toBeUndefined();
    expect(JSON.stringify(data)).toBe(JSON.stringify(input));
    expect(data.metadata).not.toBe(input.metadata);
  });
});
