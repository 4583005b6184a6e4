import { parseEntityYaml } from '@backstage/plugin-catalog-node';
// eslint-disable-next-line @backstage/no-mixed-plugin-imports -- a test fixture from the shared harness
import { aliasBomb } from '@internal/stagecraft-test-utils';
import { parseCatalogYaml } from './parseCatalogYaml';
import { positionOf } from './locateField';

const entity = (name: string) =>
  `apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: ${name}\nspec:\n  type: service\n  lifecycle: production\n  owner: team-a\n`;

/** What the catalog's own parser makes of each document: entity, error, or a throw. */
function catalogOutcomes(text: string): string[] {
  const outcomes: string[] = [];
  try {
    for (const result of parseEntityYaml(text, { type: 'file', target: 'x' })) {
      outcomes.push(result.type === 'entity' ? 'entity' : 'error');
    }
  } catch {
    outcomes.push('error');
  }
  return outcomes;
}

function ourOutcomes(text: string): string[] {
  return parseCatalogYaml(text)
    .documents.filter(doc => !doc.empty)
    .map(doc => (doc.data ? 'entity' : 'error'));
}

const CASES: Record<string, string> = {
  'one entity': entity('a'),
  'two documents': `${entity('a')}---\n${entity('b')}`,
  'leading and trailing markers': `---\n${entity('a')}---\n`,
  'empty documents between entities': `${entity(
    'a',
  )}---\n---\n# only a comment\n---\n${entity('b')}`,
  'empty file': '',
  'only comments': '# nothing here\n',
  'duplicate key': `${entity('a')}kind: API\n`,
  'duplicate nested key': 'metadata:\n  name: a\n  tags: [x]\n  name: b\n',
  'duplicate key in a flow mapping': 'metadata: {name: a, name: b}\n',
  'duplicate key after a syntax error': 'a: [1\nb: 1\nb: 2\n',
  'duplicate key before a syntax error': 'b: 1\nb: 2\nc: [1\n',
  'same value, different types': '1: a\n"1": b\ntrue: c\n"true": d\n',
  'null keys': ': a\n: b\n',
  'two entities without ---': `${entity('a')}${entity('b')}`,
  'syntax error then a good document': `a: [1, 2\n---\n${entity('b')}`,
  'tab indentation': 'a:\n\tb: c\n',
  'scalar root': 'just a string\n',
  'list root': '- a\n- b\n',
  'number root': '42\n',
  'merge key is a plain key': `${entity('a')}<<: {x: 1}\n`,
  'undefined alias': `${entity('a')}extra: *nowhere\n`,
  'alias bomb': aliasBomb(),
  'byte order mark': `\uFEFF${entity('a')}`,
  'template tags': 'metadata:\n  name: ${{ values.name }}\n',
  'directive-like value': 'metadata:\n  name: %{{ values.name }}\n',
  'crlf line endings': entity('a').replace(/\n/g, '\r\n'),
};

describe('parseCatalogYaml', () => {
  it.each(Object.entries(CASES))(
    'accepts and rejects documents like the catalog does: %s',
    (_, text) => {
      expect(ourOutcomes(text)).toEqual(catalogOutcomes(text));
    },
  );

  it('reports a duplicate key at the key, with a hint for missing ---', () => {
    const text = `${entity('a')}${entity('b')}`;
    const { documents, lineCounter } = parseCatalogYaml(text);
    expect(documents).toHaveLength(1);
    const problem = documents[0].problem!;
    expect(problem.ruleId).toBe('yaml/duplicate-key');
    expect(problem.message).toBe(
      'Duplicate key "apiVersion"; the catalog rejects a document with repeated keys. Two entities without a "---" line between them?',
    );
    expect(positionOf(lineCounter, problem.offset)).toMatchObject({
      line: 9,
      column: 1,
    });
  });

  it('gives no --- hint for a nested duplicate key', () => {
    const text = 'metadata:\n  name: a\n  name: b\n';
    const problem = parseCatalogYaml(text).documents[0].problem!;
    expect(problem.message).toBe(
      'Duplicate key "name"; the catalog rejects a document with repeated keys.',
    );
  });

  it("reads a mapping with 50,000 keys (yaml's own duplicate check is quadratic)", () => {
    const text = Array.from({ length: 50_000 }, (_, i) => `key${i}: ${i}`).join(
      '\n',
    );
    const [doc] = parseCatalogYaml(text).documents;
    expect(doc.problem).toBeUndefined();
    expect(Object.keys(doc.data!)).toHaveLength(50_000);
  }, 30_000);

  it('places syntax errors on their line and column', () => {
    const text = 'apiVersion: v1\nmetadata:\n  name: %oops\n';
    const { documents, lineCounter } = parseCatalogYaml(text);
    const problem = documents[0].problem!;
    expect(problem.ruleId).toBe('yaml/syntax');
    expect(problem.message).toMatch(
      /^YAML syntax error: Plain value cannot start with directive indicator character %$/,
    );
    expect(positionOf(lineCounter, problem.offset)).toMatchObject({
      line: 3,
      column: 9,
    });
  });

  it('refuses an alias bomb without expanding it', () => {
    const [doc] = parseCatalogYaml(aliasBomb()).documents;
    expect(doc.problem?.ruleId).toBe('yaml/alias-limit');
    expect(doc.data).toBeUndefined();
  });

  it('refuses nesting past the limit before parsing, at the offending line', () => {
    const text = `apiVersion: v1\nspec:\n  x: ${'['.repeat(100_000)}`;
    const { documents, lineCounter } = parseCatalogYaml(text);
    expect(documents).toHaveLength(1);
    expect(documents[0].problem?.ruleId).toBe('yaml/too-deep');
    expect(positionOf(lineCounter, documents[0].problem!.offset).line).toBe(3);
  });

  it('refuses deep nesting (deliberately stricter than the catalog, which reads 200-800 levels)', () => {
    const text = `a: ${'['.repeat(300)}${']'.repeat(300)}`;
    expect(catalogOutcomes(text)).toEqual(['entity']);
    expect(ourOutcomes(text)).toEqual(['error']);
  });

  it('names what a non-mapping root is', () => {
    const [list] = parseCatalogYaml('- a\n').documents;
    expect(list.problem).toMatchObject({
      ruleId: 'yaml/not-an-object',
      message:
        'Expected an entity (a mapping) at the root of the document, got a list.',
    });
    const [text] = parseCatalogYaml('hello\n').documents;
    expect(text.problem?.message).toMatch(/got a string\.$/);
  });

  it('keeps empty documents, marked empty, so indexes match the file', () => {
    const { documents } = parseCatalogYaml(`---\n---\n${entity('a')}`);
    expect(documents.map(doc => doc.empty)).toEqual([true, false]);
    expect(documents[1].index).toBe(1);
    expect(documents[1].data).toMatchObject({ metadata: { name: 'a' } });
  });
});
