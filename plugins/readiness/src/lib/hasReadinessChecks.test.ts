import { Entity } from '@backstage/catalog-model';
import { TestApiRegistry } from '@backstage/test-utils';
import { readinessApiRef } from '../api';
import { fakeReadinessBackend } from '../__testUtils__/fakeBackend';
import { hasReadinessChecks } from './hasReadinessChecks';

const entity = (kind: string, type: string, lifecycle: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind,
  metadata: { name: 'x', namespace: 'default' },
  spec: { type, lifecycle, owner: 'group:default/team' },
});

describe('hasReadinessChecks', () => {
  it('asks the backend for the checks once and applies their filters', async () => {
    const backend = fakeReadinessBackend();
    const apis = TestApiRegistry.from([readinessApiRef, backend.client]);
    expect(
      await hasReadinessChecks(
        entity('Component', 'lambda-function', 'production'),
        { apis },
      ),
    ).toBe(true);
    expect(
      await hasReadinessChecks(entity('Resource', 'sqs-queue', 'production'), {
        apis,
      }),
    ).toBe(true);
    expect(
      await hasReadinessChecks(entity('Resource', 's3-bucket', 'production'), {
        apis,
      }),
    ).toBe(false);
    expect(
      await hasReadinessChecks(entity('Resource', 'secret', 'production'), {
        apis,
      }),
    ).toBe(false);
    expect(await hasReadinessChecks(entity('User', '', ''), { apis })).toBe(
      false,
    );
    expect(
      backend.requests.filter(r => r.url.pathname.endsWith('/checks')),
    ).toHaveLength(1);
  });

  it('is false when the backend cannot be reached', async () => {
    const backend = fakeReadinessBackend({ status: 503 });
    const apis = TestApiRegistry.from([readinessApiRef, backend.client]);
    expect(
      await hasReadinessChecks(entity('Component', 'service', 'production'), {
        apis,
      }),
    ).toBe(false);
  });
});
