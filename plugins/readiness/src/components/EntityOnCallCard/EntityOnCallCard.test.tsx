import { Entity } from '@backstage/catalog-model';
import { configApiRef } from '@backstage/core-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { InMemoryCatalogClient } from '@backstage/catalog-client/testUtils';
import { MockConfigApi } from '@backstage/test-utils';
import { screen, within } from '@testing-library/react';
import { fakeReadinessBackend } from '../../__testUtils__/fakeBackend';
import {
  exampleEntities,
  exampleEntity,
  exampleResults,
} from '../../__testUtils__/exampleResults';
import { renderWithReadinessApi } from '../../__testUtils__/renderWithReadinessApi';
import { EntityOnCallCard } from './EntityOnCallCard';

async function renderCard(
  entity: Entity,
  options: { results?: typeof exampleResults; entities?: Entity[] } = {},
) {
  const backend = fakeReadinessBackend({
    results: options.results ?? exampleResults,
  });
  await renderWithReadinessApi(<EntityOnCallCard />, {
    readinessApi: backend.client,
    entity,
    apis: [
      [
        catalogApiRef,
        new InMemoryCatalogClient({
          entities: options.entities ?? exampleEntities,
        }),
      ],
      [
        configApiRef,
        new MockConfigApi({
          stagecraft: {
            readiness: {
              pagerduty: { webBaseUrl: 'https://acme.pagerduty.com' },
            },
          },
        }),
      ],
    ],
  });
}

/** External links carry a visually hidden ", Opens in a new window". */
const external = (name: string) => `${name}, Opens in a new window`;

const section = (name: string) => within(screen.getByRole('region', { name }));

describe('EntityOnCallCard', () => {
  it('puts runbooks, escalation and the on-call contact first for a Lambda', async () => {
    await renderCard(exampleEntity('component:default/event-processor'));
    expect(
      await screen.findByRole('region', { name: 'On call' }),
    ).toBeInTheDocument();

    const regions = screen
      .getAllByRole('region')
      .map(r => r.getAttribute('aria-label'));
    expect(regions).toEqual([
      'Runbooks',
      'Escalation',
      'On call',
      'Dashboards and alarms',
    ]);

    expect(
      section('Runbooks').getByRole('link', {
        name: 'Event processor runbook',
      }),
    ).toHaveAttribute(
      'href',
      '/docs/default/system/event-data-platform/components/#event-processor',
    );
    expect(
      section('Escalation').getByRole('link', { name: external('P7HD3MV') }),
    ).toHaveAttribute(
      'href',
      'https://acme.pagerduty.com/service-directory/P7HD3MV',
    );
    const onCall = section('On call');
    expect(await onCall.findByText('chen.wei')).toBeInTheDocument();
    expect(
      onCall.getByRole('link', {
        name: external('Data Platform on-call schedule'),
      }),
    ).toHaveAttribute(
      'href',
      'https://oncall.example.com/schedules/data-platform-team',
    );
    expect(
      section('Dashboards and alarms').getByRole('link', {
        name: external('event-processor-iterator-age'),
      }),
    ).toHaveAttribute(
      'href',
      'https://eu-west-1.console.aws.amazon.com/cloudwatch/home?region=eu-west-1#alarmsV2:alarm/event-processor-iterator-age',
    );
  });

  it('uses the PagerDuty link and policy the backend verified', async () => {
    const verified = exampleResults.map(r =>
      r.entityRef !== 'component:default/event-processor'
        ? r
        : {
            ...r,
            checks: r.checks.map(c =>
              c.checkId === 'escalation-policy'
                ? {
                    ...c,
                    details: {
                      pagerdutyServiceId: 'P7HD3MV',
                      pagerdutyServiceUrl:
                        'https://acme.pagerduty.com/service-directory/P7HD3MV',
                      escalationPolicyName: 'Data Platform',
                      escalationPolicyUrl:
                        'https://acme.pagerduty.com/escalation_policies/PPOL1',
                      escalationLevels: 3,
                    },
                  }
                : c,
            ),
          },
    );
    await renderCard(exampleEntity('component:default/event-processor'), {
      results: verified,
    });
    expect(
      await screen.findByRole('link', { name: external('Data Platform') }),
    ).toHaveAttribute(
      'href',
      'https://acme.pagerduty.com/escalation_policies/PPOL1',
    );
    expect(screen.getByText(/\(3 levels\)/)).toBeInTheDocument();
  });

  describe('when the runbooks were last reviewed', () => {
    const processor = 'component:default/event-processor';
    const withReview = (check: Record<string, unknown>) =>
      exampleResults.map(result =>
        result.entityRef === processor
          ? {
              ...result,
              checks: result.checks.map(c =>
                c.checkId === 'runbook-reviewed' ? { ...c, ...check } : c,
              ),
            }
          : result,
      );

    it('shows the review date beside the runbooks', async () => {
      await renderCard(exampleEntity(processor), {
        results: withReview({
          status: 'pass',
          details: {
            lastReviewed: '2026-11-20',
            daysSinceReview: 2,
            maxAgeDays: 180,
          },
        }),
      });
      expect(
        await section('Runbooks').findByText(
          'Last reviewed 2026-11-20 (2 days ago).',
        ),
      ).toBeInTheDocument();
    });

    it('says when a runbook is overdue for review', async () => {
      await renderCard(exampleEntity(processor), {
        results: withReview({
          status: 'fail',
          reason:
            'Runbook not reviewed in the last 180 days: Event processor runbook was last reviewed on 2026-01-02, 324 days ago.',
        }),
      });
      expect(
        await section('Runbooks').findByText(/324 days ago/),
      ).toBeInTheDocument();
    });
  });

  it('says what is missing: no runbook, nobody paged, no contact', async () => {
    const entity: Entity = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: { name: 'orphan', namespace: 'default' },
      spec: {
        type: 'lambda-function',
        lifecycle: 'production',
        owner: 'group:default/ghosts',
      },
    };
    const evaluated = {
      ...exampleResults[0],
      entityRef: 'component:default/orphan',
      checks: [
        {
          checkId: 'escalation-policy',
          title: 'Escalation policy',
          severity: 'error' as const,
          status: 'fail' as const,
          reason: 'Nobody is paged',
          verifiedWith: ['catalog' as const],
        },
      ],
    };
    await renderCard(entity, { results: [evaluated] });
    expect(await screen.findByText('No runbook linked.')).toBeInTheDocument();
    expect(await screen.findByText(/^Nobody is paged:/)).toBeInTheDocument();
    expect(
      screen.getByText('The owning team names no on-call contact.'),
    ).toBeInTheDocument();
  });

  it('does not flag a missing pager where the escalation check does not apply', async () => {
    await renderCard(
      exampleEntity('resource:default/notification-whatsapp-queue'),
    );
    expect(
      await screen.findByText(/^No PagerDuty service or Opsgenie team here/),
    ).toBeInTheDocument();
    expect(screen.queryByText(/^Nobody is paged/)).not.toBeInTheDocument();
    expect(await screen.findByText('maria.lopez')).toBeInTheDocument();
  });
});
