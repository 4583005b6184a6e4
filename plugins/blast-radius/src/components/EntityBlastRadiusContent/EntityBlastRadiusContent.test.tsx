import { Route, Routes } from 'react-router-dom';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { alertApiRef } from '@backstage/core-plugin-api';
import { DEFAULT_BLAST_RADIUS_QUERY } from '@stagecraft/plugin-blast-radius-common';
import {
  FakeBlastRadiusApi,
  buildEntities,
  exampleEntities,
} from '../../__testUtils__/fakeBlastRadiusApi';
import { renderOnEntityPage } from '../../__testUtils__/renderOnEntityPage';
import { EntityBlastRadiusContent } from './EntityBlastRadiusContent';

const vault = exampleEntities.find(e => e.metadata.name === 'vault')!;

async function renderContent(api = new FakeBlastRadiusApi()) {
  const alertApi = {
    post: jest.fn(),
    alert$: jest.fn(),
  };
  await renderOnEntityPage(
    <Routes>
      <Route path="/" element={<EntityBlastRadiusContent />} />
      <Route
        path="/catalog/:namespace/:kind/:name"
        element={<div>Entity page opened</div>}
      />
    </Routes>,
    { entity: vault, blastRadiusApi: api, apis: [[alertApiRef, alertApi]] },
  );
  await screen.findByText(/Breaks with it/);
  return { api, alertApi };
}

function graphNodes(): string[] {
  return Array.from(document.querySelectorAll('[data-entity-ref]'))
    .map(node => node.getAttribute('data-entity-ref')!)
    .sort();
}

/** Waits until the graph shows exactly `refs`, in sorted order. */
async function expectGraphNodes(refs: string[]) {
  await waitFor(() => expect(graphNodes()).toEqual(refs));
}

async function choose(label: string, option: string | RegExp) {
  await userEvent.click(screen.getByLabelText(label));
  await userEvent.click(
    within(await screen.findByRole('listbox')).getByText(option),
  );
}

