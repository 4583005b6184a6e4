import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { renderInTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import type { BlastRadiusAffectedOwner } from '@stagecraft/plugin-blast-radius-common';
import { AffectedOwnersList } from './AffectedOwnersList';

const summary = (kind: string, name: string) => ({
  entityRef: `${kind.toLocaleLowerCase('en-US')}:default/${name}`,
  kind,
  namespace: 'default',
  name,
});

const owner: BlastRadiusAffectedOwner = {
  owner: summary('Group', 'team-a'),
  oncallSchedules: [
    // eslint-disable-next-line no-script-url -- the URL under test
    { url: 'javascript:alert(1)', title: 'Evil schedule', type: 'oncall' },
  ],
  entityCount: 1,
  nearestDistance: 1,
  entities: [
    {
      ...summary('Component', 'fn'),
      distance: 1,
      runbooks: [
        { url: 'http://[not a url', title: 'Broken runbook' },
        { url: 'https://wiki.example.com/fn', title: 'Good runbook' },
      ],
    },
  ],
};

describe('AffectedOwnersList', () => {
  it('links only http(s) URLs from catalog YAML, showing the others as text', async () => {
    await renderInTestApp(
      <AffectedOwnersList owners={[owner]} shownCount={2} />,
      {
        mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
      },
    );
    expect(await screen.findByText('Evil schedule')).toBeInTheDocument();
    expect(screen.getByText(/^Broken runbook/)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Evil schedule/ })).toBeNull();
    expect(screen.queryByRole('link', { name: /Broken runbook/ })).toBeNull();
    expect(
      screen.getByRole('link', { name: /Good runbook/ }).getAttribute('href'),
    ).toBe('https://wiki.example.com/fn');
    const hrefs = screen
      .getAllByRole('link')
      .map(link => link.getAttribute('href') ?? '');
    expect(hrefs.filter(href => /^\s*javascript:/i.test(href))).toEqual([]);
  });

  it('lists owners beyond the limit with their count and on-call contact', async () => {
    const far: BlastRadiusAffectedOwner = {
      owner: { ...summary('Group', 'far-team'), title: 'Far Team' },
      oncall: { entityRef: 'user:default/fay', name: 'Fay Far' },
      oncallSchedules: [],
      entityCount: 1234,
      nearestDistance: 4,
      entities: [],
    };
    await renderInTestApp(
      <AffectedOwnersList
        owners={[{ ...owner, entityCount: 3 }, far]}
        shownCount={500}
      />,
      {
        mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
      },
    );
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('3 affected entities');
    expect(rows[0]).toHaveTextContent(
      'and 2 entities more beyond the nearest 500 shown',
    );
    expect(rows[1]).toHaveTextContent('Far Team');
    expect(rows[1]).toHaveTextContent('1,234 affected entities');
    expect(rows[1]).toHaveTextContent('Fay Far');
    expect(rows[1]).toHaveTextContent(
      '1,234 entities affected, the nearest 4 hops away: beyond the nearest 500 shown',
    );
    expect(rows[1].querySelector('ul')).toBeNull();
  });
});
