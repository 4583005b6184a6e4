import { uniqueNameRule } from './uniqueNameRule';
import { runRule } from './__testUtils__/check';
import { component, secret } from './__testUtils__/entities';

describe('unique-name rule', () => {
  it('passes for a unique name, ignoring other kinds with the same name', () => {
    const s = secret('db-password');
    expect(
      runRule(uniqueNameRule, s, [
        s,
        secret('other'),
        component('db-password'),
      ]),
    ).toEqual([]);
  });

  it('reports every duplicate across namespaces, case-insensitively, naming the others', () => {
    const a = secret('db-password');
    const b = secret('DB-Password', { namespace: 'payments' });
    const c = secret('db-password', { namespace: 'search' });
    const catalog = [a, b, c];
    expect(runRule(uniqueNameRule, a, catalog)[0].message).toBe(
      'The secret name "db-password" is also used by resource:payments/db-password, resource:search/db-password; secret names must be unique across namespaces.',
    );
    expect(runRule(uniqueNameRule, b, catalog)[0].message).toMatch(
      /also used by resource:default\/db-password, resource:search\/db-password;/,
    );
    expect(runRule(uniqueNameRule, c, catalog)).toHaveLength(1);
    expect(runRule(uniqueNameRule, c, catalog)[0].field).toBe('metadata.name');
  });
});
