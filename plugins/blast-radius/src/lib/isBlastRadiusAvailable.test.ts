import { Entity } from '@backstage/catalog-model';
import { isBlastRadiusAvailable } from './isBlastRadiusAvailable';

const entity = (kind: string, type?: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind,
  metadata: { name: 'x' },
  spec: type ? { type } : {},
});

describe('isBlastRadiusAvailable', () => {
  it.each([
    ['Resource', 'secret', true],
    ['Resource', 'secret-store', true],
    ['Resource', 'Kinesis-Stream', true],
    ['Resource', 'sqs-queue', true],
    ['Resource', 'cloudwatch-alarm', true],
    ['Resource', undefined, true],
    ['Component', 'lambda-function', true],
    ['component', 'library', true],
    ['API', 'openapi', true],
    ['System', undefined, true],
    ['Group', 'team', false],
    ['User', undefined, false],
    ['Domain', undefined, false],
    ['Location', undefined, false],
  ])('%s of type %s: %s', (kind, type, expected) => {
    expect(isBlastRadiusAvailable(entity(kind, type))).toBe(expected);
  });
});
