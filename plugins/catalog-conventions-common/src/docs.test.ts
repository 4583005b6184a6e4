import fs from 'fs';
import path from 'path';
import * as conventions from '.';

const doc = fs.readFileSync(
  path.resolve(__dirname, '../../../docs/catalog-conventions.md'),
  'utf8',
);

function exportedValues(prefix: RegExp): string[] {
  return Object.entries(conventions)
    .filter(([name, value]) => prefix.test(name) && typeof value === 'string')
    .map(([, value]) => value as string);
}

const annotations = exportedValues(/^ANNOTATION_/);
const linkTypes = exportedValues(/^LINK_TYPE_/);
const relations = exportedValues(/^RELATION_/);

describe('docs/catalog-conventions.md', () => {
  it.each(annotations)('describes the annotation %s', annotation => {
    expect(doc).toContain(`\`${annotation}\``);
  });

  it('describes the threshold annotations', () => {
    expect(doc).toContain(`\`${conventions.THRESHOLD_ANNOTATION_PREFIX}*\``);
  });

  it.each(linkTypes)('describes the link type %s', type => {
    expect(doc).toMatch(new RegExp(`^\\| \`${type}\` +\\|`, 'm'));
  });

  it.each(relations)('describes the relation %s', relation => {
    expect(doc).toContain(`\`${relation}\``);
  });

  it('names only stagecraft.io annotations the package exports', () => {
    const named = [...doc.matchAll(/stagecraft\.io\/[a-z0-9*-]+/g)].map(
      ([match]) => match,
    );
    expect(named.length).toBeGreaterThan(0);
    const unknown = named.filter(
      name =>
        !annotations.includes(name) &&
        !name.startsWith(conventions.THRESHOLD_ANNOTATION_PREFIX),
    );
    expect(unknown).toEqual([]);
  });
});
