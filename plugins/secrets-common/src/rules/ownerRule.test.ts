import { ownerRule } from './ownerRule';
import { runRule } from './__testUtils__/check';
import { group, secret, user } from './__testUtils__/entities';

const owned = (owner: unknown, namespace?: string) =>
  secret('s', { namespace, spec: { owner } });

describe('owner rule', () => {
  it('passes when the owner is a Group in the catalog', () => {
    expect(
      runRule(ownerRule, owned('group:default/reviews-team'), [
        group('reviews-team'),
      ]),
    ).toEqual([]);
    expect(
      runRule(ownerRule, owned('reviews-team'), [group('reviews-team')]),
    ).toEqual([]);
    expect(
      runRule(ownerRule, owned('reviews-team', 'payments'), [
        group('reviews-team', 'payments'),
      ]),
    ).toEqual([]);
  });

  it('fails when the owner is missing or unparsable', () => {
    for (const owner of [undefined, '', 42, '  ']) {
      const [violation] = runRule(ownerRule, owned(owner), [
        group('reviews-team'),
      ]);
      expect(violation.message).toBe('The secret has no valid spec.owner.');
      expect(violation.field).toBe('spec.owner');
    }
  });

  it('fails when the owner is not in the catalog', () => {
    const [violation] = runRule(ownerRule, owned('ghost-team'), [
      group('reviews-team'),
    ]);
    expect(violation.message).toBe(
      "The secret's owner group:default/ghost-team is not in the catalog.",
    );
    // the owner defaults to the secret's namespace, like the catalog does
    expect(
      runRule(ownerRule, owned('reviews-team', 'payments'), [
        group('reviews-team'),
      ])[0].message,
    ).toMatch(/group:payments\/reviews-team is not in the catalog/);
  });

  it('fails when the owner is a User', () => {
    const [violation] = runRule(ownerRule, owned('user:jane.doe'), [
      user('jane.doe'),
    ]);
    expect(violation.message).toBe(
      "The secret's owner user:default/jane.doe is a User, not a Group; secrets are owned by teams.",
    );
  });
});
