import { writeCatalogFiles } from '@internal/stagecraft-test-utils';
import path from 'node:path';
import { readReadinessRulesConfig } from '@stagecraft/plugin-readiness-common';
import { ConfigReader } from '@backstage/config';
import { lintFiles, LintOptions } from './lintFiles';

const team = [
  'apiVersion: backstage.io/v1alpha1',
  'kind: Group',
  'metadata:',
  '  name: team-a',
  '  annotations:',
  '    stagecraft.io/oncall-contact: user:default/jane',
  '    pagerduty.com/service-id: PABC123',
  '  links:',
  '    - url: https://acme.pagerduty.com/schedules/S1',
  '      type: oncall',
  'spec:',
  '  type: team',
  '  children: []',
  '---',
  'apiVersion: backstage.io/v1alpha1',
  'kind: User',
  'metadata:',
  '  name: jane',
  'spec:',
  '  memberOf: [team-a]',
  '',
].join('\n');

const service = (lines: { annotations?: string[]; links?: string[] }) =>
  [
    'apiVersion: backstage.io/v1alpha1',
    'kind: Component',
    'metadata:',
    '  name: orders-api',
    ...(lines.annotations
      ? ['  annotations:', ...lines.annotations.map(l => `    ${l}`)]
      : []),
    ...(lines.links ? ['  links:', ...lines.links.map(l => `    ${l}`)] : []),
    'spec:',
    '  type: service',
    '  lifecycle: production',
    '  owner: team-a',
    '',
  ].join('\n');

const READY = service({
  annotations: ['stagecraft.io/cloudwatch-alarms: orders-api-errors'],
  links: ['- url: https://wiki.example.com/orders-runbook', '  type: runbook'],
});

async function lint(files: Record<string, string>, options: LintOptions = {}) {
  const { dir, remove } = writeCatalogFiles(files);
  try {
    const report = await lintFiles(
      Object.keys(files).map(name => path.join(dir, name)),
      { cwd: dir, ...options },
    );
    return {
      problems: report.problems.filter(p => p.ruleId.startsWith('readiness/')),
      skippedRules: report.summary.skippedRules,
    };
  } finally {
    remove();
  }
}

describe('readiness rules', () => {
  it('passes a production service that has everything', async () => {
    const { problems } = await lint({ 'team.yaml': team, 'api.yaml': READY });
    expect(problems).toEqual([]);
  });

  it('warns, with the fix, on what a production service lacks', async () => {
    const { problems } = await lint({
      'team.yaml': team,
      'api.yaml': service({}),
    });
    expect(problems.map(p => [p.ruleId, p.severity, p.line])).toEqual([
      ['readiness/monitors', 'warning', 3],
      ['readiness/runbook', 'warning', 3],
    ]);
    expect(problems[1]).toMatchObject({
      entity: 'component:default/orders-api',
      field: 'metadata.links',
      message: expect.stringMatching(/^No runbook: /),
      fix: expect.stringContaining('runbook'),
    });
  });

  it('places a bad expected peak on the annotations', async () => {
    const { problems } = await lint({
      'team.yaml': team,
      'api.yaml': service({
        annotations: [
          'stagecraft.io/cloudwatch-alarms: orders-api-errors',
          'stagecraft.io/peak-requests-per-second: lots',
        ],
        links: [
          '- url: https://wiki.example.com/orders-runbook',
          '  type: runbook',
        ],
      }),
    });
    expect(problems.map(p => [p.ruleId, p.field, p.line])).toEqual([
      ['readiness/capacity', 'metadata.annotations', 5],
    ]);
  });

  it('judges the owner against the catalog, and is skipped without it', async () => {
    const files = { 'api.yaml': READY };
    const withCatalog = await lint(files);
    expect(withCatalog.problems.map(p => [p.ruleId, p.line])).toEqual([
      ['readiness/escalation-policy', 5],
      ['readiness/oncall-contact', 13],
      ['readiness/owner', 13],
    ]);
    const without = await lint(files, { catalogRules: false });
    expect(without.problems).toEqual([]);
    expect(without.skippedRules).toEqual(
      expect.arrayContaining(['readiness/owner', 'readiness/runbook']),
    );
  });

  it('follows stagecraft.readiness config: severities off and custom checks', async () => {
    const readinessConfig = readReadinessRulesConfig(
      new ConfigReader({
        stagecraft: {
          readiness: {
            checks: {
              monitors: { severity: 'off' },
              'cost-center': {
                title: 'Cost center',
                appliesTo: { kind: 'Component', lifecycle: 'production' },
                require: { annotations: ['acme.com/cost-center'] },
              },
            },
          },
        },
      }),
    );
    const { problems } = await lint(
      { 'team.yaml': team, 'api.yaml': service({}) },
      { readinessConfig },
    );
    expect(problems.map(p => p.ruleId)).toEqual([
      'readiness/cost-center',
      'readiness/runbook',
    ]);
  });
});
