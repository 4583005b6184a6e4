import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { screen } from '@testing-library/react';
import { useLocation } from 'react-router-dom';
import { GraphStart } from './GraphStart';
import { domain, system, team } from './testEntities';

/** Stands in for the graph page: shows the roots it would start from. */
function Graph() {
  const roots = new URLSearchParams(useLocation().search).getAll(
    'rootEntityRefs[]',
  );
  return <p>Graph of {roots.join(' and ')}</p>;
}

const catalog = catalogApiMock({
  entities: [
    team('reviews-team', ['user:default/maria.lopez', 'user:default/ana']),
    team('sre-team', ['user:default/maria.lopez']),
    team('platform-team', ['user:default/ana']),
    system('reviews', 'Reviews'),
    domain('commerce'),
  ],
});

function renderGraphAt(path: string, userEntityRef: string) {
  return renderInTestApp(
    <GraphStart>
      <Graph />
    </GraphStart>,
    {
      initialRouteEntries: [path],
      apis: [mockApis.identity({ userEntityRef }), catalog],
    },
  );
}

describe('GraphStart', () => {
  it('draws the graph where the address says', async () => {
    renderGraphAt(
      '/catalog-graph?rootEntityRefs[]=system:default/reviews',
      'user:default/maria.lopez',
    );
    expect(
      await screen.findByText('Graph of system:default/reviews'),
    ).toBeInTheDocument();
  });

  it('opened bare, starts at the teams the user is a member of', async () => {
    renderGraphAt('/catalog-graph', 'user:default/maria.lopez');
    expect(
      await screen.findByText(
        'Graph of group:default/reviews-team and group:default/sre-team',
      ),
    ).toBeInTheDocument();
  });

  it('lets a user in no team (the guest) choose where it starts', async () => {
    renderGraphAt('/catalog-graph', 'user:development/guest');
    expect(
      await screen.findByText('Choose where the graph starts'),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Graph of/)).not.toBeInTheDocument();
    expect(
      await screen.findByRole('link', { name: 'reviews-team' }),
    ).toBeInTheDocument();
  });
});
