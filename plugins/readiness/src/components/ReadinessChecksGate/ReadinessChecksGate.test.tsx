import { Entity } from '@backstage/catalog-model';
import { screen, waitFor } from '@testing-library/react';
import {
  FakeBackendOptions,
  fakeReadinessBackend,
} from '../../__testUtils__/fakeBackend';
import { renderWithReadinessApi } from '../../__testUtils__/renderWithReadinessApi';
import { ReadinessChecksGate } from './ReadinessChecksGate';

const entity = (kind: string, type: string, lifecycle: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind,
  metadata: { name: 'x', namespace: 'default' },
  spec: { type, lifecycle, owner: 'group:default/team' },
});

async function renderGate(subject: Entity, options?: FakeBackendOptions) {
  const backend = fakeReadinessBackend(options);
  await renderWithReadinessApi(
    <ReadinessChecksGate>the card</ReadinessChecksGate>,
    { readinessApi: backend.client, entity: subject },
  );
  const checksRequests = () =>
    backend.requests.filter(r => r.url.pathname.endsWith('/checks'));
  return { checksRequests };
}

describe('ReadinessChecksGate', () => {
  it('shows the card on every Component without asking the backend', async () => {
    const { checksRequests } = await renderGate(
      entity('Component', 'website', 'experimental'),
    );
    expect(await screen.findByText('the card')).toBeInTheDocument();
    expect(checksRequests()).toHaveLength(0);
  });

  it('shows the card on a Resource a configured check applies to', async () => {
    await renderGate(entity('Resource', 'sqs-queue', 'production'));
    expect(await screen.findByText('the card')).toBeInTheDocument();
  });

  it('hides the card on a Resource no check applies to', async () => {
    const { checksRequests } = await renderGate(
      entity('Resource', 's3-bucket', 'production'),
    );
    await waitFor(() => expect(checksRequests()).toHaveLength(1));
    expect(screen.queryByText('the card')).not.toBeInTheDocument();
  });

  it('hides the card on a Resource when the backend cannot say', async () => {
    const { checksRequests } = await renderGate(
      entity('Resource', 'sqs-queue', 'production'),
      { status: 503 },
    );
    // A failed answer is not cached, so a re-render may ask again.
    await waitFor(() => expect(checksRequests().length).toBeGreaterThan(0));
    expect(screen.queryByText('the card')).not.toBeInTheDocument();
  });
});
