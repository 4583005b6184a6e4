import { configApiRef } from '@backstage/core-plugin-api';
import { MockConfigApi } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { fakeReadinessBackend } from '../../__testUtils__/fakeBackend';
import { renderWithReadinessApi } from '../../__testUtils__/renderWithReadinessApi';
import { RequestExemptionDialog } from './RequestExemptionDialog';

const dayFromNow = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

async function renderDialog(config: object) {
  await renderWithReadinessApi(
    <RequestExemptionDialog
      entityRef="component:default/event-replayer"
      check={{ checkId: 'monitors', title: 'Monitors' }}
      onClose={() => {}}
      onRequested={() => {}}
    />,
    {
      readinessApi: fakeReadinessBackend().client,
      apis: [[configApiRef, new MockConfigApi(config)]],
    },
  );
  return screen.findByLabelText(/Exempt until/);
}

describe('RequestExemptionDialog', () => {
  it('offers dates up to 90 days ahead when the maximum is not configured', async () => {
    const until = await renderDialog({});
    expect(until).toHaveAttribute('max', dayFromNow(90));
    expect(until).toHaveValue(dayFromNow(30));
    expect(screen.getByText(/at most 90 days ahead/)).toBeInTheDocument();
  });

  it('offers no date past the configured maximum, which the backend would refuse', async () => {
    const until = await renderDialog({
      stagecraft: { readiness: { exemptions: { maxDays: 30 } } },
    });
    expect(until).toHaveAttribute('max', dayFromNow(30));
    expect(screen.getByText(/at most 30 days ahead/)).toBeInTheDocument();
  });

  it('starts at the configured maximum when it is under 30 days', async () => {
    const until = await renderDialog({
      stagecraft: { readiness: { exemptions: { maxDays: 14 } } },
    });
    expect(until).toHaveAttribute('max', dayFromNow(14));
    expect(until).toHaveValue(dayFromNow(14));
  });
});
