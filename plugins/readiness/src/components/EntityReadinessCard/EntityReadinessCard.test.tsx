import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import {
  defaultEntityPresentation,
  entityPresentationApiRef,
} from '@backstage/plugin-catalog-react';
import { act, screen, waitFor, within } from '@testing-library/react';
import { signalApiRef } from '@backstage/plugin-signals-react';
import { EntityReadinessCard } from './EntityReadinessCard';
import {
  fakeReadinessBackend,
  FakeBackendOptions,
} from '../../__testUtils__/fakeBackend';
import {
  exampleEntities,
  exampleEntity,
  exampleResults,
} from '../../__testUtils__/exampleResults';
import { fakeSignals } from '../../__testUtils__/fakeSignals';
import { EntityPages } from '../../__testUtils__/EntityPages';
import { held } from '../../__testUtils__/held';
import { renderWithReadinessApi } from '../../__testUtils__/renderWithReadinessApi';
import {
  EXEMPT_UNTIL,
  exemptionOf,
} from '../../__testUtils__/exemptionFixtures';
import { user } from '../../__testUtils__/user';
import { spreadDelayMs } from '../../hooks/spreadDelay';

// Pages load again at once after a finished run, not after a random wait.
jest.mock('../../hooks/spreadDelay', () => ({
  spreadDelayMs: jest.fn(() => 0),
}));

const resultOf = (ref: string) =>
  exampleResults.find(r => r.entityRef === ref)!;

/** As the app's catalog presents entities: by title, or a user's display name, from the example catalog. */
const examplePresentationApi = {
  forEntity: (ref: Entity | string) => {
    const key = typeof ref === 'string' ? ref : stringifyEntityRef(ref);
    const known = exampleEntities.find(e => stringifyEntityRef(e) === key);
    return { snapshot: defaultEntityPresentation(known ?? key) };
  },
};

async function renderCard(
  entity: Entity,
  options: FakeBackendOptions,
  signals?: ReturnType<typeof fakeSignals>,
) {
  const backend = fakeReadinessBackend(options);
  await renderWithReadinessApi(<EntityReadinessCard />, {
    readinessApi: backend.client,
    entity,
    apis: [
      [entityPresentationApiRef, examplePresentationApi],
      ...(signals ? [[signalApiRef, signals.api] as const] : []),
    ],
  });
  return backend;
}

jest.setTimeout(60_000);

/** The card of an entity no run has evaluated yet, with signals a test can send a run's end on. */
async function renderNotEvaluatedYet(entityRef: string) {
  const signals = fakeSignals();
  const state: FakeBackendOptions = { results: [] };
  const backend = await renderCard(exampleEntity(entityRef), state, signals);
  expect(await screen.findByText(/^Not evaluated yet/)).toBeInTheDocument();
  return { signals, state, backend };
}

/** How many times the card has asked for the stored result. */
const resultRequests = (backend: ReturnType<typeof fakeReadinessBackend>) =>
  backend.requests.filter(r => r.url.pathname.endsWith('/readiness')).length;

/** Types into a dialog field all at once (typing key by key is slow in jsdom). */
async function fill(dialog: HTMLElement, label: RegExp, text: string) {
  const field = within(dialog).getByLabelText(label);
  await user.clear(field);
  await user.click(field);
  await user.paste(text);
}

