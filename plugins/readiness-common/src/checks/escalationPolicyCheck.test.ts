import { escalationPolicyCheck } from './escalationPolicyCheck';
import { runCheck } from '../__testUtils__/check';
import { component, group, user } from '../__testUtils__/entities';

describe('escalation-policy check', () => {
  it('passes on the entity PagerDuty service, saying it was not looked up', () => {
    const outcome = runCheck(
      escalationPolicyCheck,
      component('api', {
        annotations: { 'pagerduty.com/service-id': 'P7HD3MV' },
      }),
    );
    expect(outcome).toEqual({
      status: 'pass',
      reason: 'Paged through PagerDuty service P7HD3MV.',
      notes: [
        'Checked from catalog YAML only: the on-call service was not looked up in PagerDuty or Opsgenie.',
      ],
      details: { pagerdutyServiceId: 'P7HD3MV' },
    });
  });

  it('falls back to the owning Group', () => {
    const outcome = runCheck(escalationPolicyCheck, component('api'), [
      group('team', {
        annotations: {
          'stagecraft.io/oncall-contact': 'user:default/oncall',
          'opsgenie.com/team': 'data-platform',
        },
      }),
      user(),
    ]);
    const { status, reason, details } = outcome;
    expect({ status, reason, details }).toEqual({
      status: 'pass',
      reason:
        'Paged through Opsgenie team data-platform (from owner group:default/team).',
      // The owner the services are inherited from, so that they are hidden with it.
      details: {
        opsgenieTeam: 'data-platform',
        declaredOn: 'group:default/team',
      },
    });
  });

  it('fails when neither the entity nor its owner names an on-call service', () => {
    const outcome = runCheck(escalationPolicyCheck, component('api'));
    expect(outcome.status).toBe('fail');
    expect(outcome.reason).toMatch(/^Nobody is paged/);
  });

  it('fails on a PagerDuty integration key (a secret) in place of the service id', () => {
    const outcome = runCheck(
      escalationPolicyCheck,
      component('api', {
        annotations: {
          'pagerduty.com/service-id': '0123456789abcdef0123456789abcdef',
        },
      }),
    );
    expect(outcome.status).toBe('fail');
    expect(outcome.reason).toMatch(/looks like an integration key/);
    expect(outcome.reason).not.toContain('0123456789abcdef');
  });

  it('fails on a service URL in place of the id', () => {
    const outcome = runCheck(
      escalationPolicyCheck,
      component('api', {
        annotations: {
          'pagerduty.com/service-id':
            'https://acme.pagerduty.com/services/P7HD3MV',
        },
      }),
    );
    expect(outcome.reason).toMatch(/does not look like a PagerDuty service id/);
  });
});
