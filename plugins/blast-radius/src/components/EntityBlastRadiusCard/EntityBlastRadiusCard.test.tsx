import { screen, within } from '@testing-library/react';
import { exampleEntities } from '../../__testUtils__/fakeBlastRadiusApi';
import { renderOnEntityPage } from '../../__testUtils__/renderOnEntityPage';
import { EntityBlastRadiusCard } from './EntityBlastRadiusCard';

function entity(name: string) {
  return exampleEntities.find(e => e.metadata.name === name)!;
}

async function renderCard(name: string, maxOwners?: number) {
  await renderOnEntityPage(<EntityBlastRadiusCard maxOwners={maxOwners} />, {
    entity: entity(name),
  });
}

describe('EntityBlastRadiusCard', () => {
  it('sums up what breaks and names whom to call first', async () => {
    await renderCard('vault');
    expect(
      await screen.findByText(
        'Breaks with it: 7 entities (3 components, 2 resources, 2 systems) in 2 systems, owned by 2 owners.',
      ),
    ).toBeInTheDocument();
    const owners = within(screen.getByRole('list', { name: 'Owners to call' }));
    expect(owners.getAllByRole('listitem')).toHaveLength(2);
    expect(
      owners.getByText('On call: Ana Silva · ana@example.com · 4 affected'),
    ).toBeInTheDocument();
    expect(
      owners.getByText('No on-call contact · 4 affected'),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /See the graph/ })).toHaveAttribute(
      'href',
      '/blast-radius',
    );
  });

  it.each([
    {
      says: 'lists only the first owners and says how many more',
      name: 'vault',
      maxOwners: 1,
      text: 'and 1 more owners',
    },
    {
      says: 'says when nothing depends on the entity',
      name: 'mailer',
      maxOwners: undefined,
      text: 'Nothing in the catalog depends on this entity along the selected relations.',
    },
  ])('$says', async ({ name, maxOwners, text }) => {
    await renderCard(name, maxOwners);
    expect(await screen.findByText(text)).toBeInTheDocument();
  });
});
