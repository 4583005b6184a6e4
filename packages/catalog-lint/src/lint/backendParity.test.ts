import pipelinesPlugin from '@stagecraft/plugin-pipelines-backend';
import readinessPlugin from '@stagecraft/plugin-readiness-backend';
import {
  EntityReadiness,
  ROLL_UP_CHECK_IDS,
} from '@stagecraft/plugin-readiness-common';
import { PipelineView } from '@stagecraft/plugin-pipelines-common';
import { entityYaml } from '../__testUtils__/catalogYaml';
import {
  startCatalog,
  TestCatalog,
  writeCatalogFiles,
} from '@internal/stagecraft-test-utils';
import { parityFiles, REPO_ROOT } from '../__testUtils__/parityFiles';
import { lintFiles } from './lintFiles';
import { LintReport } from './types';

// Pipelines and production services that the example catalog gets right.
const CASES: Record<string, string> = {
  'pipeline.yaml': [
    entityYaml('Component', 'case-pipeline', [
      'spec:',
      '  type: pipeline',
      '  lifecycle: experimental',
      '  owner: group:default/case-team',
      '  dependsOn: [resource:case-stream, component:case-consumer, resource:case-gone]',
    ]),
    entityYaml('Resource', 'case-stream', [
      '  annotations:',
      '    amazonaws.com/arn: arn:aws:kinesis:eu-west-1:stream/case',
      "    stagecraft.io/threshold-iterator-age-ms: '5000/100'",
      'spec:',
      '  type: kinesis-stream',
      '  lifecycle: production',
      '  owner: group:default/case-team',
    ]),
    entityYaml('Component', 'case-consumer', [
      '  annotations:',
      '    stagecraft.io/reads-from: resource:case-stream, Not A Ref!',
      'spec:',
      '  type: lambda-function',
      '  lifecycle: production',
      '  owner: group:default/nobody',
    ]),
    entityYaml('Group', 'case-team', [
      'spec:',
      '  type: team',
      '  children: []',
    ]),
  ].join('---\n'),
  // TechDocs runbooks: one reviewed long ago, one without a date, one link to no page.
  'runbooks/system.yaml': entityYaml('System', 'case-docs', [
    '  annotations:',
    '    backstage.io/techdocs-ref: dir:.',
    'spec:',
    '  owner: group:default/case-team',
  ]),
  'runbooks/mkdocs.yml': 'site_name: Case docs\n',
  'runbooks/docs/stale.md': '---\nlast_reviewed: 2025-01-02\n---\n# Stale\n',
  'runbooks/docs/undated/index.md': '# Undated\n',
  'runbooks/component.yaml': entityYaml('Component', 'case-runbooks', [
    '  links:',
    ...['stale/', 'undated/#step-1', 'missing/'].flatMap(page => [
      `    - url: /docs/default/system/case-docs/${page}`,
      '      type: runbook',
    ]),
    'spec:',
    '  type: service',
    '  lifecycle: production',
    '  owner: group:default/case-team',
    '  system: case-docs',
  ]),
};

type Verdict = string;

/** `<ref> <rule>: <message>` of each of the linter's warnings under a rule prefix. */
function lintVerdicts(report: LintReport, prefix: string): Verdict[] {
  return report.problems
    .filter(p => p.ruleId.startsWith(prefix))
    .map(p => `${p.entity} ${p.ruleId.slice(prefix.length)}: ${p.message}`);
}

const unique = (items: Verdict[]) => [...new Set(items)].sort();

