import { buildReadinessCatalogView } from '../catalog/catalogView';
import { appliesTo, describeFilters } from './appliesTo';
import { component, lambda, resource } from '../__testUtils__/entities';

const stream = resource('s', 'kinesis-stream');
const catalog = buildReadinessCatalogView([stream]);
const reader = lambda('r', {
  tags: ['Python'],
  annotations: { 'stagecraft.io/reads-from': 'resource:s, resource:missing' },
});

describe('appliesTo', () => {
  it('ANDs fields, ORs values and ignores case', () => {
    expect(
      appliesTo(
        reader,
        [{ kind: ['component'], lifecycle: ['PRODUCTION', 'experimental'] }],
        catalog,
      ),
    ).toBe(true);
    expect(
      appliesTo(reader, [{ kind: ['Component'], type: ['service'] }], catalog),
    ).toBe(false);
  });

  it('ORs filters and matches nothing with an empty list', () => {
    expect(
      appliesTo(
        reader,
        [{ kind: ['Resource'] }, { type: ['lambda-function'] }],
        catalog,
      ),
    ).toBe(true);
    expect(appliesTo(reader, [], catalog)).toBe(false);
    expect(appliesTo(reader, [{}], catalog)).toBe(true);
  });

  it('filters on tags and excluded tags', () => {
    expect(appliesTo(reader, [{ tags: ['python', 'go'] }], catalog)).toBe(true);
    expect(appliesTo(reader, [{ tags: ['go'] }], catalog)).toBe(false);
    expect(appliesTo(reader, [{ excludeTags: ['python'] }], catalog)).toBe(
      false,
    );
  });

  it('follows stagecraft.io/reads-from to the target type, ignoring unknown targets', () => {
    expect(
      appliesTo(reader, [{ readsFromType: ['kinesis-stream'] }], catalog),
    ).toBe(true);
    expect(appliesTo(reader, [{ readsFromType: ['sqs-queue'] }], catalog)).toBe(
      false,
    );
    expect(
      appliesTo(
        component('c'),
        [{ readsFromType: ['kinesis-stream'] }],
        catalog,
      ),
    ).toBe(false);
  });

  it('describes filters for people', () => {
    expect(
      describeFilters([
        { kind: ['Component'], lifecycle: ['production'] },
        { kind: ['Resource'], type: ['sqs-queue'], excludeTags: ['dlq'] },
      ]),
    ).toBe('production Component; sqs-queue Resource not tagged dlq');
  });
});
