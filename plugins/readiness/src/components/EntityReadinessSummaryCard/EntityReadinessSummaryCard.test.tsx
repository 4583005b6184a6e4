import { screen } from '@testing-library/react';
import { rootRouteRef } from '../../routes';
import {
  exampleEntity,
  exampleResults,
} from '../../__testUtils__/exampleResults';
import { fakeReadinessBackend } from '../../__testUtils__/fakeBackend';
import { renderWithReadinessApi } from '../../__testUtils__/renderWithReadinessApi';
import { exemptionOf } from '../../__testUtils__/exemptionFixtures';
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

  it('counts an entity ready by an exemption as ready and names its exempt check', async () => {
    const backend = fakeReadinessBackend({
      results: exampleResults,
      exemptions: [
        exemptionOf('component:default/event-replayer', 'monitors', 'approved'),
      ],
    });
    await renderWithReadinessApi(<EntityReadinessSummaryCard />, {
      readinessApi: backend.client,
      entity: exampleEntity('group:default/data-platform-team'),
      mountedRoutes: { '/readiness': rootRouteRef },
    });
    expect(
      await screen.findByText(
        '9 of 11 ready · average score 95 · 1 with an exemption',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Exempt: Monitors', { exact: false }),
    ).toBeInTheDocument();
  });
});
