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
    ['Resource', 'cloudwatch-alarm', false],
    ['Resource', undefined, false],
    ['Component', 'lambda-function', true],
    ['component', 'service', true],
    ['Component', 'library', false],
    ['System', undefined, false],
  ])('%s of type %s: %s', (kind, type, expected) => {
    expect(isBlastRadiusAvailable(entity(kind, type))).toBe(expected);
  });
});
