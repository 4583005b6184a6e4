import { Entity } from '@backstage/catalog-model';
import { oncallContactOf } from './oncallContactOf';

const group = (annotations: Record<string, string>, namespace?: string) =>
  ({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: 'team', namespace, annotations },
    spec: { type: 'team', children: [] },
  } as Entity);

describe('oncallContactOf', () => {
  it("reads a User ref in the Group's namespace by default", () => {
    expect(
      oncallContactOf(
        group({ 'stagecraft.io/oncall-contact': ' maria.lopez ' }, 'payments'),
      ),
    ).toEqual({
      raw: 'maria.lopez',
      ref: { kind: 'user', namespace: 'payments', name: 'maria.lopez' },
    });
    expect(
      oncallContactOf(
        group({ 'stagecraft.io/oncall-contact': 'user:default/maria.lopez' }),
      )?.ref,
    ).toEqual({ kind: 'user', namespace: 'default', name: 'maria.lopez' });
  });

  it('keeps what was written when it is not a ref', () => {
    expect(
      oncallContactOf(group({ 'stagecraft.io/oncall-contact': 'user:' })),
    ).toEqual({ raw: 'user:' });
  });

  it('is undefined when the Group names no contact', () => {
    expect(oncallContactOf(group({}))).toBeUndefined();
    expect(
      oncallContactOf(group({ 'stagecraft.io/oncall-contact': '  ' })),
    ).toBeUndefined();
  });
});