describe('EntityBlastRadiusContent', () => {
  it('draws every entity that breaks with the store and sums them up', async () => {
    await renderContent();
    expect(graphNodes()).toEqual([
      'component:default/checkout',
      'component:default/mailer',
      'component:default/storefront',
      'resource:default/api-key',
      'resource:default/db-password',
      'resource:default/vault',
      'system:default/platform',
      'system:default/shop',
    ]);
    expect(
      screen.getByText(
        'Breaks with it: 7 entities (3 components, 2 resources, 2 systems) in 2 systems, owned by 2 owners.',
      ),
    ).toBeInTheDocument();
  });

  it('colours by system with a legend, and by owner on request', async () => {
    await renderContent();
    const legend = screen.getByRole('list', { name: 'Systems' });
    expect(
      within(legend)
        .getAllByRole('listitem')
        .map(item => item.textContent),
    ).toEqual(['Platform (2)', 'Shop (4)', 'No system (2)']);

    await choose('Colour by', 'Owner');
    const owners = screen.getByRole('list', { name: 'Owners' });
    expect(
      within(owners)
        .getAllByRole('listitem')
        .map(item => item.textContent),
    ).toEqual(['Platform (4)', 'Shop (4)']);
  });

  it('asks again with the chosen depth, direction, relations and kinds', async () => {
    const { api } = await renderContent();

    await choose('Depth', '1 hop');
    await expectGraphNodes([
      'resource:default/api-key',
      'resource:default/db-password',
      'resource:default/vault',
      'system:default/platform',
    ]);
    expect(
      await screen.findByText('More entities lie beyond depth 1.'),
    ).toBeInTheDocument();

    await choose('Depth', 'All (transitive)');
    await choose('Kinds', 'component');
    await userEvent.keyboard('{Escape}');
    await expectGraphNodes([
      'component:default/checkout',
      'component:default/mailer',
      'component:default/storefront',
      'resource:default/vault',
    ]);

    await choose('Relations', 'part of (system, parent component)');
    await userEvent.keyboard('{Escape}');
    await userEvent.click(
      screen.getByRole('button', { name: 'What this needs' }),
    );
    await waitFor(() =>
      expect(api.calls[api.calls.length - 1].query).toEqual({
        direction: 'dependencies',
        depth: null,
        relations: DEFAULT_BLAST_RADIUS_QUERY.relations.filter(
          relation => relation !== 'partOf',
        ),
        kinds: ['component'],
        limit: 500,
      }),
    );
    expect(
      await screen.findByText(
        'This entity needs nothing in the catalog along the selected relations.',
      ),
    ).toBeInTheDocument();
  });

  it('shows the nearest entities up to the limit, every owner, and raises the limit on request', async () => {
    // The vault, 110 secrets in it (distance 1) and 11 services (distance
    // 2); the services belong to their own team alone.
    const specs: Parameters<typeof buildEntities>[0] = {
      'group:default/platform-team': { title: 'Platform' },
      'group:default/far-team': { title: 'Far' },
      'resource:default/vault': {
        type: 'secret-store',
        owner: 'group:default/platform-team',
      },
    };
    for (let i = 0; i < 110; i++) {
      specs[`resource:default/secret-${i}`] = {
        owner: 'group:default/platform-team',
        dependsOn: ['resource:default/vault'],
      };
    }
    for (let i = 0; i < 10; i++) {
      specs[`component:default/service-${i}`] = {
        owner: 'group:default/far-team',
        dependsOn: [`resource:default/secret-${i}`],
      };
    }
    const api = new FakeBlastRadiusApi(buildEntities(specs));
    await renderContent(api);
    expect(graphNodes()).toHaveLength(121);

    await choose('Show at most', '100 entities');
    await waitFor(() => expect(graphNodes()).toHaveLength(100));
    expect(api.calls[api.calls.length - 1].query.limit).toBe(100);
    expect(graphNodes().filter(ref => ref.startsWith('component:'))).toEqual(
      [],
    );
    expect(
      screen.getByText(
        /^Showing the nearest 100 of 121; not shown: 11 resources, 10 components\./,
      ),
    ).toBeInTheDocument();
    const owners = screen.getByRole('table', { name: 'Affected owners' });
    expect(owners).toHaveTextContent('Far');
    expect(owners).toHaveTextContent(
      '10 entities affected, the nearest 2 hops away: beyond the nearest 100 shown',
    );

    await choose('Show at most', '500 entities');
    await waitFor(() => expect(graphNodes()).toHaveLength(121));
    expect(screen.queryByText(/^Showing the nearest/)).toBeNull();
  });

  it('opens an entity’s page when its node is clicked', async () => {
    await renderContent();
    await userEvent.click(
      document.querySelector('[data-entity-ref="component:default/checkout"]')!,
    );
    expect(await screen.findByText('Entity page opened')).toBeInTheDocument();
  });

  it('lists whom to call with on-call contacts, schedules and runbooks', async () => {
    await renderContent();
    const table = screen.getByRole('table', { name: 'Affected owners' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(within(rows[0]).getByText('Ana Silva')).toBeInTheDocument();
    expect(
      within(rows[0]).getByRole('link', { name: /ana@example\.com/ }),
    ).toHaveAttribute('href', 'mailto:ana@example.com');
    expect(
      within(rows[0]).getByRole('link', { name: /Platform on-call/ }),
    ).toHaveAttribute('href', 'https://oncall.example.com/platform');
    expect(
      within(rows[0]).getByRole('link', { name: /Vault runbook/ }),
    ).toHaveAttribute('href', 'https://wiki.example.com/vault-runbook');
    expect(
      within(rows[1]).getByText('No on-call contact in the catalog'),
    ).toBeInTheDocument();
  });

  it('calls what this needs "needed", not "affected", in whom to call', async () => {
    await renderContent();
    expect(
      screen.getByText(/^Owners of the affected entities/),
    ).toBeInTheDocument();

    await userEvent.click(
      screen.getByRole('button', { name: 'What this needs' }),
    );

    expect(
      await screen.findByText(/^Owners of the entities this needs/),
    ).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Affected owners' });
    expect(
      within(table).getByRole('columnheader', {
        name: 'Needed entities and runbooks',
      }),
    ).toBeInTheDocument();
    expect(within(table).getAllByText(/^\d+ needed entit/)).not.toEqual([]);
    expect(within(table).queryByText(/affected/)).not.toBeInTheDocument();
  });

  it('copies the owners list as Markdown', async () => {
    const writeText = jest.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText },
    });
    const { alertApi } = await renderContent();
    await userEvent.click(
      screen.getByRole('button', { name: /Copy Markdown/ }),
    );
    await waitFor(() => expect(writeText).toHaveBeenCalledTimes(1));
    const markdown: string = writeText.mock.calls[0][0];
    expect(markdown).toContain(
      '## Blast radius of Vault (prod) (resource:default/vault)',
    );
    expect(markdown).toContain(
      '- **On call:** Ana Silva <ana@example.com> — [Platform on-call](https://oncall.example.com/platform)',
    );
    expect(alertApi.post).toHaveBeenCalledWith(
      expect.objectContaining({
        message: 'Copied 2 owners as Markdown',
        severity: 'success',
      }),
    );
  });

  it('downloads the owners list as CSV', async () => {
    const blobs: Blob[] = [];
    URL.createObjectURL = jest.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:csv';
    });
    URL.revokeObjectURL = jest.fn();
    const click = jest
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(function checkFilename(this: HTMLAnchorElement) {
        expect(this.download).toBe('blast-radius-resource-default-vault.csv');
      });
    await renderContent();
    await userEvent.click(screen.getByRole('button', { name: /CSV/ }));
    expect(click).toHaveBeenCalledTimes(1);
    const csv = await blobs[0].text();
    expect(csv.split('\r\n')[0]).toMatch(/^owner,owner_title,/);
    expect(csv).toContain(
      'component:default/checkout,Checkout,component,service',
    );
    click.mockRestore();
  });

  it('shows the backend’s error', async () => {
    const api = new FakeBlastRadiusApi();
    jest
      .spyOn(api, 'getBlastRadius')
      .mockRejectedValue(
        new Error('The blast radius index could not be loaded'),
      );
    await renderOnEntityPage(<EntityBlastRadiusContent />, {
      entity: vault,
      blastRadiusApi: api,
    });
    expect(
      await screen.findByText(
        'Error: The blast radius index could not be loaded',
        {
          selector: 'h6',
        },
      ),
    ).toBeInTheDocument();
  });
});
