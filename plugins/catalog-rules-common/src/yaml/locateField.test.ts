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

  it('finds bracket-quoted keys as findSecretValues writes them', () => {
    expect(locate('metadata.annotations["example.com/token"]')).toMatchObject({
      line: 6,
      column: 24,
      exact: true,
    });
    expect(locate('metadata.annotations["weird \\"key\\""]')).toMatchObject({
      line: 7,
      column: 22,
      exact: true,
    });
    expect(locate('metadata.annotations.1')).toMatchObject({
      line: 8,
      exact: true,
    });
  });

  it('finds array items, in block and flow sequences', () => {
    expect(locate('metadata.links[1].url')).toMatchObject({
      line: 12,
      column: 12,
    });
    expect(locate('spec.dependsOn[1]')).toMatchObject({ line: 14, column: 27 });
  });

  it('points at the key of a collection', () => {
    expect(locate('metadata.links')).toMatchObject({
      line: 9,
      column: 3,
      endLine: 9,
      endColumn: 8,
      exact: true,
    });
  });

  it('points at a list item that is a mapping, without spanning it', () => {
    expect(locate('metadata.links[0]')).toMatchObject({
      line: 10,
      column: 7,
      endLine: 10,
      endColumn: 7,
    });
  });

  it('falls back to the deepest existing field, marked inexact', () => {
    expect(locate('spec.owner')).toMatchObject({
      line: 13,
      column: 1,
      exact: false,
    });
    expect(locate('metadata.links[5].url')).toMatchObject({
      line: 9,
      exact: false,
    });
    expect(locate('nothing.here')).toMatchObject({
      line: 1,
      column: 1,
      exact: false,
    });
  });

  it('takes a segment list as well', () => {
    expect(
      locate(['metadata', 'annotations', 'example.com/token']),
    ).toMatchObject({
      line: 6,
      exact: true,
    });
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
