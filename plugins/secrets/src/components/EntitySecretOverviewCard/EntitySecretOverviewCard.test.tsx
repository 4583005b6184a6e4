import { screen, within } from '@testing-library/react';
import { Entity } from '@backstage/catalog-model';
import type { SecretReviewItem } from '@stagecraft/plugin-secrets-common';
import {
  FakeSecretsApi,
  finding,
  laptopStore,
  makeSecret,
  secretEntity,
} from '../../__testUtils__/fixtures';
import { renderOnEntityPage } from '../../__testUtils__/renderOnEntityPage';
import { EntitySecretOverviewCard } from './EntitySecretOverviewCard';

const group = (
  annotations: Record<string, string> = {},
  links = true,
): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: {
    name: 'reviews-team',
    title: 'Reviews team',
    annotations,
    links: links
      ? [
          { url: 'https://wiki.example.com/reviews', title: 'Wiki' },
          {
            url: 'https://oncall.example.com/schedules/reviews-team',
            title: 'Reviews on-call',
            type: 'oncall',
          },
        ]
      : [],
  },
  spec: { type: 'team', children: [] },
});

const maria: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'User',
  metadata: { name: 'maria.lopez' },
  spec: {
    profile: { displayName: 'María López', email: 'maria.lopez@example.com' },
    memberOf: ['reviews-team'],
  },
};

const secret = makeSecret(
  'reviews-api-key',
  {
    title: 'Reviews API key',
    store: laptopStore,
    rotationPeriod: '30d',
    secretKind: 'api-key',
    secretPath: 'prod/reviews/api-key',
    dependents: ['component:default/reviews-api', 'system:default/reviews'],
    remediationLinks: [
      {
        url: 'https://wiki.example.com/leak',
        title: 'API key leak',
        type: 'incident-response',
      },
      {
        url: 'https://wiki.example.com/rotate',
        title: 'Rotating the API key',
        type: 'rotation-guide',
      },
    ],
  },
  [
    finding({
      ruleId: 'approved-store',
      message:
        'Store team-laptops uses provider "team-laptops", which is not approved.',
      fix: 'Move the secret to an approved store such as AWS Secrets Manager.',
    }),
    finding({
      ruleId: 'dependents',
      severity: 'warning',
      message: 'Only systems depend on this secret.',
      fix: 'List the secret in spec.dependsOn of the components that read it.',
    }),
  ],
);

/** The secrets API answering for the card's secret only. */
const serving = (item: SecretReviewItem = makeSecret('reviews-api-key')) =>
  new FakeSecretsApi({
    secrets: { 'resource:default/reviews-api-key': item },
  });

/** Renders the card on the secret's page, its review served by `serving()` unless given. */
const renderCard = (
  options: { secretsApi?: FakeSecretsApi; catalog?: Entity[] } = {},
) =>
  renderOnEntityPage(<EntitySecretOverviewCard />, {
    entity: secretEntity,
    secretsApi: options.secretsApi ?? serving(),
    catalog: options.catalog,
  });

const section = (title: RegExp) =>
  screen.getByRole('heading', { name: title }).closest('section')!;

describe('EntitySecretOverviewCard', () => {
  it('puts remediation first, then about, on-call, compliance with fixes and dependents', async () => {
    const secretsApi = serving(secret);
    await renderCard({
      secretsApi,
      catalog: [
        group({ 'stagecraft.io/oncall-contact': 'user:default/maria.lopez' }),
        maria,
      ],
    });

    const remediation = await screen.findByRole('heading', {
      name: 'Remediation',
    });
    const headings = screen.getAllByRole('heading').map(h => h.textContent);
    expect(headings.indexOf('Remediation')).toBeLessThan(
      headings.indexOf('About'),
    );
    expect(remediation).toBeInTheDocument();
    expect(secretsApi.calls).toEqual([
      'getSecret resource:default/reviews-api-key',
    ]);

    // Rotation guide before incident response, both opening the docs.
    const buttons = within(section(/^Remediation$/)).getAllByRole('link');
    expect(buttons.map(b => b.textContent)).toEqual([
      'Rotating the API key',
      'API key leak',
    ]);
    expect(buttons[0]).toHaveAttribute(
      'href',
      'https://wiki.example.com/rotate',
    );

    const about = within(section(/^About$/));
    expect(about.getByText('Team laptops')).toBeInTheDocument();
    expect(about.getByText('unapproved')).toBeInTheDocument();
    expect(about.getByText('prod/reviews/api-key')).toBeInTheDocument();
    expect(about.getByText('30d')).toBeInTheDocument();
    expect(about.getByText('api-key')).toBeInTheDocument();
    expect(about.getByText('production')).toBeInTheDocument();

    const onCall = within(section(/^Owner on call$/));
    expect(await onCall.findByText('María López')).toBeInTheDocument();
    expect(
      onCall.getByRole('link', { name: /maria\.lopez@example\.com/ }),
    ).toHaveAttribute('href', 'mailto:maria.lopez@example.com');
    expect(
      onCall.getByRole('link', { name: /Reviews on-call/ }),
    ).toHaveAttribute(
      'href',
      'https://oncall.example.com/schedules/reviews-team',
    );

    const compliance = within(section(/^Compliance/));
    expect(compliance.getByText('Non-compliant')).toBeInTheDocument();
    expect(compliance.getByText(/which is not approved/)).toBeInTheDocument();
    expect(
      compliance.getByText(
        'Fix: Move the secret to an approved store such as AWS Secrets Manager.',
      ),
    ).toBeInTheDocument();
    expect(
      compliance.getByText(
        'Fix: List the secret in spec.dependsOn of the components that read it.',
      ),
    ).toBeInTheDocument();

    const dependents = within(section(/^Dependents \(2\)$/));
    expect(
      dependents.getByRole('link', { name: /reviews-api/ }),
    ).toHaveAttribute('href', '/catalog/default/component/reviews-api');
    expect(dependents.getByRole('link', { name: /reviews$/ })).toHaveAttribute(
      'href',
      '/catalog/default/system/reviews',
    );
  });

  it('warns when there is no remediation doc and says nothing depends on it', async () => {
    await renderCard({
      secretsApi: serving(
        makeSecret('reviews-api-key', { remediationLinks: [], dependents: [] }),
      ),
      catalog: [group()],
    });
    expect(
      await screen.findByText(/No rotation guide or incident-response doc/),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Nothing in the catalog depends on this secret.'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Follows every secret convention. Nothing to fix.'),
    ).toBeInTheDocument();
  });

  it('says what the owner group is missing for on-call', async () => {
    await renderCard({
      catalog: [
        group({ 'stagecraft.io/oncall-contact': 'user:default/nobody' }, false),
      ],
    });
    expect(
      await screen.findByText(
        'Reviews team names user:default/nobody as on-call contact, but that user is not in the catalog.',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Reviews team links no on-call schedule.'),
    ).toBeInTheDocument();
  });

  it('says when the owner is not a group in the catalog', async () => {
    await renderCard();
    expect(
      await screen.findByText(/The owner is not a group in the catalog/),
    ).toBeInTheDocument();
  });

  it('shows the error when the backend fails', async () => {
    await renderCard({ secretsApi: new FakeSecretsApi({ status: 500 }) });
    expect(
      await screen.findByText(/Could not load this secret's review/),
    ).toBeInTheDocument();
  });
});
