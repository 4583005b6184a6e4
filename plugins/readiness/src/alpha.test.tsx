import { Entity } from '@backstage/catalog-model';
import {
  createExtensionTester,
  renderInTestApp,
} from '@backstage/frontend-test-utils';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import {
  entityFilterIn,
  providedApiId,
  renderPluginApp,
  someLinkTo,
  testEntity,
} from '@internal/stagecraft-frontend-test-utils';
import { screen, waitFor } from '@testing-library/react';
import readinessPlugin from './alpha';
import { readinessApiRef } from './api';
import { exampleResults } from './__testUtils__/exampleResults';
import { fakeReadinessBackend } from './__testUtils__/fakeBackend';

jest.setTimeout(90_000);

const entity = (kind: string, type?: string, lifecycle?: string): Entity =>
  testEntity(kind, { type, lifecycle, owner: 'group:default/team' });

const cardFilter = entityFilterIn(readinessPlugin);

describe('readiness plugin for the new frontend system', () => {
  it('serves the Readiness page at /readiness, with a nav item, from its API', async () => {
    const backend = fakeReadinessBackend({ results: exampleResults });
    renderPluginApp(readinessPlugin, {
      apis: [[readinessApiRef, backend.client]],
      path: '/readiness',
    });

    // The page loads lazily, then asks the backend for results and summaries.
    expect(
      await screen.findByText(
        `Entities (${exampleResults.length})`,
        undefined,
        {
          timeout: 60_000,
        },
      ),
    ).toBeInTheDocument();
    expect(someLinkTo(/Readiness/, '/readiness')).toBe(true);
  });

  it('provides the readiness client', () => {
    expect(providedApiId(readinessPlugin.getExtension('api:readiness'))).toBe(
      readinessApiRef.id,
    );
  });

  it.each<Parameters<typeof cardFilter>[0]>([
    'entity-card:readiness/readiness',
    'entity-card:readiness/on-call',
  ])('places %s on Components and Resources other than secrets', id => {
    const filter = cardFilter(id);
    expect(filter(entity('Component', 'website', 'experimental'))).toBe(true);
    expect(filter(entity('Resource', 'sqs-queue', 'production'))).toBe(true);
    expect(filter(entity('Resource', 's3-bucket', 'production'))).toBe(true);

    expect(filter(entity('Resource', 'secret', 'production'))).toBe(false);
    expect(filter(entity('Resource', 'secret-store', 'production'))).toBe(
      false,
    );
    expect(filter(entity('System'))).toBe(false);
    expect(filter(entity('Group'))).toBe(false);
  });

  it('places the summary card on Systems only', () => {
    const filter = cardFilter('entity-card:readiness/summary');
    expect(filter(entity('System'))).toBe(true);
    expect(filter(entity('Domain'))).toBe(false);
    expect(filter(entity('Component', 'service', 'production'))).toBe(false);
  });

  it('hides the readiness card on a Resource no configured check applies to', async () => {
    const backend = fakeReadinessBackend();
    const card = createExtensionTester(
      readinessPlugin.getExtension('entity-card:readiness/readiness'),
    ).reactElement();
    const renderOn = (subject: Entity) =>
      renderInTestApp(
        <EntityProvider entity={subject}>{card}</EntityProvider>,
        {
          apis: [[readinessApiRef, backend.client]],
        },
      );

    const queue = renderOn(entity('Resource', 'sqs-queue', 'production'));
    expect(await screen.findByText('Readiness')).toBeInTheDocument();
    queue.unmount();

    renderOn(entity('Resource', 's3-bucket', 'production'));
    await waitFor(() =>
      expect(
        backend.requests.filter(r => r.url.pathname.endsWith('/checks')),
      ).toHaveLength(1),
    );
    expect(screen.queryByText('Readiness')).not.toBeInTheDocument();
  });
});
