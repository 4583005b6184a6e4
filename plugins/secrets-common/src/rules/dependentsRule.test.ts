import { dependentsRule } from './dependentsRule';
import { runRule } from './__testUtils__/check';
import { component, secret, store, system } from './__testUtils__/entities';

const orphan = (namespace?: string) =>
  secret('reco-token', { namespace, spec: { system: undefined } });

describe('dependents rule', () => {
  it('passes when the secret has spec.system', () => {
    expect(runRule(dependentsRule, secret('reco-token'), [])).toEqual([]);
  });

  it('passes when a Component or System depends on it', () => {
    expect(
      runRule(dependentsRule, orphan(), [
        component('api', ['resource:default/reco-token']),
      ]),
    ).toEqual([]);
    expect(
      runRule(dependentsRule, orphan(), [
        system('reco', ['resource:reco-token']),
      ]),
    ).toEqual([]);
    expect(
      runRule(dependentsRule, orphan('payments'), [
        component('api', ['resource:reco-token'], 'payments'),
      ]),
    ).toEqual([]);
  });

  it('fails when nothing, or only a Resource, depends on it', () => {
    const [violation] = runRule(dependentsRule, orphan(), [
      component('api', ['resource:default/other-token']),
      store('bucket', undefined, {
        spec: { dependsOn: ['resource:default/reco-token'] },
      }),
      // same name, other namespace: not this secret
      component('api2', ['resource:payments/reco-token']),
    ]);
    expect(violation.message).toBe(
      'Nothing uses this secret: no Component or System lists it in spec.dependsOn, and it has no spec.system.',
    );
    expect(violation.fix).toMatch(/revoke it and delete the entity/);
  });
});
