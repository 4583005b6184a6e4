import { refsOf } from './refsOf';

const entity = (kind: string, name: string, namespace?: string) => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind,
  metadata: { name, namespace },
});

describe('refsOf', () => {
  it('lower-cases refs and fills in the default namespace', () => {
    expect(refsOf([entity('Component', 'Orders-Web')])).toEqual(
      new Set(['component:default/orders-web']),
    );
    expect(
      refsOf([
        entity('Resource', 'Card-Key', 'Payments'),
        entity('Group', 'a'),
      ]),
    ).toEqual(new Set(['resource:payments/card-key', 'group:default/a']));
  });
});