describe('EntityReadinessCard', () => {
  beforeEach(() => {
    jest.mocked(spreadDelayMs).mockReset();
    jest.mocked(spreadDelayMs).mockReturnValue(0);
  });
  afterEach(() => jest.restoreAllMocks());

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

  it('names the owner and on-call contact in check reasons by title, linked to their pages', async () => {
    await renderCard(exampleEntity('component:default/event-processor'), {
      results: exampleResults,
    });
    const owners = await screen.findAllByRole('link', {
      name: 'Data Platform Team',
    });
    expect(owners.map(link => link.getAttribute('href'))).toEqual([
      '/catalog/default/group/data-platform-team',
      '/catalog/default/group/data-platform-team',
    ]);
    expect(screen.getByRole('link', { name: 'Chen Wei' })).toHaveAttribute(
      'href',
      '/catalog/default/user/chen.wei',
    );
    expect(screen.queryByText(/group:default\//)).not.toBeInTheDocument();
    expect(screen.queryByText(/user:default\//)).not.toBeInTheDocument();
  });

  it('fits "100%" inside the score ring', async () => {
    await renderCard(exampleEntity('component:default/event-processor'), {
      results: exampleResults,
    });
    expect(await screen.findByText('100%')).toBeInTheDocument();
    // jsdom's computed style ignores selector specificity, so this reads the rule that sizes
    // the Gauge's text (the element after its ring) instead.
    const ring = screen.getByLabelText('Readiness score 100 out of 100');
    const rules = Array.from(document.styleSheets).flatMap(sheet =>
      Array.from(sheet.cssRules),
    ) as CSSStyleRule[];
    const textSize = rules.find(rule =>
      Array.from(ring.classList).some(
        name => rule.selectorText === `.${name} svg + div`,
      ),
    )?.style.fontSize;
    expect(textSize).toBe('1.125rem');
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
      'GET /api/readiness/entities/component/default/whatsapp-sender/exemptions',
      'POST /api/readiness/entities/component/default/whatsapp-sender/evaluate',
    ]);
  });

  it('shows the result of a run once the backend signals that it finished, keeping what it showed while it loads', async () => {
    const { signals, state, backend } = await renderNotEvaluatedYet(
      'component:default/whatsapp-sender',
    );

    const nextAnswer = held();
    state.answersWaitFor = nextAnswer.promise;
    state.results = exampleResults;
    act(() => signals.runFinished());
    await waitFor(() => expect(resultRequests(backend)).toBe(2));
    expect(screen.getByText(/^Not evaluated yet/)).toBeInTheDocument();
    expect(screen.queryByTestId('progress')).not.toBeInTheDocument();

    await act(async () => nextAnswer.release());
    expect(await screen.findByText('Not ready')).toBeInTheDocument();
    expect(
      screen.getByText(
        'No runbook: metadata.links has no entry of type runbook.',
      ),
    ).toBeInTheDocument();
  });

  it("shows a finished run's result and the exemptions requested meanwhile together, after one wait", async () => {
    const { signals, state, backend } = await renderNotEvaluatedYet(
      'component:default/event-replayer',
    );

    // Someone else asks to be let off Monitors while the run evaluates the entity.
    await backend.client.requestExemption({
      entityRef: 'component:default/event-replayer',
      checkId: 'monitors',
      reason: 'Alarms move to the new account in January',
      expiresAt: '2027-01-15T00:00:00.000Z',
    });
    state.results = exampleResults;
    // Each random wait after the first is a minute: only one wait may stand before the redraw.
    jest.mocked(spreadDelayMs).mockReturnValueOnce(0).mockReturnValue(60_000);
    act(() => signals.runFinished());

    const monitors = (await screen.findByText('Monitors')).closest('li')!;
    expect(
      within(monitors).getByText(
        'Exemption until 2027-01-15 requested, awaiting approval.',
      ),
    ).toBeInTheDocument();
    expect(jest.mocked(spreadDelayMs)).toHaveBeenCalledTimes(1);
  });

  it("shows nothing of the previous entity's result on the next entity's page", async () => {
    const state: FakeBackendOptions = { results: exampleResults };
    const backend = fakeReadinessBackend(state);
    await renderWithReadinessApi(
      <EntityPages
        entities={[
          exampleEntity('component:default/event-replayer'),
          exampleEntity('component:default/event-processor'),
        ]}
      >
        <EntityReadinessCard />
      </EntityPages>,
      {
        readinessApi: backend.client,
        apis: [[entityPresentationApiRef, examplePresentationApi]],
      },
    );
    expect(
      await screen.findByLabelText('Readiness score 83 out of 100'),
    ).toBeInTheDocument();

    const nextAnswer = held();
    state.answersWaitFor = nextAnswer.promise;
    await user.click(screen.getByRole('button', { name: 'Next entity' }));
    expect(screen.queryByText('Not ready')).not.toBeInTheDocument();
    expect(screen.queryByText('Monitors')).not.toBeInTheDocument();
    expect(screen.getByTestId('progress')).toBeInTheDocument();

    await act(async () => nextAnswer.release());
    expect(
      await screen.findByLabelText('Readiness score 100 out of 100'),
    ).toBeInTheDocument();
    expect(screen.queryByText('Not ready')).not.toBeInTheDocument();
  });

  it("keeps a check-now result on screen while a finished run's result loads, and on its own entity's page only", async () => {
    const signals = fakeSignals();
    const sender = 'component:default/whatsapp-sender';
    const state: FakeBackendOptions = {
      results: [],
      evaluated: resultOf(sender),
    };
    const backend = fakeReadinessBackend(state);
    await renderWithReadinessApi(
      <EntityPages
        entities={[
          exampleEntity(sender),
          exampleEntity('user:default/maria.lopez'),
        ]}
      >
        <EntityReadinessCard />
      </EntityPages>,
      {
        readinessApi: backend.client,
        apis: [
          [entityPresentationApiRef, examplePresentationApi],
          [signalApiRef, signals.api],
        ],
      },
    );
    await user.click(await screen.findByRole('button', { name: 'Check now' }));
    expect(await screen.findByText('Not ready')).toBeInTheDocument();

    // A finished run has stored what was checked now; the card keeps it while loading that.
    const nextAnswer = held();
    state.answersWaitFor = nextAnswer.promise;
    state.results = [resultOf(sender)];
    act(() => signals.runFinished());
    await waitFor(() => expect(resultRequests(backend)).toBe(2));
    expect(screen.getByText('Not ready')).toBeInTheDocument();
    expect(screen.queryByTestId('progress')).not.toBeInTheDocument();
    await act(async () => nextAnswer.release());

    state.answersWaitFor = undefined;
    await user.click(screen.getByRole('button', { name: 'Next entity' }));
    expect(screen.queryByText('Not ready')).not.toBeInTheDocument();
    expect(await screen.findByText(/^Not evaluated yet/)).toBeInTheDocument();
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

  it('shows a check let off by an exemption apart from a pass, with until when, why and who approved', async () => {
    await renderCard(exampleEntity('component:default/event-replayer'), {
      results: exampleResults,
      exemptions: [
        exemptionOf('component:default/event-replayer', 'monitors', 'approved'),
      ],
    });
    expect(
      await screen.findByText('5 of 6 checks pass, 1 exempt'),
    ).toBeInTheDocument();
    expect(screen.getByText(EXEMPT_UNTIL)).toBeInTheDocument();
    expect(
      screen.getByText(
        'Alarms move to the new account in January (approved by maria.lopez)',
      ),
    ).toBeInTheDocument();
    expect(screen.getAllByTitle('Exempt')).toHaveLength(1);
    // Production complete, judged again over the exempt check, passes now.
    expect(screen.getAllByTitle('Passed')).toHaveLength(6);
    expect(
      screen.getByLabelText('Readiness score 100 out of 100'),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Request exemption' }),
    ).not.toBeInTheDocument();
  });

  it('requests an exemption from a failing check through the dialog', async () => {
    const backend = await renderCard(
      exampleEntity('component:default/event-replayer'),
      { results: exampleResults },
    );
    const monitors = (await screen.findByText('Monitors')).closest('li')!;
    await user.click(
      within(monitors).getByRole('button', { name: 'Request exemption' }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Request an exemption from Monitors',
    });
    // A blank reason cannot be sent.
    await fill(dialog, /Reason/, '   ');
    expect(
      within(dialog).getByRole('button', { name: 'Request exemption' }),
    ).toBeDisabled();
    await fill(dialog, /Reason/, 'Alarms move to the new account in January');
    await fill(dialog, /Exempt until/, '2027-01-15');
    await user.click(
      within(dialog).getByRole('button', { name: 'Request exemption' }),
    );

    expect(
      await within(monitors).findByText(
        'Exemption until 2027-01-15 requested, awaiting approval.',
      ),
    ).toBeInTheDocument();
    const [exemption] = await backend.client.listExemptions({});
    expect(exemption).toMatchObject({
      entityRef: 'component:default/event-replayer',
      checkId: 'monitors',
      reason: 'Alarms move to the new account in January',
      expiresAt: '2027-01-15T00:00:00.000Z',
      state: 'requested',
    });
  });

  it("shows the backend's message when it refuses a request", async () => {
    await renderCard(exampleEntity('component:default/event-replayer'), {
      results: exampleResults,
      exemptionRefusal:
        'Only an owner of component:default/event-replayer or an approver may request an exemption',
    });
    const monitors = (await screen.findByText('Monitors')).closest('li')!;
    await user.click(
      within(monitors).getByRole('button', { name: 'Request exemption' }),
    );
    const dialog = await screen.findByRole('dialog');
    await fill(dialog, /Reason/, 'Later');
    await user.click(
      within(dialog).getByRole('button', { name: 'Request exemption' }),
    );
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Only an owner of component:default/event-replayer or an approver may request an exemption',
    );
  });
});