describe('parity of pipeline and readiness rules with their backends', () => {
  const cases = writeCatalogFiles(CASES);
  const files = parityFiles(cases.dir);
  let portal: TestCatalog;
  let report: LintReport;
  let stored: Set<string>;

  const get = async <T>(route: string): Promise<T> => {
    const response = await fetch(`${portal.baseUrl}${route}`, {
      headers: { authorization: `Bearer ${portal.token}` },
    });
    expect(response.status).toBe(200);
    return (await response.json()) as T;
  };

  beforeAll(async () => {
    portal = await startCatalog({
      locations: files,
      modules: ['portal-links', 'pipelines'],
      features: [pipelinesPlugin, readinessPlugin],
      processingInterval: { milliseconds: 200 },
    });
    report = await lintFiles(files, { cwd: REPO_ROOT });
    // Wait for most entities, then until processing settles.
    stored = new Set(
      await portal.catalog.settle(
        Math.floor(report.summary.entities * 0.8),
        240_000,
      ),
    );
  }, 300_000);

  afterAll(async () => {
    await portal?.stop();
    cases.remove();
  });

  /** Only entities the catalog stored can be compared. */
  const storedOnly = (verdicts: Verdict[]) =>
    verdicts.filter(v => stored.has(v.split(' ')[0]));

  it('reports the readiness checks the readiness backend fails', async () => {
    // Results from a run that started before the catalog settled would lag.
    const requestedAt = new Date(Date.now() - 1000).toISOString();
    await fetch(`${portal.baseUrl}/api/readiness/evaluate`, {
      method: 'POST',
      headers: { authorization: `Bearer ${portal.token}` },
    });
    let results: EntityReadiness[] = [];
    for (let attempt = 0; attempt < 120; attempt++) {
      // One page of at most 500 holds them all; totalCount says if it ever does not.
      const page = await get<{ items: EntityReadiness[]; totalCount: number }>(
        '/api/readiness/results?limit=500',
      );
      expect(page.totalCount).toBe(page.items.length);
      results = page.items;
      if (
        results.length > 0 &&
        results.every(r => r.evaluatedAt >= requestedAt)
      )
        break;
      await new Promise(resolve => setTimeout(resolve, 500));
    }
    // An entity defined twice is kept once by the catalog, whichever location
    // it reads first; verdicts on it, or on what it owns, are not comparable.
    const duplicated = new Set(
      report.problems
        .filter(p => p.ruleId === 'catalog/duplicate-entity')
        .map(p => p.entity),
    );
    const ambiguous = new Set(
      results
        .filter(r => duplicated.has(r.entityRef) || duplicated.has(r.owner))
        .map(r => r.entityRef),
    );
    expect(results.length).toBeGreaterThan(100);
    expect(ambiguous.size).toBeLessThan(results.length / 10);
    const comparable = (verdicts: Verdict[]) =>
      verdicts.filter(v => !ambiguous.has(v.split(' ')[0]));
    const backend = results.flatMap(result =>
      result.checks
        .filter(
          c =>
            c.status === 'fail' &&
            !ROLL_UP_CHECK_IDS.includes(c.checkId) &&
            // What AWS says (capacity, via the pipelines backend) the linter cannot know.
            !c.verifiedWith.includes('pipelines'),
        )
        .map(c => `${result.entityRef} ${c.checkId}: ${c.reason}`),
    );
    expect(
      unique(comparable(storedOnly(lintVerdicts(report, 'readiness/')))),
    ).toEqual(unique(comparable(backend)));
    expect(backend).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^component:default\/case-consumer owner: /),
        expect.stringMatching(/^component:default\/case-consumer runbook: /),
        expect.stringMatching(
          /^component:default\/case-runbooks runbook: .*missing\/ \(no missing\.md/,
        ),
        expect.stringMatching(
          /^component:default\/case-runbooks runbook-reviewed: .*last reviewed on 2025-01-02, \d+ days ago; .*\(undated\/index\.md\) has no last_reviewed/,
        ),
      ]),
    );
  }, 120_000);

  it('reports the stage problems the pipeline pages show', async () => {
    const pipelines = (
      await get<
        { kind: string; metadata: { name: string; namespace: string } }[]
      >('/api/catalog/entities?filter=kind=component,spec.type=pipeline')
    ).map(e => `component:${e.metadata.namespace}/${e.metadata.name}`);
    expect(pipelines.length).toBeGreaterThan(1);
    const backend: Verdict[] = [];
    const onPipelines = new Set<string>();
    for (const ref of pipelines) {
      const [, namespace, name] = /^component:([^/]+)\/(.+)$/.exec(ref)!;
      const view = await get<PipelineView>(
        `/api/pipelines/entities/component/${namespace}/${name}/pipeline`,
      );
      onPipelines.add(ref);
      view.problems.forEach(problem => backend.push(`${ref} ${problem}`));
      for (const stage of view.stages) {
        // The linter reports a missing stage on the pipeline that lists it.
        const owner = stage.missing
          ? ref
          : stage.ref.toLocaleLowerCase('en-US');
        onPipelines.add(owner);
        stage.problems.forEach(problem => backend.push(`${owner} ${problem}`));
      }
    }
    const lint = storedOnly(lintVerdicts(report, 'pipelines/'))
      .filter(v => onPipelines.has(v.split(' ')[0]))
      .map(v => v.replace(/ [a-z-]+: /, ' '));
    expect(unique(lint)).toEqual(unique(backend));
    expect(backend).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^component:default\/case-pipeline .*resource:default\/case-gone/,
        ),
        expect.stringMatching(/^resource:default\/case-stream .*amazonaws/),
        expect.stringMatching(/^component:default\/case-consumer .*Not A Ref/),
      ]),
    );
  }, 120_000);
});
