import { Entity } from '@backstage/catalog-model';
import { annotationOf } from './annotationOf';

const entity = (annotations: Record<string, string>): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'x', annotations },
});

describe('annotationOf', () => {
  it('trims the value and treats blank as missing', () => {
    expect(annotationOf(entity({ a: ' b ' }), 'a')).toBe('b');
    expect(annotationOf(entity({ a: '  ' }), 'a')).toBeUndefined();
    expect(annotationOf(entity({}), 'a')).toBeUndefined();
    expect(annotationOf(undefined, 'a')).toBeUndefined();
  });
});
