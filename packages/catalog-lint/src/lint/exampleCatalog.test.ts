import path from 'node:path';
import { collectFiles } from '../files/collectFiles';
import { lintFiles } from './lintFiles';
import { LintReport } from './types';

const REPO_ROOT = path.resolve(__dirname, '../../../..');

describe('the example catalog (catalog-info/)', () => {
  const files = collectFiles(['catalog-info'], REPO_ROOT);
  // Linted once: every test below reads the same report.
  let report: LintReport;
  // A few seconds on an idle machine; allow for a busy one.
  beforeAll(async () => {
    report = await lintFiles(files, { cwd: REPO_ROOT });
  }, 60_000);

  it('holds only the deliberately non-compliant secrets, and nothing else', () => {
    expect(report.summary).toMatchObject({
      files: files.length,
      catalogScope: 'files',
    });
    expect(report.summary.entities).toBeGreaterThanOrEqual(159);
    expect(
      report.problems
        .filter(p => !p.ruleId.startsWith('readiness/'))
        .map(p => [p.file, p.entity, p.ruleId, p.severity]),
    ).toEqual([
      // "Non-compliant on purpose: no rotation-guide or incident-response link."
      [
        'catalog-info/secrets/event-data-platform.yaml',
        'resource:default/legacy-event-loader-db-password',
        'secrets/remediation-docs',
        'error',
      ],
      // "Non-compliant on purpose: kept in the unapproved team-laptops store."
      [
        'catalog-info/secrets/notification-ingestion.yaml',
        'resource:default/sms-provider-test-account-password',
        'secrets/approved-store',
        'error',
      ],
      // "Realistically incomplete: placeholder description."
      [
        'catalog-info/secrets/recommendations.yaml',
        'resource:default/reco-experiment-platform-token',
        'secrets/description',
        'error',
      ],
      // "Orphaned on purpose: no spec.system and nothing depends on it." (the expected warning)
      [
        'catalog-info/secrets/reviews.yaml',
        'resource:default/reviews-legacy-recaptcha-key',
        'secrets/dependents',
        'warning',
      ],
    ]);
  });

  it('warns of the readiness gaps the Readiness page shows, and of no pipeline problem', () => {
    const readiness = report.problems.filter(p =>
      p.ruleId.startsWith('readiness/'),
    );
    expect(readiness.every(p => p.severity === 'warning')).toBe(true);
    expect(readiness.map(p => `${p.entity} ${p.ruleId}`)).toEqual([
      'component:default/event-replayer readiness/monitors',
      'resource:default/processed-events-stream readiness/monitors',
      'resource:default/events-dlq readiness/runbook',
      'resource:default/events-dlq readiness/monitors',
      'component:default/whatsapp-sender readiness/runbook',
      'resource:default/notification-whatsapp-queue readiness/runbook',
      'resource:default/notification-whatsapp-queue readiness/monitors',
      'resource:default/reco-loader-dlq readiness/runbook',
      'resource:default/reco-file-paths-stream readiness/runbook',
      'resource:default/reco-file-paths-stream readiness/monitors',
      'resource:default/reviews-moderation-dlq readiness/runbook',
      'resource:default/reviews-indexer-queue readiness/runbook',
    ]);
  });

  it('places the description finding on the description', () => {
    const description = report.problems.find(
      p => p.ruleId === 'secrets/description',
    )!;
    expect(description.field).toBe('metadata.description');
    const line = require('node:fs')
      .readFileSync(path.join(REPO_ROOT, description.file), 'utf8')
      .split('\n')[description.line - 1];
    expect(line).toMatch(/^\s+description:/);
  });

  it('every Location target of all.yaml exists and every file is valid on its own', async () => {
    const eachFileAlone = await lintFiles(files, {
      cwd: REPO_ROOT,
      catalogRules: false,
    });
    expect(
      eachFileAlone.problems.filter(
        p =>
          !p.ruleId.startsWith('secrets/') &&
          !p.ruleId.startsWith('readiness/'),
      ),
    ).toEqual([]);
  });
});
