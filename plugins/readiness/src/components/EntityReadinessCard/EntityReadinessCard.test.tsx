import { Entity } from '@backstage/catalog-model';
import { screen, within } from '@testing-library/react';
import userEvent, {
  PointerEventsCheckLevel,
} from '@testing-library/user-event';

// Checking pointer-events walks computed styles, which is very slow with MUI's styles in jsdom.
const user = userEvent.setup({
  pointerEventsCheck: PointerEventsCheckLevel.Never,
});
import { EntityReadinessCard } from './EntityReadinessCard';
import {
  fakeReadinessBackend,
  FakeBackendOptions,
} from '../../__testUtils__/fakeBackend';
import {
  exampleEntity,
  exampleResults,
} from '../../__testUtils__/exampleResults';
import { renderWithReadinessApi } from '../../__testUtils__/renderWithReadinessApi';

const resultOf = (ref: string) =>
  exampleResults.find(r => r.entityRef === ref)!;

async function renderCard(entity: Entity, options: FakeBackendOptions) {
  const backend = fakeReadinessBackend(options);
  await renderWithReadinessApi(<EntityReadinessCard />, {
    readinessApi: backend.client,
    entity,
  });
  return backend;
}

describe('EntityReadinessCard', () => {
  it('shows the score, each check with its reason, and the fix link of what fails', async () => {
    await renderCard(exampleEntity('component:default/event-replayer'), {
      results: exampleResults,
    });
    expect(await screen.findByText('Not ready')).toBeInTheDocument();
    expect(
      screen.getByLabelText('Readiness score 83 out of 100'),
    ).toBeInTheDocument();
    expect(screen.getByText('5 of 6 checks pass')).toBeInTheDocument();
    expect(screen.getByText(/^Last checked/)).toBeInTheDocument();

    for (const title of [
      'Owner',
      'On-call contact',
      'Runbook',
      'Escalation policy',
      'Monitors',
      'Production complete',
    ]) {
      expect(screen.getByText(title)).toBeInTheDocument();
    }
    expect(
      screen.getByText(
        /^No alarms or monitors declared: neither stagecraft.io\/cloudwatch-alarms/,
      ),
    ).toBeInTheDocument();
    const fixLinks = screen.getAllByRole('link', { name: /^How to fix/ });
    expect(fixLinks.map(link => link.getAttribute('href'))).toEqual([
      expect.stringMatching(/README\.md#monitors$/),
      expect.stringMatching(/README\.md#production-complete$/),
    ]);
    expect(screen.getAllByTitle('Failed', { exact: true })).toHaveLength(2);
    expect(screen.getAllByTitle('Passed')).toHaveLength(5);
  });

  it('shows a ready Lambda as ready, with no fix links', async () => {
    await renderCard(exampleEntity('component:default/event-processor'), {
      results: exampleResults,
    });
    expect(await screen.findByText('Ready')).toBeInTheDocument();
    expect(screen.getByText('6 of 6 checks pass')).toBeInTheDocument();
    expect(
      screen.queryByRole('link', { name: /^How to fix/ }),
    ).not.toBeInTheDocument();
    expect(
      screen.getByText(
        /Checked from catalog YAML only: the on-call service was not looked up/,
      ),
    ).toBeInTheDocument();
  });

  it('checks an entity that was never evaluated on demand', async () => {
    const entity = exampleEntity('component:default/whatsapp-sender');
    const backend = await renderCard(entity, {
      results: [],
      evaluated: resultOf('component:default/whatsapp-sender'),
    });
    expect(await screen.findByText(/^Not evaluated yet/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Check now' }));
    expect(await screen.findByText('Not ready')).toBeInTheDocument();
    expect(
      screen.getByText(
        'No runbook: metadata.links has no entry of type runbook.',
      ),
    ).toBeInTheDocument();
    expect(backend.requests.map(r => `${r.method} ${r.url.pathname}`)).toEqual([
      'GET /api/readiness/entities/component/default/whatsapp-sender/readiness',
      'POST /api/readiness/entities/component/default/whatsapp-sender/evaluate',
    ]);
  });

  it('says so when no check applies', async () => {
    await renderCard(exampleEntity('user:default/maria.lopez'), {
      results: [],
    });
    await user.click(await screen.findByRole('button', { name: 'Check now' }));
    expect(
      await screen.findByText('No readiness check applies to this entity.'),
    ).toBeInTheDocument();
  });

  it('shows a backend error instead of breaking the page', async () => {
    await renderCard(exampleEntity('component:default/event-processor'), {
      status: 500,
    });
    const card = (await screen.findByText('Readiness')).closest('div')!;
    expect(
      await within(document.body).findByText(/Request failed with 500/),
    ).toBeInTheDocument();
    expect(card).toBeInTheDocument();
  });
});
