import { screen } from '@testing-library/react';
import { rootRouteRef } from '../../routes';
import {
  exampleEntity,
  exampleResults,
} from '../../__testUtils__/exampleResults';
import { fakeReadinessBackend } from '../../__testUtils__/fakeBackend';
import { renderWithReadinessApi } from '../../__testUtils__/renderWithReadinessApi';
import { EntityReadinessSummaryCard } from './EntityReadinessSummaryCard';

describe('EntityReadinessSummaryCard', () => {
  it('summarises the readiness of an owner group and lists what is not ready', async () => {
    const backend = fakeReadinessBackend({ results: exampleResults });
    await renderWithReadinessApi(<EntityReadinessSummaryCard />, {
      readinessApi: backend.client,
      entity: exampleEntity('group:default/data-platform-team'),
      mountedRoutes: { '/readiness': rootRouteRef },
    });
    expect(
      await screen.findByText('8 of 11 ready · average score 93'),
    ).toBeInTheDocument();
    expect(screen.getByText('event-replayer')).toBeInTheDocument();
    expect(screen.getByText('Fails: Runbook, Monitors')).toBeInTheDocument();
    expect(backend.requests.map(r => r.url.search)).toEqual([
      '?owner=group%3Adefault%2Fdata-platform-team',
    ]);
  });
});
