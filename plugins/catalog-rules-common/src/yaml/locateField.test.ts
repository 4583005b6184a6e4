import { parseCatalogYaml } from './parseCatalogYaml';
import { locateField } from './locateField';

const TEXT = [
  'apiVersion: backstage.io/v1alpha1', // 1
  'kind: Component', // 2
  'metadata:', // 3
  '  name: svc', // 4
  '  annotations:', // 5
  '    example.com/token: "abc"', // 6
  '    "weird \\"key\\"": value', // 7
  '    1: numeric key', // 8
  '  links:', // 9
  '    - url: https://a.example', // 10
  '      title: A', // 11
  '    - url: https://b.example', // 12
  'spec:', // 13
  '  dependsOn: [resource:a, resource:b]', // 14
].join('\n');

function locate(path: string | (string | number)[], text = TEXT) {
  const { documents, lineCounter } = parseCatalogYaml(text);
  const doc = documents.find(d => d.document)!.document!;
  return locateField(doc, lineCounter, path);
}

describe('locateField', () => {
  it('points at a scalar value, spanning it', () => {
    expect(locate('metadata.name')).toEqual({
      line: 4,
      column: 9,
      endLine: 4,
      endColumn: 12,
      exact: true,
    });
  });

  it.each<[string, string | (string | number)[], object]>([
    [
      'a bracket-quoted key, as findSecretValues writes it',
      'metadata.annotations["example.com/token"]',
      { line: 6, column: 24, exact: true },
    ],
    [
      'a bracket-quoted key with quotes in it',
      'metadata.annotations["weird \\"key\\""]',
      { line: 7, column: 22, exact: true },
    ],
    ['a numeric key', 'metadata.annotations.1', { line: 8, exact: true }],
    [
      'an item of a block sequence',
      'metadata.links[1].url',
      { line: 12, column: 12 },
    ],
    [
      'an item of a flow sequence',
      'spec.dependsOn[1]',
      { line: 14, column: 27 },
    ],
    [
      'the key of a collection',
      'metadata.links',
      { line: 9, column: 3, endLine: 9, endColumn: 8, exact: true },
    ],
    [
      'a list item that is a mapping, without spanning it',
      'metadata.links[0]',
      { line: 10, column: 7, endLine: 10, endColumn: 7 },
    ],
    [
      'the deepest existing field of a missing one, marked inexact',
      'spec.owner',
      { line: 13, column: 1, exact: false },
    ],
    [
      'the list of a missing item, marked inexact',
      'metadata.links[5].url',
      { line: 9, exact: false },
    ],
    [
      'the document start when no field of the path exists, marked inexact',
      'nothing.here',
      { line: 1, column: 1, exact: false },
    ],
    [
      'a field named by a segment list',
      ['metadata', 'annotations', 'example.com/token'],
      { line: 6, exact: true },
    ],
  ])('points at %s', (_what, path, position) => {
    expect(locate(path)).toMatchObject(position);
  });

  it('points at the document start for the empty path', () => {
    const text = `---\n${TEXT}`;
    expect(locate('', text)).toMatchObject({ line: 2, column: 1, endLine: 2 });
  });

  it('counts lines in files with CRLF line endings', () => {
    expect(
      locate('spec.dependsOn[0]', TEXT.replace(/\n/g, '\r\n')),
    ).toMatchObject({
      line: 14,
      column: 15,
    });
  });

  it('locates fields in the second document of a file', () => {
    const text = `${TEXT}\n---\nkind: API\nmetadata:\n  name: other\n`;
    const { documents, lineCounter } = parseCatalogYaml(text);
    expect(
      locateField(documents[1].document!, lineCounter, 'metadata.name'),
    ).toMatchObject({ line: 18, column: 9 });
  });
});
