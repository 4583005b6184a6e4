import { screen, waitFor } from '@testing-library/react';
import { renderCampaigns } from '../../__testUtils__/renderCampaigns';
import { user } from '../../__testUtils__/user';

jest.setTimeout(60_000);

describe('CampaignsPage', () => {
  it('lists campaigns and creates one, showing the field the backend refuses', async () => {
    const backend = await renderCampaigns({ path: '/readiness/campaigns' });
    expect(
      await screen.findByRole('link', { name: 'Cyber Week 2026' }),
    ).toHaveAttribute('href', '/readiness/campaigns/cyber-week-2026');

    await user.click(screen.getByRole('button', { name: 'New campaign' }));
    await user.type(screen.getByLabelText(/^Name/), 'Black Friday');
    await user.type(screen.getByLabelText(/^Start date/), '2026-11-20');
    await user.type(screen.getByLabelText(/^Deadline/), '2026-11-01');
    await user.type(
      screen.getByLabelText(/^Owning groups/),
      'group:default/commerce, payments-team',
    );
    await user.click(
      await screen.findByRole('checkbox', { name: 'Load test' }),
    );
    await user.click(screen.getByRole('button', { name: 'Create' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Campaign field deadline (2026-11-01) is before startDate (2026-11-20)',
    );
    const sent = backend.requests.find(r => r.method === 'POST')!.body;
    expect(sent).toEqual({
      name: 'Black Friday',
      description: '',
      startDate: '2026-11-20',
      deadline: '2026-11-01',
      scope: { owners: ['group:default/commerce', 'payments-team'] },
      requiredChecks: ['load-test'],
    });

    await user.clear(screen.getByLabelText(/^Deadline/));
    await user.type(screen.getByLabelText(/^Deadline/), '2026-11-28');
    await user.click(screen.getByRole('button', { name: 'Create' }));
    await waitFor(() =>
      expect(backend.requests.filter(r => r.method === 'POST')).toHaveLength(2),
    );
  });

  it('keeps each date and column name on one line beside a long description', async () => {
    await renderCampaigns({ path: '/readiness/campaigns' });
    const row = (
      await screen.findByRole('link', { name: 'Cyber Week 2026' })
    ).closest('tr')!;
    const [, start, deadline] = Array.from(row.querySelectorAll('td'));
    expect(start).toHaveTextContent(/^\d{4}-\d{2}-\d{2}$/);
    expect(start).toHaveStyle({ whiteSpace: 'nowrap' });
    expect(deadline).toHaveStyle({ whiteSpace: 'nowrap' });
    expect(screen.getByRole('columnheader', { name: 'Deadline' })).toHaveStyle({
      whiteSpace: 'nowrap',
    });
  });
});
