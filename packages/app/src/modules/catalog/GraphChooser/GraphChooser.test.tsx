import { renderInTestApp } from '@backstage/frontend-test-utils';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { domain, system, team } from '../GraphStart/testEntities';
import { GraphChooser } from './GraphChooser';

const catalog = catalogApiMock({
  entities: [
    team('reviews-team'),
    team('sre-team'),
    system('reviews', 'Reviews'),
    system('recommendations', 'Recommendations'),
    domain('commerce'),
  ],
});

const linkNames = (listName: string) =>
  within(screen.getByRole('list', { name: listName }))
    .getAllByRole('link')
    .map(link => link.textContent);

describe('GraphChooser', () => {
  it('lists the teams, systems and domains, each a link that starts the graph there', async () => {
    renderInTestApp(<GraphChooser />, { apis: [catalog] });
    const reviews = await screen.findByRole('link', { name: 'Reviews' });
    expect(
      new URLSearchParams(reviews.getAttribute('href')!.split('?')[1]).getAll(
        'rootEntityRefs[]',
      ),
    ).toEqual(['system:default/reviews']);
    expect(linkNames('Teams')).toEqual(['reviews-team', 'sre-team']);
    expect(linkNames('Systems')).toEqual(['Recommendations', 'Reviews']);
    expect(linkNames('Domains')).toEqual(['commerce']);
  });

  it('narrows the lists to what matches the search', async () => {
    renderInTestApp(<GraphChooser />, { apis: [catalog] });
    await screen.findByRole('link', { name: 'Reviews' });
    await userEvent.type(
      screen.getByLabelText('Search teams, systems and domains'),
      'review',
    );
    expect(linkNames('Teams')).toEqual(['reviews-team']);
    expect(linkNames('Systems')).toEqual(['Reviews']);
    expect(screen.queryByRole('list', { name: 'Domains' })).toBeNull();

    await userEvent.type(
      screen.getByLabelText('Search teams, systems and domains'),
      'zzz',
    );
    expect(
      screen.getByText('Nothing matches "reviewzzz".'),
    ).toBeInTheDocument();
  });
});
