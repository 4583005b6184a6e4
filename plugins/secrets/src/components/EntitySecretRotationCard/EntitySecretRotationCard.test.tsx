import { screen } from '@testing-library/react';
import { lightTheme } from '@backstage/theme';
import type {
  EntityDriftResponse,
  SecretRotationStatus,
} from '@stagecraft/plugin-secrets-common';
import {
  driftFinding,
  FakeSecretsApi,
  secretEntity,
} from '../../__testUtils__/fixtures';
import { renderOnEntityPage } from '../../__testUtils__/renderOnEntityPage';
import { formatTime } from '../../lib/storeStatus';
import { EntitySecretRotationCard } from './EntitySecretRotationCard';

const ref = 'resource:default/reviews-api-key';
const store = 'resource:default/hashicorp-vault-prod';

const DAY_MS = 24 * 60 * 60 * 1000;
const daysFromNow = (days: number) =>
  new Date(Date.now() + days * DAY_MS).toISOString();

const rotation = (
  overrides: Partial<SecretRotationStatus> = {},
): SecretRotationStatus => ({
  secret: ref,
  store,
  item: 'prod/reviews/api-key',
  lastRotatedAt: daysFromNow(-100),
  rotationPeriodDays: 90,
  nextDueAt: daysFromNow(-10),
  rotationEnabled: true,
  ...overrides,
});

const secretDrift = (
  overrides: Partial<NonNullable<EntityDriftResponse['secret']>> = {},
): EntityDriftResponse => ({
  secret: {
    store,
    status: 'ok',
    simulated: false,
    checkedAt: '2025-05-01T10:00:00.000Z',
    lastGoodAt: '2025-05-01T10:00:00.000Z',
    rotation: rotation(),
    findings: [],
    ...overrides,
  },
});

const renderCard = (drift?: EntityDriftResponse, status?: number) =>
  renderOnEntityPage(<EntitySecretRotationCard />, {
    entity: secretEntity,
    secretsApi: new FakeSecretsApi({
      entityDrift: drift ? { [ref]: drift } : {},
      status,
    }),
  });

/** The value under a field's label. */
const field = (label: string) =>
  screen.getByText(label).nextElementSibling as HTMLElement;

describe('EntitySecretRotationCard', () => {
  it('shows last rotated, next due overdue in red, rotation enabled and the findings', async () => {
    const lastRotated = daysFromNow(-100);
    const nextDue = daysFromNow(-10);
    await renderCard(
      secretDrift({
        rotation: rotation({ lastRotatedAt: lastRotated, nextDueAt: nextDue }),
        findings: [driftFinding()],
      }),
    );

    expect(await screen.findByText('Last rotated')).toBeInTheDocument();
    expect(field('Last rotated')).toHaveTextContent(
      `${formatTime(lastRotated)} (100 days ago)`,
    );
    const due = screen.getByText(
      `Overdue since ${formatTime(nextDue)} (10 days ago)`,
    );
    expect(due).toHaveStyle({ color: lightTheme.palette.status.error });
    expect(field('Rotation enabled')).toHaveTextContent('Yes');
    expect(field('Rotation period')).toHaveTextContent('90 days');
    expect(field('Expires')).toHaveTextContent('—');
    expect(field('In the store as')).toHaveTextContent(
      'hashicorp-vault-prod · prod/reviews/api-key',
    );
    expect(
      screen.getByRole('heading', { name: 'Drift (1)' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/the period is 90 days/)).toBeInTheDocument();
    expect(screen.queryByText('Simulated')).not.toBeInTheDocument();
  });

  it('shows a next due date in the future plainly, the expiry, and the Simulated label', async () => {
    const nextDue = daysFromNow(20);
    const expires = daysFromNow(200);
    await renderCard(
      secretDrift({
        simulated: true,
        rotation: rotation({
          lastRotatedAt: undefined,
          lastChangedAt: daysFromNow(-70),
          nextDueAt: nextDue,
          rotationEnabled: false,
          expiresAt: expires,
        }),
      }),
    );
    expect(await screen.findByText('Simulated')).toBeInTheDocument();
    expect(field('Next due')).toHaveTextContent(
      `${formatTime(nextDue)} (in 20 days)`,
    );
    expect(field('Next due')).not.toHaveTextContent('Overdue');
    expect(field('Last rotated')).toHaveTextContent(
      /^Never rotated; last changed .* \(70 days ago\)$/,
    );
    expect(field('Rotation enabled')).toHaveTextContent('No');
    expect(field('Expires')).toHaveTextContent(
      `${formatTime(expires)} (in 200 days)`,
    );
  });

  it('says when the store does not hold the secret', async () => {
    await renderCard(
      secretDrift({
        rotation: undefined,
        findings: [
          driftFinding({
            kind: 'ghost',
            evidence: 'The store holds no item prod/reviews/api-key.',
          }),
        ],
      }),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /^Not in its store: hashicorp-vault-prod does not hold this secret \(checked .*\)\.$/,
    );
    expect(screen.queryByText('Last rotated')).not.toBeInTheDocument();
    expect(
      screen.getByText(/holds no item prod\/reviews\/api-key/),
    ).toBeInTheDocument();
  });

  it('says when the store could not be read, and since when', async () => {
    const lastGood = '2025-04-30T08:00:00.000Z';
    await renderCard(secretDrift({ status: 'unknown', lastGoodAt: lastGood }));
    expect(
      await screen.findByText(
        new RegExp(
          `^Store unknown, last good at ${formatTime(lastGood).replace(
            /[.*+?^${}()|[\]\\/]/g,
            '\\$&',
          )}`,
        ),
      ),
    ).toBeInTheDocument();
    // What the store said when it was last read is still shown.
    expect(screen.getByText('Last rotated')).toBeInTheDocument();
  });

  it('says when its store has not been reconciled yet', async () => {
    await renderCard(undefined);
    expect(
      await screen.findByText(/has not been reconciled with the catalog yet/),
    ).toBeInTheDocument();
  });

  it('shows other errors', async () => {
    await renderCard(undefined, 500);
    expect(
      await screen.findByText(/Could not load what the store reports/),
    ).toBeInTheDocument();
  });
});
