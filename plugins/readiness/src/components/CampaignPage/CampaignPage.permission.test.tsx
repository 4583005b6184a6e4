import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { screen } from '@testing-library/react';
import { renderCampaigns } from '../../__testUtils__/renderCampaigns';

jest.setTimeout(60_000);

// In its own file: usePermission caches decisions per permission for the whole module.
describe('the campaigns pages without readiness.campaign.manage', () => {
  it('show the campaign but neither New campaign nor Edit', async () => {
    await renderCampaigns({
      path: '/readiness/campaigns',
      permission: AuthorizeResult.DENY,
    });
    expect(
      await screen.findByRole('link', { name: 'Cyber Week 2026' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'New campaign' })).toBeNull();
  });
});
