import { Entity } from '@backstage/catalog-model';
import { parseRef } from './parseRef';

const context: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'x', namespace: 'payments' },
};

describe('parseRef', () => {
  it("defaults to the context entity's namespace and the given kind", () => {
    expect(parseRef('vault', context, 'resource')).toEqual({
      raw: 'vault',
      ref: { kind: 'resource', namespace: 'payments', name: 'vault' },
    });
    expect(parseRef('group:default/team', context).ref).toEqual({
      kind: 'group',
      namespace: 'default',
      name: 'team',
    });
  });

  it('keeps what was written when it is not a ref', () => {
    expect(parseRef('vault', context)).toEqual({ raw: 'vault' });
  });
});
