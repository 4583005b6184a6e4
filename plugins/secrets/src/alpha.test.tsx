import {
  createExtensionTester,
  mockApis,
} from '@backstage/frontend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import { EntityCardBlueprint } from '@backstage/plugin-catalog-react/alpha';
import {
  entityFilterIn,
  providedApiId,
  renderPluginApp,
  someLinkTo,
  testEntity,
} from '@internal/stagecraft-frontend-test-utils';
import { screen } from '@testing-library/react';
import secretsPlugin from './alpha';
import { secretsApiRef } from './api';
import {
  FakeSecretsApi,
  makeReview,
  makeSecret,
  storeDrift,
} from './__testUtils__/fixtures';

jest.setTimeout(60_000);

const entity = (kind: string, type?: string, dependsOn: string[] = []) =>
  testEntity(kind, { type, dependsOn });

const cardFilter = entityFilterIn(secretsPlugin);

/** Renders the app with only this plugin, allowed everything, at `path`. */
function renderPluginAt(path: string, secretsApi: FakeSecretsApi) {
  renderPluginApp(secretsPlugin, {
    apis: [
      [secretsApiRef, secretsApi],
      [
        permissionApiRef,
        mockApis.permission({ authorize: AuthorizeResult.ALLOW }),
      ],
    ],
    path,
  });
}

describe('secrets plugin for the new frontend system', () => {
  it('serves the review page at /secrets, with a nav item, from its API', async () => {
    const secretsApi = new FakeSecretsApi({
      review: makeReview([makeSecret('reviews-api-key')]),
    });
    renderPluginAt('/secrets', secretsApi);

    // The page loads lazily, then asks for permission and the review.
    expect(
      await screen.findByText('Secrets (1)', undefined, { timeout: 30_000 }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'reviews-api-key', hidden: true }),
    ).toBeInTheDocument();
    expect(secretsApi.calls).toContain('getReview');
    expect(someLinkTo(/Secrets/, '/secrets')).toBe(true);
  });

  it('provides the secrets client', () => {
    expect(providedApiId(secretsPlugin.getExtension('api:secrets'))).toBe(
      secretsApiRef.id,
    );
  });

  it('shows the secret overview card on secrets only', () => {
    const filter = cardFilter('entity-card:secrets/secret-overview');
    expect(filter(entity('Resource', 'secret'))).toBe(true);
    expect(filter(entity('Resource', 'secret-store'))).toBe(false);
    expect(filter(entity('Resource', 'kinesis-stream'))).toBe(false);
    expect(filter(entity('Component', 'secret'))).toBe(false);
  });

  it('shows the store card on secret stores only', () => {
    const filter = cardFilter('entity-card:secrets/secret-store-secrets');
    expect(filter(entity('Resource', 'secret-store'))).toBe(true);
    expect(filter(entity('Resource', 'secret'))).toBe(false);
    expect(filter(entity('System', 'secret-store'))).toBe(false);
  });

  it('shows the rotation card on secrets, and the coverage card on stores, in the info column', () => {
    const rotation = cardFilter('entity-card:secrets/secret-rotation');
    expect(rotation(entity('Resource', 'secret'))).toBe(true);
    expect(rotation(entity('Resource', 'secret-store'))).toBe(false);
    expect(rotation(entity('Component', 'secret'))).toBe(false);

    const coverage = cardFilter('entity-card:secrets/secret-store-coverage');
    expect(coverage(entity('Resource', 'secret-store'))).toBe(true);
    expect(coverage(entity('Resource', 'secret'))).toBe(false);
    expect(coverage(entity('System', 'secret-store'))).toBe(false);

    for (const id of [
      'entity-card:secrets/secret-rotation',
      'entity-card:secrets/secret-store-coverage',
    ] as const) {
      expect(
        createExtensionTester(secretsPlugin.getExtension(id)).get(
          EntityCardBlueprint.dataRefs.type,
        ),
      ).toBe('info');
    }
  });

  it('serves the Drift tab at /secrets/drift', async () => {
    const secretsApi = new FakeSecretsApi({
      drift: { stores: [storeDrift()] },
    });
    renderPluginAt('/secrets/drift', secretsApi);
    expect(
      await screen.findByText('Drift findings (1)', undefined, {
        timeout: 30_000,
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('tab', { name: 'Drift', hidden: true }),
    ).toHaveAttribute('aria-selected', 'true');
    expect(secretsApi.calls).not.toContain('getReview');
  });

  it('shows "Secrets used" on components, systems and plain resources that depend on a resource', () => {
    const filter = cardFilter('entity-card:secrets/depends-on-secrets');
    const usesResource = ['resource:default/db-password'];
    expect(filter(entity('Component', 'service', usesResource))).toBe(true);
    expect(filter(entity('System', undefined, usesResource))).toBe(true);
    expect(filter(entity('Resource', 'sqs-queue', usesResource))).toBe(true);

    expect(filter(entity('Component', 'service'))).toBe(false);
    expect(
      filter(entity('Component', 'service', ['component:default/api'])),
    ).toBe(false);
    expect(filter(entity('Resource', 'secret', usesResource))).toBe(false);
    expect(filter(entity('Resource', 'secret-store', usesResource))).toBe(
      false,
    );
    expect(filter(entity('Domain', undefined, usesResource))).toBe(false);
    expect(filter(entity('Group', undefined, usesResource))).toBe(false);
  });
});
